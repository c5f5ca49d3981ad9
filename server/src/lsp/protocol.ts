// What travels between the server's parts: the `data` of a diagnostic, and how a core span maps to LSP.

import type { Range } from 'vscode-languageserver';
import type { FixData, Span } from '../core/types';

/** `Diagnostic.data`: enough for the code actions of that diagnostic. Never holds a secret. */
export interface DiagnosticData {
  rule: string;
  fix?: FixData;
  /** The document version the diagnostic was computed for. */
  version: number;
}

export function toRange(s: Span): Range {
  return { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
}
