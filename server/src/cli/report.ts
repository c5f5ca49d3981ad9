// What the command line reports on: one entry per input, plain data shared by the output formats.

import type { Finding } from '../core/types';

export interface FileReport {
  /** The path as given (folders joined with `/`), or `<stdin>`. */
  path: string;
  findings: Finding[];
}

export interface ToolProblem {
  /** The file or setting concerned. */
  path: string;
  message: string;
  /** 'error' for an input that could not be checked (exit status 2); 'warning' for a setting that was ignored. */
  level: 'error' | 'warning';
}

export interface RunReport {
  files: FileReport[];
  problems: ToolProblem[];
  version: string;
}

/** 1-based line/column view of a finding, as the text and JSON formats print it. */
export function position(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: f.span.line + 1, column: f.span.start + 1, endLine: f.span.line + 1, endColumn: f.span.end + 1 };
}
