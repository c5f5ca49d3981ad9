// Completion: section names, [site] keys and models, program addresses with names, enum values with their
// meanings, router statements, mailbox keys, rule ids in suppression comments.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { allItems, describeValue, findItem } from '../core/catalog';
import { ALL_RULES } from '../core/rules';

const SITE_KEYS = ['model', 'name', 'software', 'extensions-in-use', 'voicemail-ports', 'international-prefix', 'trunk-access-code'];
const MAILBOX_KEYS = ['code', 'notify', 'find-me'];

export function completion(doc: TextDocument, analysis: Analysis, position: Position): CompletionItem[] {
  void doc;
  const line = analysis.parsed.lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const word = /[\w\-[\]]*$/.exec(before)![0];
  const range = { start: { line: position.line, character: position.character - word.length }, end: position };
  const item = (label: string, kind: CompletionItemKind, detail?: string, documentation?: string, insert?: string): CompletionItem => ({
    label, kind, detail, documentation, textEdit: { range, newText: insert ?? label }, ...(insert?.includes('$') ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
  });

  if (/^\s*[;#]\s*slguard-disable(-next-line)?\s/i.test(before) && !before.includes('--')) {
    const w = /[\w]*$/.exec(before)![0];
    const r = { start: { line: position.line, character: position.character - w.length }, end: position };
    return ALL_RULES.filter((m) => m.id !== 'SL008' && m.id !== 'SL009').map((m) => ({ label: m.id, kind: CompletionItemKind.Constant, detail: m.name, documentation: m.summary, textEdit: { range: r, newText: m.id } }));
  }
  if (/^\s*\[?[\w ]*$/.test(before) && before.trimStart().startsWith('[')) {
    const r = { start: { line: position.line, character: before.indexOf('[') }, end: position };
    return ['[site]', '[programs]', '[router]', '[mailbox ${1:101}]'].map((s) => ({ label: s.replace('${1:101}', 'N'), kind: CompletionItemKind.Module, textEdit: { range: r, newText: s }, insertTextFormat: InsertTextFormat.Snippet }));
  }
  const section = [...analysis.parsed.sections].reverse().find((s) => s.header.line < position.line);
  const kind = section?.kind;
  const eq = before.indexOf('=');
  if (eq >= 0) {
    const key = before.slice(0, eq).trim();
    const v = /\S*$/.exec(before)![0];
    const r = { start: { line: position.line, character: position.character - v.length }, end: position };
    if (kind === 'site' && key.toLowerCase() === 'model') return ['SL2100', 'SL1100'].map((m) => ({ label: m, kind: CompletionItemKind.EnumMember, textEdit: { range: r, newText: m } }));
    if (kind === 'programs') {
      const cat = findItem(key.replace(/\s*\[.*$/, ''));
      if (cat && cat.def.value.kind === 'enum') {
        return Object.entries(cat.def.value.values).map(([code, meaning]) => ({ label: code, kind: CompletionItemKind.EnumMember, detail: meaning, textEdit: { range: r, newText: code } }));
      }
    }
    return [];
  }
  if (kind === 'site') return SITE_KEYS.map((k) => item(k, CompletionItemKind.Property, undefined, undefined, `${k} = `));
  if (kind === 'mailbox') return MAILBOX_KEYS.map((k) => item(k, CompletionItemKind.Property, undefined, undefined, `${k} = `));
  if (kind === 'router') {
    return [
      item('forward', CompletionItemKind.Keyword, 'a port forward restricted to a source', undefined, 'forward ${1|udp,tcp,tcp/udp|} ${2:5060} to ${3:192.168.1.20} from ${4:198.51.100.10}'),
      item('wan', CompletionItemKind.Keyword, "the router's public address", undefined, 'wan = '),
      item('dmz', CompletionItemKind.Keyword, 'the DMZ host (off is safest)', undefined, 'dmz = off'),
      item('upnp', CompletionItemKind.Keyword, 'UPnP on the router (off is safest)', undefined, 'upnp = off'),
    ];
  }
  if (kind === 'programs') {
    return allItems()
      .filter((c) => c.address.startsWith(word.slice(0, 8)))
      .map((c) => item(c.address, CompletionItemKind.Field, `${c.program.name}: ${c.def.name}`, `Values: ${describeValue(c.def.value)}. Indexes: ${c.dims.map((d) => d.name).join(', ') || 'none'}. (${c.def.mark})`,
        c.dims.length ? `${c.address}[${c.dims.map((d, i) => `\${${i + 1}:${d.name}}`).join(', ')}] = ` : `${c.address} = `));
  }
  return [];
}
