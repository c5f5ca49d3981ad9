// Document symbols (sections, program lines, mailboxes), folding ranges per section, and inlay hints that name
// index dimensions and enum meanings (`90-02-03[user: 2] = 2 IN (installer)`).

import { InlayHintKind, SymbolKind, type DocumentSymbol, type FoldingRange, type InlayHint, type Range } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { findItem } from '../core/catalog';
import { toRange } from './protocol';

function lastContentLine(a: Analysis, from: number, to: number): number {
  let l = to;
  while (l > from && (a.parsed.lines[l] ?? '').trim() === '') l--;
  return l;
}

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  return analysis.parsed.sections.map((s) => {
    const end = lastContentLine(analysis, s.header.line, s.lastLine);
    const range: Range = { start: { line: s.header.line, character: 0 }, end: { line: end, character: (analysis.parsed.lines[end] ?? '').length } };
    const name = analysis.parsed.lines[s.header.line].trim();
    const children: DocumentSymbol[] = s.kind === 'programs'
      ? s.entries.map((e) => {
        const cat = findItem(e.address.text);
        return { name: e.key.text, detail: cat ? `${cat.program.name}: ${cat.def.name}` : '', kind: SymbolKind.Field, range: { start: { line: e.line, character: 0 }, end: { line: e.line, character: analysis.parsed.lines[e.line].length } }, selectionRange: toRange(e.key.span) };
      })
      : [];
    return { name, kind: s.kind === 'mailbox' ? SymbolKind.Object : SymbolKind.Namespace, range, selectionRange: toRange(s.header), children };
  });
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  return analysis.parsed.sections
    .map((s) => ({ startLine: s.header.line, endLine: lastContentLine(analysis, s.header.line, s.lastLine) }))
    .filter((r) => r.endLine > r.startLine);
}

export function inlayHints(analysis: Analysis, range: Range): InlayHint[] {
  const out: InlayHint[] = [];
  for (const s of analysis.parsed.sections) {
    if (s.kind !== 'programs') continue;
    for (const e of s.entries) {
      if (e.line < range.start.line || e.line > range.end.line) continue;
      const cat = findItem(e.address.text);
      if (!cat) continue;
      (e.indexes ?? []).forEach((ix, i) => {
        const d = cat.dims[i];
        if (d) out.push({ position: { line: e.line, character: ix.span.start }, label: `${d.name}:`, kind: InlayHintKind.Parameter, paddingRight: true });
      });
      if (cat.def.value.kind === 'enum' && !cat.def.secret) {
        const meaning = cat.def.value.values[String(Number(e.value.text))];
        if (meaning) out.push({ position: { line: e.line, character: e.value.span.end }, label: meaning, kind: InlayHintKind.Type, paddingLeft: true });
      }
    }
  }
  return out;
}
