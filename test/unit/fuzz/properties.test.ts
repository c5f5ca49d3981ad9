// Property-based tests (fast-check): for arbitrary text and for valid exports mutated line by line, the core
// never throws, every finding lies inside the document, and the same text always gives the same findings.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/core/analyze';
import { splitLines } from '../../../server/src/core/parse';
import type { Finding } from '../../../server/src/core/types';
import { EXAMPLES, SPEC_EXAMPLES } from '../repo';

const SEEDS = [EXAMPLES, SPEC_EXAMPLES].flatMap((dir) =>
  fs.readdirSync(dir).filter((f) => f.endsWith('.slcfg')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')));

/** Every span (and related span) lies on an existing line, within its length. */
function assertInside(src: string, findings: Finding[]): void {
  const lines = splitLines(src);
  const check = (s: Finding['span'], what: string) => {
    assert.ok(s.line >= 0 && s.line < Math.max(1, lines.length), `${what}: line ${s.line} of ${lines.length}`);
    const len = (lines[s.line] ?? '').length;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= len, `${what}: columns ${s.start}-${s.end} on a line of ${len}`);
  };
  for (const f of findings) {
    check(f.span, f.rule);
    for (const r of f.related ?? []) check(r.span, `${f.rule} related`);
  }
}

function checkText(src: string): void {
  const a = analyze(src).findings;
  assertInside(src, a);
  assert.deepEqual(analyze(src).findings, a, 'the same text gave different findings');
}

/** Lines that look like the format, so mutations reach deep into the rules. */
const formatLine = fc.oneof(
  fc.constantFrom('[site]', '[programs]', '[router]', '[mailbox 101]', '[mailbox 105]', '[mailbox]', '[site', '[nope]', ';', '# c', ''),
  fc.constantFrom('model = SL2100', 'model = SL1100', 'extensions-in-use = 101-105', 'international-prefix = 011, 00', 'trunk-access-code = 9', 'voicemail-ports = 213-216'),
  fc.tuple(
    fc.constantFrom('90-02-01', '90-02-02', '90-02-03', '21-04-01', '21-05-01', '21-05-08', '21-06-01', '21-06-07', '47-02-01', '47-02-02', '10-12-01', '10-46-01', '15-05-27', '84-22-02', '90-28-01', '90-54-01', '25-08-01', '25-11-01', '20-11-12', '14-01-13', '10-37-01', '99-99-99'),
    fc.constantFrom('', '[2]', '[3-5]', '[*]', '[101, 1]', '[101-120, *]', '[*, *]', '[1, 1]', '[9]', '[5-2]', '[1-99999999, *]'),
    fc.constantFrom('1', '0', '2', '12345678', '0000', '011', '@', '192.168.0.10', '8.8.8.8', '80', 'x', '', '"a b"', '5#82*917'),
  ).map(([a, i, v]) => `${a}${i} = ${v}`),
  fc.constantFrom('forward udp 5060 to 192.168.0.10', 'forward tcp 80-8000 to 192.168.0.10:1-9000 from any', 'dmz = 192.168.0.10', 'upnp = on', 'wan = 1.2.3.4', 'forward tcp 5963 to 192.168.0.10 from 10.0.0.0/8, any'),
  fc.constantFrom('code = 1111', 'code = none', 'notify = 9 011 44 20', 'find-me = 9-011-33', 'code = 12a'),
  fc.constantFrom('; slguard-disable-next-line SL201 -- x', '; slguard-disable SL205', '# slguard-disable-next-line SL999, SL101 --', '; slguard-disable -- r'),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: formatLine }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), col: fc.nat(), junk: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('control' as const), at: fc.nat(), col: fc.nat(), junk: fc.constantFrom('\u0000', '\u0007', '\r', '\t', '\u001b[31m', '\u2028', '\ufeff', '\ud800', '"', '\\') }),
  fc.record({ kind: fc.constant('long' as const), at: fc.nat(), n: fc.integer({ min: 1000, max: 200000 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(src: string, muts: Mutation[], crlf: boolean[]): string {
  const lines = src.split('\n');
  for (const m of muts) {
    const i = lines.length ? m.at % lines.length : 0;
    switch (m.kind) {
      case 'delete': lines.splice(i, 1); break;
      case 'duplicate': lines.splice(i, 0, lines[i] ?? ''); break;
      case 'swap': { const j = lines.length ? m.with % lines.length : 0; [lines[i], lines[j]] = [lines[j], lines[i]]; break; }
      case 'truncate': lines[i] = (lines[i] ?? '').slice(0, m.keep % ((lines[i] ?? '').length + 1)); break;
      case 'insert': lines.splice(i, 0, m.line); break;
      case 'bytes':
      case 'control': { const l = lines[i] ?? ''; const c = m.col % (l.length + 1); lines[i] = l.slice(0, c) + m.junk + l.slice(c); break; }
      case 'long': lines[i] = (lines[i] ?? '') + 'x'.repeat(m.n); break;
    }
  }
  return lines.map((l, k) => (crlf[k % crlf.length] ? `${l}\r` : l)).join('\n');
}

test('arbitrary text never throws, findings stay inside the document, results are deterministic', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkText), { numRuns: 300 });
});

test('arbitrary lines in the shape of the format', () => {
  fc.assert(fc.property(fc.array(formatLine, { maxLength: 60 }), fc.boolean(), (ls, crlf) => checkText(ls.join(crlf ? '\r\n' : '\n'))), { numRuns: 300 });
});

test('valid exports mutated line by line (deleted, duplicated, swapped, truncated, bytes, control characters, CRLF/LF, long lines)', () => {
  fc.assert(fc.property(
    fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
    (seed, muts, crlf) => checkText(mutate(seed, muts, crlf)),
  ), { numRuns: 300 });
});

test('a text over the size limit gets one clear finding at line 1 instead of an analysis', async () => {
  const { MAX_TEXT_LENGTH } = await import('../../../server/src/core/analyze');
  const big = `[site]\nmodel = SL2100\n; ${'x'.repeat(MAX_TEXT_LENGTH)}\n`;
  const f = analyze(big).findings;
  assert.deepEqual(f.map((x) => [x.rule, x.span.line]), [['SL001', 0]]);
  assert.match(f[0].message, /does not check a file this large/);
  assertInside(big, f);
});
