import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver';
import { analyze } from '../../../server/src/core/analyze';
import { completion } from '../../../server/src/lsp/completion';
import { hover } from '../../../server/src/lsp/hover';
import { documentSymbols, foldingRanges, inlayHints } from '../../../server/src/lsp/outline';

const SECRETS = ['7*4#Q9ZZ', 'Zsecret9', '#55#77*1', '918273', '304958'];
const SRC = [
  '[site]', 'model = SL1100', 'extensions-in-use = 101-104', '', '[programs]',
  '90-02-01[2] = Zsecret9', '90-02-02[2] = 7*4#Q9ZZ', '90-02-03[2] = 2', '90-28-01[101] = #55#77*1', '25-08-01[1] = 918273',
  '11-02-01[101] = 101', '; slguard-disable-next-line SL205 -- provider', '', '[router]', 'forward udp 5060 to 192.168.0.10', '',
  '[mailbox 101]', 'code = 304958', '',
].join('\n');
const doc = TextDocument.create('file:///a.slcfg', 'nec-sl', 1, SRC);
const a = analyze(SRC);
const text = (h: Hover | null) => (h ? (h.contents as { value: string }).value : '');
const hoverAt = (line: number, character: number) => text(hover(doc, a, { line, character }));

test('hover on a program address: names, indexes, values, this model\'s default, mark and source', () => {
  const h = hoverAt(7, 2);
  assert.match(h, /90-02-03/);
  assert.match(h, /level/);
  assert.match(h, /user 1-8/);
  assert.match(h, /SL1100/);
  assert.match(h, /manual/);
  assert.match(h, /p\.553/);
  assert.match(hoverAt(7, 9), /Index 1: \*\*user\*\*/);
  assert.match(hoverAt(7, 14), /IN \(installer\)/);
  assert.match(hoverAt(8, 2), /assumed.*double-check/s);
  assert.match(hoverAt(10, 2), /not in SL Guard's catalog/);
  assert.match(hoverAt(11, 30), /SL205.*sip-open-to-any/s);
});

test('no hover, completion, symbol or hint shows a secret', () => {
  const all: string[] = [];
  for (let line = 0; line < 19; line++) for (let c = 0; c < 30; c += 2) {
    all.push(hoverAt(line, c));
    all.push(JSON.stringify(completion(doc, a, { line, character: c })));
  }
  all.push(JSON.stringify(documentSymbols(a)), JSON.stringify(inlayHints(a, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } })));
  all.push(JSON.stringify(a.findings.map((f) => [f.message, f.related])));
  const blob = all.join('\n');
  for (const s of SECRETS.filter((x) => x !== 'Zsecret9')) assert.ok(!blob.includes(s), `secret ${s} leaked`);
  // a factory password is described, never printed
  assert.ok(!blob.includes('12345678'));
});

test('completion: 90- lists the 90-xx items, enum values with meanings, sections, router and rule ids', () => {
  const d = TextDocument.create('file:///b.slcfg', 'nec-sl', 1, '[programs]\n90-\n90-02-03[2] = \n[router]\n\n; slguard-disable-next-line SL2\n[\n');
  const an = analyze(d.getText());
  const labels = (line: number, character: number) => completion(d, an, { line, character }).map((c) => c.label);
  assert.ok(labels(1, 3).includes('90-02-01'));
  assert.ok(labels(1, 3).every((l) => String(l).startsWith('90-')));
  const enums = completion(d, an, { line: 2, character: 14 });
  assert.deepEqual(enums.find((c) => c.label === '2')?.detail, 'IN (installer)');
  assert.ok(labels(4, 0).includes('forward'));
  assert.ok(labels(5, 31).includes('SL201'));
  assert.ok(labels(6, 1).includes('[site]'));
});

test('symbols, folding and inlay hints', () => {
  assert.deepEqual(documentSymbols(a).map((s) => s.name), ['[site]', '[programs]', '[router]', '[mailbox 101]']);
  assert.equal(documentSymbols(a)[1].children?.length, 5);
  assert.deepEqual(foldingRanges(a).map((f) => [f.startLine, f.endLine]), [[0, 2], [4, 11], [13, 14], [16, 17]]);
  const hints = inlayHints(a, { start: { line: 7, character: 0 }, end: { line: 7, character: 99 } }).map((h) => h.label);
  assert.deepEqual(hints, ['user:', 'IN (installer)']);
});
