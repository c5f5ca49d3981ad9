import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { analyze } from '../../../server/src/core/analyze';
import { codeActions, fixAll } from '../../../server/src/lsp/codeActions';
import { FIX_ALL_KIND as FIX_ALL } from '../../../server/src/lsp/requests';
import { found, hardened } from '../helpers';
import { EXAMPLES } from '../repo';

function diag(rule: string, src: string): Diagnostic[] {
  return analyze(src).findings.filter((f) => f.rule === rule && !f.suppressed).map((f) => ({
    source: 'slguard', code: f.rule, message: f.message,
    range: { start: { line: f.span.line, character: f.span.start }, end: { line: f.span.line, character: f.span.end } },
  }));
}

function apply(src: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///a.slcfg', 'nec-sl', 1, src), edits);
}

/** Applies the preferred quick fix of the first `rule` finding and re-analyses. */
function quickFix(rule: string, src: string): { after: string; title: string } {
  const doc = TextDocument.create('file:///a.slcfg', 'nec-sl', 1, src);
  const [d] = diag(rule, src);
  assert.ok(d, `no ${rule} finding to fix`);
  const action = codeActions(doc, analyze(src), { textDocument: { uri: doc.uri }, range: d.range, context: { diagnostics: [d] } }).find((a) => a.isPreferred)!;
  assert.ok(action, `no preferred fix for ${rule}`);
  const edits = (action.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
  return { after: apply(src, edits), title: action.title };
}

const cases: [string, Parameters<typeof hardened>[0]][] = [
  ['SL101', { programs: '90-02-02[2] = 12345678' }],
  ['SL102', { programs: '90-02-03[3] = 3' }],
  ['SL103', { programs: '90-02-01[2] = tech' }],
  ['SL104', { programs: '90-02-02[2] = 2580' }],
  ['SL110', { programs: '90-28-01[101] = 999' }],
  ['SL111', { programs: '90-28-01[150] = 5*8#2' }],
  ['SL201', { router: 'forward tcp 80 to 192.168.1.20' }],
  ['SL202', { router: 'dmz = 192.168.1.20' }],
  ['SL203', { router: 'forward tcp 8000 to 192.168.1.20 from 203.0.113.9' }],
  ['SL204', { router: 'forward tcp 3389 to 192.168.1.20' }],
  ['SL207', { router: 'upnp = on' }],
  ['SL208', { router: 'forward udp 5080 to 192.168.1.20 from 203.0.113.9\ndmz = 192.168.1.20' }],
  ['SL301', { programs: '21-04-01[102, 5] = 2' }],
  ['SL302', { programs: '21-04-01[213-228, *] = 6' }],
  ['SL303', { programs: '25-08-01[3] = 480613' }],
  ['SL401', { site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 1' }],
  ['SL402', { programs: '47-02-01[10] = 1' }],
  ['SL403', { tail: '[mailbox 102]\nfind-me = 9 011 44 20 7946 0958' }],
  ['SL404', { tail: '[mailbox 103]\ncode = 1111' }],
];

for (const [rule, extra] of cases) {
  test(`${rule}: the quick fix removes the finding and leaves a valid file`, () => {
    const src = hardened(extra);
    const { after, title } = quickFix(rule, src);
    assert.deepEqual(found(after).filter((s) => s.startsWith(rule)), [], after);
    assert.deepEqual(found(after).filter((s) => /^SL00[1-4]/.test(s)), []);
    if (['SL101', 'SL102', 'SL104'].includes(rule)) assert.match(title, /record it/);
  });
}

test('generated values never appear in a title', () => {
  const src = hardened({ programs: '90-02-02[2] = 12345678' });
  const { after, title } = quickFix('SL101', src);
  const pw = /90-02-02\[2\] = (\S+)\s*$/m.exec(after.split('\n').filter((l) => l.startsWith('90-02-02[2]')).pop()!)![1];
  assert.ok(!title.includes(pw));
});

test('CRLF files stay CRLF', () => {
  const src = hardened({ router: 'upnp = on', programs: '21-04-01[102, 5] = 2' }).replace(/\n/g, '\r\n');
  const { after } = quickFix('SL301', src);
  assert.ok(!/[^\r]\n/.test(after), 'a bare LF was introduced');
});

test('fix all applies the safe fixes only, and never credentials', () => {
  const src = hardened({ programs: '90-02-02[2] = 12345678\n10-37-01 = 1', router: 'dmz = 192.168.1.20\nupnp = on\nforward tcp 80 to 192.168.1.20' });
  const doc = TextDocument.create('file:///a.slcfg', 'nec-sl', 1, src);
  const after = apply(src, fixAll(doc, analyze(src)));
  const left = found(after).map((s) => s.split('@')[0]);
  assert.ok(left.includes('SL101'), 'the installer password is left to the technician');
  for (const r of ['SL201', 'SL202', 'SL207']) assert.ok(!left.includes(r), `${r} still there`);
  const actions = codeActions(doc, analyze(src), { textDocument: { uri: doc.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.deepEqual(actions.map((a) => a.kind), [FIX_ALL]);
});

test('fix all on every bundled example gives a file without syntax findings', () => {
  for (const f of fs.readdirSync(EXAMPLES).filter((x) => x.endsWith('.slcfg'))) {
    const src = fs.readFileSync(path.join(EXAMPLES, f), 'utf8');
    const after = apply(src, fixAll(TextDocument.create('file:///a.slcfg', 'nec-sl', 1, src), analyze(src)));
    assert.deepEqual(found(after).filter((s) => /^SL00[1-4]/.test(s)), [], f);
  }
});

test('"Disable for this line" silences exactly that finding', () => {
  const src = hardened({ router: 'forward udp 5060 to 192.168.1.20' });
  const doc = TextDocument.create('file:///a.slcfg', 'nec-sl', 1, src);
  const [d] = diag('SL205', src);
  const action = codeActions(doc, analyze(src), { textDocument: { uri: doc.uri }, range: d.range, context: { diagnostics: [d] } }).find((a) => a.title === 'Disable SL205 for this line')!;
  const after = apply(src, (action.edit!.documentChanges![0] as { edits: TextEdit[] }).edits);
  assert.deepEqual(found(after), []);
  assert.equal(analyze(after).findings.filter((f) => f.suppressed).length, 1);
});

test('restricting a class that already applies 21-06-01 only adds the missing prefix (no SL005 left behind)', () => {
  const src = hardened().replace('international-prefix = 011', 'international-prefix = 011, 00');
  const { after } = quickFix('SL301', src);
  assert.deepEqual(found(after), []);
  assert.ok(!after.includes('21-05-01[3] = 1\n21-05-01[3] = 1'));
});
