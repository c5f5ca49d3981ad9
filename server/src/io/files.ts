// Reading files from disk, shared by the command line and the workspace review: walking folders, which links
// are followed, size limits, decoding, and reading `.slguard.json`. docs/security.md ("What is read") says the
// same in prose; keep them in step.
//
// - A walk never follows a link to a folder. A linked file is checked only if its real path is inside a folder
//   being checked; everything skipped is reported to the caller (`onSkip`), never silently dropped.
// - Every file is opened once, without blocking (a FIFO never hangs), checked to be a regular file on the open
//   descriptor, and read up to its cap plus one byte (a link to /dev/zero never exhausts memory).
// - Bytes that are not UTF-8 become U+FFFD (the core reports each such line, SL011); a leading byte-order mark
//   is dropped; a text holding NUL is not a site export.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Site exports larger than this are not checked (a full export of every program is a few MiB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A `.slguard.json` larger than this is not read (it is a few lines in practice). */
export const MAX_SETTINGS_BYTES = 1024 * 1024;
/** Folders never searched. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export function isSlcfg(p: string): boolean {
  return p.endsWith('.slcfg');
}

const MiB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;

// ---- reading -------------------------------------------------------------------------------------------

export type ReadResult = { bytes: Buffer } | { error: string; code?: string };

/**
 * The bytes of a regular file, at most `maxBytes` of them. Opened with O_NONBLOCK (a FIFO does not block the
 * open) and, with `noFollow`, O_NOFOLLOW (a file found by a walk that became a link since is not followed);
 * the type and size are checked on the open descriptor, and at most `maxBytes + 1` bytes are ever read.
 */
export function readRegularFile(file: string, maxBytes: number, noFollow = false): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (noFollow ? fs.constants.O_NOFOLLOW : 0));
  } catch (e) {
    return { error: describeError(e), code: (e as NodeJS.ErrnoException).code };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { error: `not a regular file (${kindOf(st)}); not read`, code: 'ENOTREG' };
    if (st.size > maxBytes) return { error: `larger than ${MiB(maxBytes)} (${MiB(st.size)}); not read`, code: 'EFBIG' };
    // The size may change between fstat and read: read to the cap plus one byte, never more.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size, 0) + 1));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) return { error: `larger than ${MiB(maxBytes)}; not read`, code: 'EFBIG' };
    return { bytes: buf.subarray(0, n) };
  } catch (e) {
    return { error: describeError(e), code: (e as NodeJS.ErrnoException).code };
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/** Standard input, at most `maxBytes` of it. */
export function readStdin(maxBytes = MAX_FILE_BYTES): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  try {
    for (;;) {
      let got: number;
      try {
        got = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { pause(10); continue; } // a non-blocking pipe
        if ((e as NodeJS.ErrnoException).code === 'EOF') break; // Windows, a closed pipe
        throw e;
      }
      if (got === 0) break;
      total += got;
      if (total > maxBytes) return { error: `larger than ${MiB(maxBytes)}; not read`, code: 'EFBIG' };
      chunks.push(Buffer.from(chunk.subarray(0, got)));
    }
  } catch (e) {
    return { error: describeError(e), code: (e as NodeJS.ErrnoException).code };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ---- decoding ------------------------------------------------------------------------------------------

/**
 * Text of a site export: UTF-8 with bytes that are not UTF-8 read as U+FFFD (as editors read them) and a
 * leading byte-order mark dropped; a text holding NUL is refused.
 */
export function decodeText(buf: Uint8Array): { text: string } | { error: string } {
  if (buf.length > MAX_FILE_BYTES) return { error: `larger than ${MiB(MAX_FILE_BYTES)}; not checked` };
  if (buf.indexOf(0) >= 0) return { error: 'a binary file (it holds NUL bytes), not a site export; not checked' };
  // Not fatal: invalid bytes become U+FFFD. ignoreBOM false (the default): a leading BOM is consumed.
  return { text: new TextDecoder('utf-8').decode(buf) };
}

/** A site export on disk, read and decoded, or why it cannot be checked. */
export function readExport(file: string, noFollow = false): { text: string } | { error: string; code?: string } {
  const r = readRegularFile(file, MAX_FILE_BYTES, noFollow);
  if ('error' in r) return r.code === 'EFBIG' ? { error: r.error.replace(/not read$/, 'not checked'), code: r.code } : r;
  return decodeText(r.bytes);
}

// ---- .slguard.json -------------------------------------------------------------------------------------

/** `.slguard.json` as read: missing (no finding), its text, or why it cannot be read. */
export type SettingsRead = { missing: true } | { text: string } | { error: string; code?: string };

/** Reads a settings file: only a regular file, at most MAX_SETTINGS_BYTES, UTF-8 (a BOM is left to the parser). */
export function readSettingsText(file: string): SettingsRead {
  const r = readRegularFile(file, MAX_SETTINGS_BYTES);
  if ('error' in r) {
    if (r.code === 'ENOENT' || r.code === 'ENOTDIR') return { missing: true };
    return r;
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.bytes) };
}

// ---- walking -------------------------------------------------------------------------------------------

export interface WalkOptions {
  /** Real paths of the folders being checked: a linked file is checked only if its real path is inside one. */
  realRoots: readonly string[];
  /** Folders deeper than this below the root are not searched. */
  maxDepth?: number;
  /** Stop after this many files (the walk then returns truncated). */
  maxFiles?: number;
  /** Something was not searched or not checked, and why (a link, a special file, an unreadable folder). */
  onSkip?(file: string, reason: string): void;
  /** Polled before each folder: true stops the walk (a newer workspace review started). */
  stopped?(): boolean;
}

/** One file found by a walk. */
export interface Found {
  /** Where it was found: root joined with the names below it. */
  path: string;
  /** What to open: the same path, or the real path of a link. */
  open: string;
  /** Open it without following a link (it was not a link when found). */
  noFollow: boolean;
}

/** Is `p` (a real path) equal to or inside one of `roots` (real paths)? */
export function insideAny(p: string, roots: readonly string[]): boolean {
  return roots.some((r) => {
    const rel = path.relative(r, p);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The `*.slcfg` files below `root`, in sorted order, skipping node_modules and .git. A link to a folder is never
 * followed; a link to a file is checked only when its real path is inside `realRoots`. Returns the files and
 * whether `maxFiles` cut the walk short.
 */
export async function walk(root: string, opts: WalkOptions): Promise<{ files: Found[]; truncated: boolean }> {
  const files: Found[] = [];
  const maxDepth = opts.maxDepth ?? Infinity;
  const maxFiles = opts.maxFiles ?? Infinity;
  const skip = opts.onSkip ?? (() => {});
  const visit = async (dir: string, depth: number): Promise<boolean> => {
    if (depth > maxDepth || opts.stopped?.()) return false;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      skip(dir, `the folder cannot be read: ${describeError(e)}`);
      return false;
    }
    entries.sort(byName);
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && (await visit(full, depth + 1))) return true;
        continue;
      }
      if (e.isSymbolicLink()) {
        const found = await followLink(full, e.name, opts.realRoots, skip);
        if (!found) continue;
        if (files.length >= maxFiles) return true;
        files.push(found);
        continue;
      }
      if (!isSlcfg(e.name)) continue;
      if (!e.isFile()) { skip(full, 'not a regular file; not checked'); continue; }
      if (files.length >= maxFiles) return true;
      files.push({ path: full, open: full, noFollow: true });
    }
    return false;
  };
  const truncated = await visit(root, 0);
  return { files, truncated };
}

