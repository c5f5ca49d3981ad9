import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { applyEdits, buildFix } from '../../../server/src/core/fixes';
import { foundRule, hardened, lineOf, ofRule, text } from '../helpers';

test('SL301 fires at the 21-04-01 line that gives an extension in use an unrestricted class in one mode', () => {
  const src = hardened({ programs: '21-04-01[102, 5] = 2' });
  assert.deepEqual(foundRule('SL301', src), [`SL301@${lineOf(src, '21-04-01[102, 5] = 2')}`]);
  const [f] = ofRule('SL301', src);
  assert.equal(f.severity, 'warning');
  assert.equal(f.span.start, '21-04-01[102, 5] = '.length, 'points at the value');
  assert.match(f.message, /Extension 102 /);
  assert.match(f.message, /mode 5/);
  assert.match(f.message, /21-05-01\[2\] = 1/);
  assert.deepEqual(f.fix, { kind: 'restrict-class', classes: [2], prefixes: ['011'] });
});

test('SL301: one finding per line, listing only the extensions in use, however wide the range', () => {
  const src = hardened({ programs: '21-04-01[1-99999999, *] = 4\n21-04-01[103, 1] = 6' });
  assert.deepEqual(foundRule('SL301', src), [`SL301@${lineOf(src, '21-04-01[1-99999999, *] = 4')}`, `SL301@${lineOf(src, '21-04-01[103, 1] = 6')}`]);
  const [wide, narrow] = ofRule('SL301', src);
  assert.match(wide.message, /Extensions 101-104 can dial/);
  assert.doesNotMatch(wide.message, /213|99999999/, 'voicemail ports and extensions not in use are not listed');
  assert.match(narrow.message, /Extension 103 .*class 6/);
});

test('SL301 does not fire for extensions not in use, or for a class that restricts every international prefix', () => {
  assert.deepEqual(foundRule('SL301', hardened({ programs: '21-04-01[500, 5] = 2' })), []);
  // restriction table 1 holding the wildcard
  assert.deepEqual(foundRule('SL301', hardened({ programs: '21-04-01[102, 5] = 5\n21-05-08[5] = 1\n21-06-07[1, 3] = @' })), []);
  // restriction table 2 holding a prefix of the international prefix
  assert.deepEqual(foundRule('SL301', hardened({ programs: '21-04-01[102, 5] = 5\n21-05-08[5] = 2\n21-06-07[2, 60] = 01' })), []);
  // 21-06-01 entry written with the trunk access code: compared after removing it once
  assert.deepEqual(foundRule('SL301', hardened({ programs: '21-04-01[102, 5] = 6\n21-05-01[6] = 1\n21-06-01[2] = 9011' })), []);
});

test('SL301 near misses of the toll tables still fire', () => {
  // the table covers 011 but the site also dials abroad with 00
  assert.equal(foundRule('SL301', hardened({ site: 'international-prefix = 011, 00' })).length, 1);
  // an entry longer than the prefix does not cover it
  assert.equal(foundRule('SL301', hardened({ programs: '21-06-01[1] = 0112' })).length, 1);
  // 21-06-01 holds the prefix but 21-05-01 does not apply it for this class
  assert.equal(foundRule('SL301', hardened({ programs: '21-04-01[102, 5] = 6' })).length, 1);
  // restriction table 3 has the wildcard, but the class points at table 2
  assert.equal(foundRule('SL301', hardened({ programs: '21-04-01[102, 5] = 5\n21-05-08[5] = 2\n21-06-07[3, 1] = @' })).length, 1);
});

test('SL301 from defaults: one finding at the model line listing the extensions left at the default class', () => {
  const src = text`
    [site]
    model = SL2100
    extensions-in-use = 101-110, 120, 215
    [programs]
    21-04-01[105, 1-8] = 3
    21-05-01[3] = 1
    21-06-01[1] = 011
    21-06-01[2] = 900
  `;
  const f = ofRule('SL301', src);
  assert.equal(f.length, 1);
  assert.equal(f[0].span.line, 1);
  assert.equal(f[0].span.start, 'model = '.length);
  assert.match(f[0].message, /101-104, 106-110, 120 are left at the factory toll restriction class 2/);
  assert.deepEqual(f[0].related?.map((r) => r.message), ['extensions 101-104', 'extensions 106-110', 'extension 120']);
  assert.deepEqual(f[0].fix, { kind: 'restrict-class', classes: [2], prefixes: ['011', '00'] });
});

test('SL301 with extensions-in-use undeclared: every extension, one finding at the model line', () => {
  assert.deepEqual(foundRule('SL301', '[site]\nmodel = SL1100\n'), ['SL301@2']);
  assert.match(ofRule('SL301', '[site]\nmodel = SL1100\n')[0].message, /Extensions 1-99999999 /);
});

test('SL301: a line whose cells a later line sets again entirely is not reported; the model line only for cells still at the default', () => {
  const src = hardened({ programs: '21-04-01[101-104, 1] = 4\n21-04-01[101-104, 1] = 3\n21-04-01[101, 8] = 2' });
  assert.deepEqual(foundRule('SL301', src), [`SL301@${lineOf(src, '21-04-01[101, 8] = 2')}`]);
  const partial = text`
    [site]
    model = SL2100
    extensions-in-use = 101
    [programs]
    21-04-01[101, 1-7] = 4
  `;
  assert.deepEqual(foundRule('SL301', partial), ['SL301@2', 'SL301@5']);
  assert.match(ofRule('SL301', partial)[0].message, /mode 8/);
});

test('SL301 leaves voicemail ports to SL302, even when they are in use', () => {
  const src = hardened({ site: 'voicemail-ports = 104', programs: '21-04-01[101-104, *] = 2' });
  const [f] = ofRule('SL301', src);
  assert.match(f.message, /Extensions 101-103 /);
  assert.deepEqual(foundRule('SL301', hardened({ site: 'voicemail-ports = 101-104', programs: '21-04-01[101-104, *] = 2' })), []);
});

test('SL301: applying the quick fix makes the finding go away', () => {
  const src = text`
    [site]
    model = SL2100
    extensions-in-use = 101-104
    [programs]
    21-04-01[*, *] = 4
  `;
  const a = analyze(src);
  const f = a.findings.find((x) => x.rule === 'SL301')!;
  const fixed = applyEdits(src, buildFix(a, f.fix!, '\n')!.edits);
  assert.deepEqual(foundRule('SL301', fixed), []);
});

test('SL301 costs no more for extension ranges: 1,000 range lines over 1-99999999 stay fast', () => {
  const lines = ['[site]', 'model = SL2100', `extensions-in-use = ${Array.from({ length: 500 }, (_, i) => `${1000 + 10 * i}-${1004 + 10 * i}`).join(', ')}`, '[programs]'];
  for (let i = 0; i < 1000; i++) lines.push(`21-04-01[${1002 + 10 * i}-99999999, ${1 + (i % 8)}] = ${1 + (i % 15)}`);
  const t = Date.now();
  const n = foundRule('SL301', lines.join('\n')).length;
  assert.ok(Date.now() - t < 2000, `took ${Date.now() - t} ms`);
  assert.ok(n > 0);
});
