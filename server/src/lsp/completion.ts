import type { CompletionItem, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';

export function completion(doc: TextDocument, analysis: Analysis, position: Position): CompletionItem[] {
  void doc; void analysis; void position;
  return [];
}
