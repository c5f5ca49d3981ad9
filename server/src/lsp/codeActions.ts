// Quick fixes for slguard diagnostics, "Disable SLnnn for this line", and source.fixAll.slguard (safe fixes
// only: never credentials, codes or ports; never two overlapping edits; against the current version).

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { buildFix, type Edit } from '../core/fixes';
import { UNSUPPRESSIBLE } from '../core/suppress';
import type { Finding } from '../core/types';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND as FIX_ALL } from './requests';

function toTextEdit(e: Edit): TextEdit {
  return { range: { start: { line: e.line, character: e.start }, end: { line: e.endLine, character: e.end } }, newText: e.newText };
}

function eolOf(doc: TextDocument): string {
  return doc.getText().includes('\r\n') ? '\r\n' : '\n';
}

function matches(f: Finding, d: Diagnostic): boolean {
  return f.rule === d.code && f.span.line === d.range.start.line && f.span.start === d.range.start.character && f.span.end === d.range.end.character;
}

function edit(doc: TextDocument, edits: TextEdit[]) {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const eol = eolOf(doc);
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') continue;
      // The current analysis decides: a stale diagnostic whose finding is gone gets no edit.
      const f = analysis.findings.find((x) => !x.suppressed && matches(x, d));
      if (!f) continue;
      const fix = f.fix && buildFix(analysis, f.fix, eol);
      if (fix) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edit(doc, fix.edits.map(toTextEdit)) });
      if (!UNSUPPRESSIBLE.has(f.rule)) {
        const line = analysis.parsed.lines[f.span.line] ?? '';
        const indent = line.slice(0, line.length - line.trimStart().length);
        out.push({
          title: `Disable ${f.rule} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: edit(doc, [{ range: { start: { line: f.span.line, character: 0 }, end: { line: f.span.line, character: 0 } }, newText: `${indent}; slguard-disable-next-line ${f.rule} -- <reason>${eol}` }]),
        });
      }
    }
  }
  if (only && wants(FIX_ALL)) {
    const all = fixAll(doc, analysis, eol);
    if (all.length) out.push({ title: 'Fix all safe SL Guard problems', kind: FIX_ALL, edit: edit(doc, all) });
  }
  return out;
}

/** Every safe fix of the document, skipping any that overlaps one already taken, and identical insertions. */
export function fixAll(doc: TextDocument, analysis: Analysis, eol = eolOf(doc)): TextEdit[] {
  const taken: Edit[] = [];
  const key = (e: Edit) => `${e.line}:${e.start}:${e.endLine}:${e.end}:${e.newText}`;
  const seen = new Set<string>();
  const pos = (l: number, c: number) => l * 1e7 + c;
  const overlaps = (a: Edit, b: Edit) => pos(a.line, a.start) < pos(b.endLine, b.end) && pos(b.line, b.start) < pos(a.endLine, a.end);
  for (const f of analysis.findings) {
    if (f.suppressed || !f.fix) continue;
    const fix = buildFix(analysis, f.fix, eol);
    if (!fix?.safe) continue;
    const fresh = fix.edits.filter((e) => !seen.has(key(e)));
    if (fresh.some((e) => taken.some((t) => overlaps(e, t) || (e.line === t.line && e.start === t.start && (e.endLine !== e.line || e.end !== e.start))))) continue;
    for (const e of fresh) { taken.push(e); seen.add(key(e)); }
  }
  return taken.map(toTextEdit);
}
