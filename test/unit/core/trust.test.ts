// Inputs that broke the analysis (issue "Trust first"): each was a crash, a wrong position or a silent refusal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { splitLines } from '../../../server/src/core/parse';
import { found, hardened } from '../helpers';

const head = '[site]\nmodel = SL2100\n[programs]\n';

for (const item of ['90-54-01 = 18080', '90-54-02 = 18000', '10-12-01 = 192.168.1.20', '10-37-01 = 0', '10-46-01 = 1']) {
  test(`an item without an index written 17 and 40 times is analysed (${item.slice(0, 8)})`, () => {
    for (const n of [17, 40]) {
      const src = head + `${item}\n`.repeat(n);
      const res = found(src);
      // Every line but the last is overridden by the next one.
      assert.equal(res.filter((r) => r.startsWith('SL005@')).length, n - 1, `${n} writes`);
    }
  });
}

test('a list of 130,000 separate extensions in use or voicemail ports does not throw', () => {
  const list = Array.from({ length: 130_000 }, (_, i) => String(1000 + 2 * i)).join(', ');
  for (const key of ['extensions-in-use', 'voicemail-ports']) {
    const findings = analyze(`[site]\nmodel = SL2100\n${key} = ${list}\n`).findings;
    assert.ok(findings.some((f) => f.rule === (key === 'voicemail-ports' ? 'SL302' : 'SL301')), key);
  }
});

test('a lone CR ends a line, as in LSP and every editor', () => {
  const lf = hardened({ router: 'dmz = 192.168.1.20' });
  for (const sep of ['\r', '\r\n']) {
    const src = lf.split('\n').join(sep);
    assert.deepEqual(found(src), found(lf), JSON.stringify(sep));
  }
  assert.deepEqual(splitLines('a\rb\r\nc\n\rd'), ['a', 'b', 'c', '', 'd']);
  // A commented-out forward stays a comment after a CR line ending.
  const mixed = hardened({ router: '; forward tcp 80 to 192.168.1.20\rwan = 203.0.113.8' });
  assert.deepEqual(found(mixed).filter((r) => r.startsWith('SL201')), []);
});

test('bytes that were not UTF-8 (U+FFFD) give one SL011 per line, at the first one; the rest is analysed', () => {
  const src = hardened({ site: 'name = Caf\uFFFD \uFFFD Bar', router: 'dmz = 192.168.1.20' });
  const findings = analyze(src).findings;
  const sl011 = findings.filter((f) => f.rule === 'SL011');
  assert.equal(sl011.length, 1);
  const line = src.split('\n')[sl011[0].span.line];
  assert.equal(line.indexOf('\uFFFD'), sl011[0].span.start);
  assert.equal(sl011[0].severity, 'error');
  assert.ok(findings.some((f) => f.rule === 'SL202'), 'the rest of the file is still analysed');
});

test('a text holding NUL is not analysed: one SL001 at line 1', () => {
  const findings = analyze(hardened({ router: 'dmz = 192.168.1.20' }) + '\0\0').findings;
  assert.deepEqual(findings.map((f) => [f.rule, f.span.line, f.severity]), [['SL001', 0, 'error']]);
  assert.match(findings[0].message, /NUL/);
});

test('a leading byte-order mark counts as a character of line 1, as LSP counts it', () => {
  const src = '\uFEFF[site]\nmodel = SL2100\n[nope]\n';
  const plain = analyze(src.slice(1)).findings;
  const bom = analyze(src).findings;
  assert.deepEqual(bom.map((f) => f.rule), plain.map((f) => f.rule));
  // Findings on line 1 shift by the BOM; others do not move.
  const first = analyze('\uFEFF[sitex]\n').findings.find((f) => f.span.line === 0)!;
  assert.equal(first.span.start, 1);
  assert.equal(bom.find((f) => f.rule === 'SL002')!.span.start, 0);
});
