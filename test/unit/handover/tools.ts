// pdftotext (Debian's poppler-utils) reads a PDF back as text. test/setup-tools.sh installs it (npm test runs it
// first); without it the handover tests fail saying so, never skip.
import { spawnSync } from 'node:child_process';

export function pdfText(file: string, layout = false): string {
  const r = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('pdftotext is not installed, so the handover PDF cannot be read back: run `bash test/setup-tools.sh` (installs poppler-utils) or `apt-get install poppler-utils`');
  }
  if (r.status !== 0) throw new Error(`pdftotext ${file} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
