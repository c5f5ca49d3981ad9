// What the command line reports on: one entry per input, plain data shared by the output formats.

import type { Finding } from '../core/types';
import type { BaselineEntry, BaselineState } from './baseline';

export interface FileReport {
  /** The path as given (folders joined with `/`), or `<stdin>`. */
  path: string;
  findings: Finding[];
  /** The path a baseline names the file by: relative to the folder checked (see baseline.ts). */
  baselinePath?: string;
  /** One per finding: what a baseline records of it (SARIF's partialFingerprints). */
  fingerprints?: BaselineEntry[];
  /** With --baseline, one per finding: whether the baseline knew it. */
  baselineState?: BaselineState[];
}

export interface ToolProblem {
  /** The file or setting concerned. */
  path: string;
  message: string;
  /**
   * 'error' for an input that could not be checked (exit status 2); 'warning' for a setting that was ignored;
   * 'note' for something a folder walk skipped on purpose (a link out of the folder, a special file).
   */
  level: 'error' | 'warning' | 'note';
}

export interface RunReport {
  files: FileReport[];
  problems: ToolProblem[];
  version: string;
  /** With --baseline: unsuppressed findings the baseline knew, left out of `files` for text and JSON. */
  known?: number;
  /** With --baseline: entries no finding of the files checked matches; `path` as the file is shown. */
  absent?: { path: string; entry: BaselineEntry }[];
}

/** 1-based line/column view of a finding, as the text and JSON formats print it. */
export function position(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: f.span.line + 1, column: f.span.start + 1, endLine: f.span.line + 1, endColumn: f.span.end + 1 };
}
