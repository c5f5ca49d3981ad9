// The command line's side of baselines: reading and writing the file, and marking a run's findings.

import * as fs from 'node:fs';
import { BaselineError, matchBaseline, parseBaseline, serializeBaseline, type BaselineEntry } from './baseline';
import { describeError } from './inputs';
import type { FileReport, RunReport } from './report';

/** The entries of a baseline file, or why it cannot be used (a usage error: exit status 2). */
export function readBaseline(file: string): { entries: BaselineEntry[] } | { error: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { error: `cannot read the baseline: ${describeError(e)}` };
  }
  try {
    return { entries: parseBaseline(text) };
  } catch (e) {
    if (e instanceof BaselineError) return { error: e.message };
    throw e;
  }
}

/** Records every finding of the run; null when written, else why not. */
export function writeBaseline(file: string, run: RunReport): string | null {
  try {
    fs.writeFileSync(file, serializeBaseline(run.files.flatMap((f) => f.fingerprints ?? [])));
    return null;
  } catch (e) {
    return `cannot write the baseline: ${describeError(e)}`;
  }
}

/**
 * Marks each finding `new` or `unchanged` and lists the entries no longer found. With `dropKnown` (text and
 * JSON) unsuppressed known findings are left out of the files and counted in `known`.
 */
export function applyBaseline(run: RunReport, entries: readonly BaselineEntry[], dropKnown: boolean): RunReport {
  const m = matchBaseline(entries, run.files.map((f) => f.fingerprints ?? []), run.files.flatMap((f) => (f.baselinePath === undefined ? [] : [f.baselinePath])));
  let known = 0;
  const files = run.files.map((f, i): FileReport => {
    const states = m.states[i];
    if (!dropKnown) return { ...f, baselineState: states };
    const keep = f.findings.map((x, j) => x.suppressed !== undefined || states[j] !== 'unchanged');
    known += keep.filter((k) => !k).length;
    const pick = <T>(list: readonly T[] | undefined) => list?.filter((_, j) => keep[j]);
    return { ...f, findings: f.findings.filter((_, j) => keep[j]), fingerprints: pick(f.fingerprints), baselineState: pick(states) };
  });
  if (!dropKnown) known = files.reduce((n, f) => n + f.findings.filter((x, j) => !x.suppressed && f.baselineState?.[j] === 'unchanged').length, 0);
  const shown = new Map(run.files.map((f) => [f.baselinePath, f.path]));
  const absent = m.absent.map((entry) => ({ path: shown.get(entry.file) ?? entry.file, entry }));
  return { ...run, files, known, absent };
}
