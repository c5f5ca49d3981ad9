import type { DocumentSymbol, FoldingRange, InlayHint, Range } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  void analysis;
  return [];
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  void analysis;
  return [];
}

export function inlayHints(analysis: Analysis, range: Range): InlayHint[] {
  void analysis; void range;
  return [];
}
