// Checking what a client sent before a handler reads it: positions and ranges made of non-negative integers,
// moved inside the document when they point past an end (as LSP says of characters).

import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isPosition(p: unknown): boolean {
  return isObject(p) && Number.isSafeInteger(p.line) && Number.isSafeInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
}

/** The params with `position` and `range` moved inside the document: past a line's end to that end, past the last line to the document's end. */
export function clampPositions<P>(doc: TextDocument, params: P): P {
  const p = params as Record<string, unknown>;
  const clamp = (x: unknown) => doc.positionAt(doc.offsetAt(x as Position));
  const out: Record<string, unknown> = { ...p };
  if ('position' in p) out.position = clamp(p.position);
  if ('range' in p) out.range = { start: clamp((p.range as Range).start), end: clamp((p.range as Range).end) };
  return out as P;
}

/** The request's `position` and `range`, where it has them, are made of non-negative integers. */
export function validPositions(params: unknown): boolean {
  if (!isObject(params)) return false;
  if ('position' in params && !isPosition(params.position)) return false;
  if ('range' in params && !(isObject(params.range) && isPosition(params.range.start) && isPosition(params.range.end))) return false;
  return true;
}
