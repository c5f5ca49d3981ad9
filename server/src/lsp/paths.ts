// File URIs and workspace folders. Only `file:` URIs touch the disk; any other scheme (untitled, virtual
// file systems) is analysed from the editor's buffer alone.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Folder {
  /** The URI as the client sent it. */
  uri: string;
  /** Its file system path, or null when the folder is not on a local disk. */
  fsPath: string | null;
}

/** The file system path of a `file:` URI, or null (other schemes, malformed URIs). */
export function uriToPath(uri: string): string | null {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return null;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The same resource? (Clients and Node encode some characters of file URIs differently.) */
export function sameResource(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a);
  return pa !== null && pa === uriToPath(b);
}

/** The innermost folder holding `fsPath`, or undefined. */
export function folderOf<F extends Folder>(folders: readonly F[], fsPath: string | null): F | undefined {
  if (fsPath === null) return undefined;
  let best: F | undefined;
  for (const f of folders) {
    if (f.fsPath === null) continue;
    const rel = path.relative(f.fsPath, fsPath);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (!best || f.fsPath.length > (best.fsPath as string).length) best = f;
  }
  return best;
}

export function toFolder(uri: string): Folder {
  return { uri, fsPath: uriToPath(uri) };
}

/** The `.slguard.json` of a folder. */
export function settingsFileOf(folder: Folder): string | null {
  return folder.fsPath === null ? null : path.join(folder.fsPath, '.slguard.json');
}
