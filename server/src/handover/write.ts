// Writing the sheet: a new file only (O_CREAT | O_EXCL, so never over an existing file or through a link
// someone left at that name), mode 0600 from the moment it exists, flushed to disk; a failed write removes
// the partial file so that no half sheet is left behind.
import * as fs from 'node:fs';
import { describeError } from '../io/files';

export type WriteResult = { ok: true } | { exists: true } | { error: string };

export function writeSecretFile(file: string, data: Uint8Array): WriteResult {
  let fd: number;
  try {
    // 'wx' = O_WRONLY | O_CREAT | O_EXCL: fails with EEXIST on any existing file, link or dangling link.
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { exists: true };
    return { error: describeError(e) };
  }
  try {
    // The umask can only take bits away from 0600; set it exactly anyway (a umask of 0 would not add any).
    fs.fchmodSync(fd, 0o600);
    let off = 0;
    while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return { ok: true };
  } catch (e) {
    try { fs.closeSync(fd); } catch { /* already closed */ }
    try { fs.unlinkSync(file); } catch { /* nothing to remove */ }
    return { error: describeError(e) };
  }
}