/**
 * How to open a file that a watcher or a walk named, under the link policy: a regular file is opened without
 * following links; a link only when its real path is inside `realRoots`. Otherwise why it is skipped.
 */
export function checkable(file: string, realRoots: readonly string[]): { open: string; noFollow: boolean } | { skip: string; code?: string } {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    return { skip: describeError(e), code: (e as NodeJS.ErrnoException).code };
  }
  if (!st.isSymbolicLink()) return { open: file, noFollow: true };
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (e) {
    return { skip: `a link that cannot be followed (${describeError(e)}); not checked`, code: (e as NodeJS.ErrnoException).code };
  }
  if (!insideAny(real, realRoots)) return { skip: 'a link to a file outside the folders checked; not checked', code: 'EXDEV' };
  return { open: real, noFollow: false };
}

/** A link met while walking: the file to check, or undefined (and why, through `skip`, when it matters). */
async function followLink(full: string, name: string, realRoots: readonly string[], skip: (f: string, why: string) => void): Promise<Found | undefined> {
  let st: fs.Stats;
  let real: string;
  try {
    st = await fs.promises.stat(full);
    real = await fs.promises.realpath(full);
  } catch (e) {
    if (isSlcfg(name)) skip(full, `a link that cannot be followed (${describeError(e)}); not checked`);
    return undefined;
  }
  if (st.isDirectory()) {
    if (!SKIP_DIRS.has(name)) skip(full, 'a link to a folder; links to folders are not followed');
    return undefined;
  }
  if (!isSlcfg(name)) return undefined;
  if (!st.isFile()) { skip(full, 'a link to something that is not a regular file; not checked'); return undefined; }
  if (!insideAny(real, realRoots)) { skip(full, 'a link to a file outside the folders checked; not checked'); return undefined; }
  return { path: full, open: real, noFollow: false };
}

// ---- messages ------------------------------------------------------------------------------------------

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'a symbolic link where none is followed, or too many levels of links';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    default: return err instanceof Error ? err.message.split('\n')[0] : String(e);
  }
}

/**
 * A file name or message made safe for a terminal and for line-oriented output: control characters (C0, DEL,
 * C1), line and paragraph separators and bidirectional overrides are written as `\n`, `\x1b`, `\u202e`.
 */
export function escapeControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    switch (c) {
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
    }
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
