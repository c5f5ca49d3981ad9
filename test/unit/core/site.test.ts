import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { found, lint } from '../helpers';

test('SL010: [site] without model points at the header; no [site] at line 1; SL2100 assumed', () => {
  assert.deepEqual(found('[site]\nname = x\n').filter((s) => s.startsWith('SL010')), ['SL010@1']);
  const a = analyze('; export\n[programs]\n90-54-01 = 18080\n');
  assert.deepEqual(a.findings.filter((f) => f.rule === 'SL010').map((f) => f.span.line), [0]);
  assert.equal(a.site.model, 'SL2100');
});

test('an unknown model is SL004 at its value and SL2100 is assumed; model is case-insensitive', () => {
  const a = analyze('[site]\nmodel = SL9000\n');
  assert.deepEqual(a.findings.filter((f) => f.rule === 'SL004').map((f) => [f.span.line, f.span.start]), [[1, 8]]);
  assert.equal(a.site.model, 'SL2100');
  assert.equal(analyze('[site]\nmodel = sl1100\n').site.model, 'SL1100');
});

test('list keys: bad or empty values are SL004 and the default applies', () => {
  const a = analyze('[site]\nmodel = SL2100\nextensions-in-use = 101-1x\nvoicemail-ports =\ninternational-prefix = 011, +44\n');
  assert.deepEqual(a.findings.filter((f) => f.rule === 'SL004').map((f) => f.span.line + 1), [3, 4, 5]);
  assert.equal(a.site.extensionsInUse, null);
  assert.equal(a.site.voicemailPorts.format(), '213-228');
  assert.deepEqual(a.site.internationalPrefixes, ['011', '00']);
});

test('a repeated [site] key is SL005 at the earlier value; the last one wins', () => {
  const src = '[site]\nmodel = SL1100\nmodel = SL2100\n';
  const f = lint(src).filter((x) => x.rule === 'SL005');
  assert.deepEqual(f.map((x) => [x.span.line + 1, x.span.start]), [[2, 8]]);
  assert.match(f[0].message, /line 3/);
  assert.equal(analyze(src).site.model, 'SL2100');
});
