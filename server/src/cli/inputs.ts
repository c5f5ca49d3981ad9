// Finding and reading the files to check. Every input that cannot be checked becomes a problem naming it;
// the run goes on with the rest.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ToolProblem } from './report';

/** Files larger than this are not checked (a full export of every program is a few MiB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface Input {
  /** As shown in reports: the path as given, folders joined with `/`; `<stdin>` for `-`. */
  display: string;
  /** The file system path, or null for standard input. */
  file: string | null;
}

function joinDisplay(dir: string, name: string): string {
  return dir === '.' ? name : `${dir.replace(/\/+$/, '')}/${name}`;
}

/** Expands folders (recursively, `*.slcfg`, sorted, symlink loops skipped) into files. */
export function collectInputs(paths: string[], problems: ToolProblem[]): Input[] {
  const out: Input[] = [];
  for (const p of paths.length ? paths : ['.']) {
    if (p === '-') { out.push({ display: '<stdin>', file: null }); continue; }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      problems.push({ path: p, message: describeError(e), level: 'error' });
      continue;
    }
    if (st.isDirectory()) walk(p, p, new Set(), out, problems);
    else out.push({ display: p.replace(/\\/g, '/'), file: p });
  }
  return out;
}

function walk(dir: string, display: string, seen: Set<string>, out: Input[], problems: ToolProblem[]): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (seen.has(real)) return; // a symlink loop, or the same folder reached twice
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: display, message: describeError(e), level: 'error' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const shown = joinDisplay(display, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        if (e.name.endsWith('.slcfg')) problems.push({ path: shown, message: describeError(err), level: 'error' });
        continue;
      }
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name)) walk(full, shown, seen, out, problems);
    } else if (isFile && e.name.endsWith('.slcfg')) {
      out.push({ display: shown, file: full });
    }
  }
}

/** Reads an input as UTF-8 text, or says clearly why it cannot be checked. */
export function readInput(input: Input): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    if (input.file === null) {
      buf = fs.readFileSync(0);
    } else {
      const st = fs.statSync(input.file);
      if (!st.isFile()) return { error: 'not a regular file' };
      if (st.size > MAX_FILE_BYTES) return { error: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB (${(st.size / 1024 / 1024).toFixed(1)} MiB); not checked` };
      buf = fs.readFileSync(input.file);
    }
  } catch (e) {
    return { error: describeError(e) };
  }
  return decodeText(buf);
}

/** UTF-8 text, or why the bytes are not a site export. */
export function decodeText(buf: Uint8Array): { text: string } | { error: string } {
  if (buf.length > MAX_FILE_BYTES) return { error: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not checked` };
  if (buf.indexOf(0) >= 0) return { error: 'a binary file (it holds NUL bytes), not a site export; not checked' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { error: 'not valid UTF-8 text; save the export as UTF-8 and check again' };
  }
}

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return err?.message ?? String(e);
  }
}
