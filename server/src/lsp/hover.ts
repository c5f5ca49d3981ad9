import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';

export function hover(doc: TextDocument, analysis: Analysis, position: Position): Hover | null {
  void doc; void analysis; void position;
  return null;
}
