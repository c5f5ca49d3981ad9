// Finding the files to check (the walk and its link policy are io/files.ts). Every input that cannot be
// checked becomes a problem naming it; the run goes on with the rest.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError, readExport, readStdin, decodeText, walk } from '../io/files';
import type { ToolProblem } from './report';

export interface Input {
  /** As shown in reports: the path as given, folders joined with `/`; `<stdin>` for `-`. */
  display: string;
  /** The file system path to open (the real path of a link found by a walk), or null for standard input. */
  file: string | null;
  /** Open without following a link: the walk found a regular file there. */
  noFollow: boolean;
}

function joinDisplay(dir: string, rel: string): string {
  return dir === '.' ? rel : `${dir.replace(/\/+$/, '')}/${rel}`;
}

/** Real paths of the folders among `paths` (a linked file is checked only when it points inside one). */
export function realFolders(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') continue;
    try {
      if (fs.statSync(p).isDirectory()) out.push(fs.realpathSync(p));
    } catch { /* reported by collectInputs */ }
  }
  return out;
}

/**
 * Expands the paths into files: a file named is checked as named (even through a link); a folder is walked
 * (`*.slcfg`, sorted, links to folders never followed, linked files only when they stay inside `realRoots`).
 * What a walk skips is a note; a path named that does not exist is an error.
 */
export async function collectInputs(paths: readonly string[], realRoots: readonly string[], problems: ToolProblem[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const p of paths.length ? paths : ['.']) {
    if (p === '-') { out.push({ display: '<stdin>', file: null, noFollow: false }); continue; }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      problems.push({ path: p, message: describeError(e), level: 'error' });
      continue;
    }
    if (!st.isDirectory()) { out.push({ display: p.replace(/\\/g, '/'), file: p, noFollow: false }); continue; }
    const shown = (full: string) => {
      const rel = path.relative(p, full).split(path.sep).join('/');
      return rel === '' ? p.replace(/\\/g, '/') : joinDisplay(p.replace(/\\/g, '/'), rel);
    };
    const { files } = await walk(p, {
      realRoots,
      onSkip: (file, reason) => problems.push({ path: shown(file), message: reason, level: 'note' }),
    });
    for (const f of files) out.push({ display: shown(f.path), file: f.open, noFollow: f.noFollow });
  }
  return out;
}

/** Reads an input as text, or says clearly why it cannot be checked. */
export function readInput(input: Input): { text: string } | { error: string } {
  if (input.file !== null) return readExport(input.file, input.noFollow);
  const r = readStdin();
  return 'error' in r ? r : decodeText(r.bytes);
}

export { describeError };
