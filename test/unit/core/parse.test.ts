import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../server/src/core/parse';
import { foundSyntax as found, lint, text } from '../helpers';

test('BOM, CRLF and mixed line ends: columns and lines are those an editor shows', () => {
  const src = '\ufeff[site]\r\nmodel = SL2100\n[programs]\r\n90-54-01 = http\r\n';
  const f = lint(src).find((x) => x.rule === 'SL004')!;
  assert.deepEqual(f.span, { line: 3, start: 11, end: 15 });
});

test('tabs count as blanks; keys and section names are case-insensitive', () => {
  assert.deepEqual(found('[SITE]\n\tMODEL\t=\tsl1100\n[Programs]\n90-54-01\t=\t18080\n').filter((s) => /SL00/.test(s)), []);
});

test('quoted values keep blanks, resolve escapes, and text after the closing quote is SL001', () => {
  const p = parse('[site]\nname = "  Acme \\"Dental\\" \\\\ "\nmodel = SL2100\n');
  const site = p.sections[0];
  assert.equal(site.kind === 'site' && site.entries[0].value.text, '  Acme "Dental" \\ ');
  assert.deepEqual(found('[site]\nmodel = SL2100\nname = "Acme" x\n'), ['SL001@3']);
  assert.deepEqual(found('[site]\nmodel = SL2100\nname = "Acme\n'), ['SL001@3']);
  // trailing blanks and CR after the closing quote are fine
  assert.deepEqual(found('[site]\r\nmodel = SL2100\r\nname = "Acme"  \r\n'), []);
});

test('# and * inside a value are part of it: there are no end-of-line comments', () => {
  const p = parse('[programs]\n90-02-02[2] = 12#4*6 ; not a comment\n');
  const s = p.sections[0];
  assert.equal(s.kind === 'programs' && s.entries[0].value.text, '12#4*6 ; not a comment');
});

test('lines before the first header, bad headers and unknown sections', () => {
  const src = text`
    model = SL2100
    [site x]
    model = SL2100
    [mailbox]
    [mailbox abc]
    [frobnicate]
    anything = at all
    [site]
    model = SL2100
  `;
  // line 1: before any header; 2, 4, 5: bad headers (their lines are skipped); 6: unknown section, reported once.
  assert.deepEqual(found(src), ['SL001@1', 'SL001@2', 'SL001@4', 'SL001@5', 'SL002@6']);
});

test('duplicate sections are SL006 at the header and their lines are still read', () => {
  const src = '[site]\nmodel = SL2100\n[programs]\n[programs]\n90-54-01 = nope\n[mailbox 101]\n[mailbox 101]\n';
  assert.deepEqual(found(src).filter((s) => s.startsWith('SL006') || s.startsWith('SL004')), ['SL006@4', 'SL004@5', 'SL006@7']);
});

test('unknown keys in [site] and [mailbox N], unknown router statements are SL002 at the key', () => {
  const src = '[site]\nmodel = SL2100\ncolour = blue\n[router]\nfirewall = on\nportforward 80\n';
  const f = lint(src).filter((x) => x.rule === 'SL002');
  assert.deepEqual(f.map((x) => [x.span.line + 1, x.span.start, x.span.end]), [[3, 0, 6], [5, 0, 8], [6, 0, 11]]);
});

test('program lines: malformed addresses and index lists are SL001', () => {
  const src = '[site]\nmodel = SL2100\n[programs]\n90-2-02 = 1\n21-04-01[101 = 2\n21-04-01[a, 1] = 2\n21-04-01[, 1] = 2\n';
  assert.deepEqual(found(src), ['SL001@4', 'SL001@5', 'SL001@6', 'SL001@7']);
});

test('a line gets only its first failure, SL001 before SL002 before SL003 before SL004', () => {
  const src = '[site]\nmodel = SL2100\n[programs]\n90-02-09[99] = x\n90-02-02[99] = x\n';
  assert.deepEqual(found(src), ['SL002@4', 'SL003@5']);
});

test('suppression comments are parsed with their scope, rules, reason and target line', () => {
  const p = parse('[router]\n# slguard-disable-next-line sl201, SL204 -- ticket 4411\n\n; a comment\nforward tcp 80 to 1.2.3.4\n; slguard-disable SL205\n');
  assert.equal(p.suppressions.length, 2);
  const [a, b] = p.suppressions;
  assert.deepEqual([a.scope, a.rules.map((r) => r.text), a.reason, a.target], ['next-line', ['SL201', 'SL204'], 'ticket 4411', 4]);
  assert.deepEqual([b.scope, b.rules.map((r) => r.text), b.reason, b.target], ['file', ['SL205'], null, null]);
});

test('an empty file and a file of comments give only SL010 at line 1', () => {
  assert.deepEqual(found(''), ['SL010@1']);
  assert.deepEqual(found('; nothing here\n\n'), ['SL010@1']);
});
