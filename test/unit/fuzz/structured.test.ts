// Property tests on structured exports (issue "Trust first"): every catalog item written many times, dense
// overlapping ranges and stars, huge lists, every line ending, bytes that are not UTF-8. The analysis never
// throws, its lines are the lines an LSP client counts, and every finding lies inside the document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/core/analyze';
import { allItems, type CatalogItem } from '../../../server/src/core/catalog';
import type { Dimension, ValueKind } from '../../../server/src/core/catalog/schema';
import { splitLines } from '../../../server/src/core/parse';

const ITEMS = allItems();

/** A value the item accepts (mostly), so the writes reach the effective configuration. */
function valueOf(v: ValueKind, seed: number): string {
  switch (v.kind) {
    case 'int': return String(v.min + (seed % (v.max - v.min + 1)));
    case 'enum': { const keys = Object.keys(v.values); return keys[seed % keys.length]; }
    case 'dial': return v.wildcard && seed % 5 === 0 ? '@' : ['011', '00', '9', '1#', '*7'][seed % 5];
    case 'digits': return String(seed % 10 ** Math.min(v.max, 6));
    case 'text': return ['tech', 'Xq7!mK2#pl', 'a b', ''][seed % 4];
    case 'ipv4': return ['192.168.1.20', '8.8.8.8', '10.0.0.1'][seed % 3];
    case 'port': return String(1 + (seed % 65535));
  }
}

/** One index spec for a dimension: a number, a range (often overlapping others), or `*`. */
function indexOf(d: Dimension, a: number, b: number): string {
  const span = Math.min(d.hi - d.lo, 200);
  const x = d.lo + (a % (span + 1));
  switch (b % 4) {
    case 0: return '*';
    case 1: return String(x);
    default: return `${x}-${Math.min(d.hi, x + (b % 50))}`;
  }
}

function lineFor(item: CatalogItem, a: number, b: number, c: number): string {
  const idx = item.dims.length ? `[${item.dims.map((d, k) => indexOf(d, a + 7 * k, b + 3 * k)).join(', ')}]` : '';
  return `${item.address}${idx} = ${valueOf(item.def.value, c)}`;
}

/** The analysis's lines are the client's lines, and every finding lies inside them. */
function checkAgainstClient(text: string): void {
  const findings = analyze(text).findings;
  const lines = splitLines(text);
  const doc = TextDocument.create('file:///x.slcfg', 'nec-sl', 1, text);
  assert.equal(lines.length, doc.lineCount, 'line count differs from the client');
  for (const f of findings) {
    for (const s of [f.span, ...(f.related ?? []).map((r) => r.span)]) {
      const line = doc.getText({ start: { line: s.line, character: 0 }, end: { line: s.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
      assert.ok(s.line < doc.lineCount && s.start >= 0 && s.start <= s.end && s.end <= line.length, `${f.rule} at ${s.line}:${s.start}-${s.end}`);
      assert.equal(lines[s.line].length, line.length, `line ${s.line} differs from the client's`);
    }
  }
}

test('every catalog item written 1 to 40 times, with overlapping ranges and stars', () => {
  for (const item of ITEMS) {
    for (const n of [1, 2, 16, 17, 40]) {
      const body = Array.from({ length: n }, (_, i) => lineFor(item, i * 13, i * 7 + n, i)).join('\n');
      const src = `[site]\nmodel = SL2100\nextensions-in-use = 101-120\n[programs]\n${body}\n`;
      assert.doesNotThrow(() => checkAgainstClient(src), `${item.address} × ${n}`);
    }
  }
});

test('lists of 100,000 to 1,000,000 entries in [site] keys', () => {
  for (const n of [100_000, 1_000_000]) {
    const list = Array.from({ length: n }, (_, i) => String(1000 + 2 * i)).join(',');
    for (const key of ['extensions-in-use', 'voicemail-ports', 'international-prefix']) {
      const src = `[site]\nmodel = SL2100\n${key} = ${list}\n[programs]\n21-04-01[*, *] = 3\n`;
      assert.doesNotThrow(() => analyze(src), `${key} × ${n}`);
    }
  }
});

const eol = fc.constantFrom('\n', '\r\n', '\r');
const structuredLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat({ max: ITEMS.length - 1 }), fc.nat(), fc.nat(), fc.nat()).map(([i, a, b, c]) => lineFor(ITEMS[i], a, b, c)) },
  { weight: 1, arbitrary: fc.constantFrom('[site]', '[programs]', '[router]', '[mailbox 101]', '[mailbox 999]', '; c', '', 'model = SL1100', 'extensions-in-use = 101-105, 1-99999999') },
  { weight: 1, arbitrary: fc.constantFrom('forward tcp 80-8000 to 192.168.1.20', 'dmz = 192.168.1.20', 'upnp = on', 'code = 1234', 'notify = 9 011 44', '; slguard-disable-next-line SL201 -- r') },
);

test('10,000 structured exports with mixed line ends and bytes that are not UTF-8', () => {
  const decoder = new TextDecoder('utf-8'); // what the command line and VS Code do with bytes that are not UTF-8
  fc.assert(fc.property(
    fc.array(fc.tuple(structuredLine, eol), { maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 }),
    (lines, junk) => {
      const text = '[site]\nmodel = SL2100\n[programs]\n' + lines.map(([l, e]) => l + e).join('');
      const bytes = [...Buffer.from(text, 'utf8')];
      for (const [at, byte] of junk) bytes.splice(at % (bytes.length + 1), 0, byte);
      checkAgainstClient(decoder.decode(Uint8Array.from(bytes)));
    },
  ), { numRuns: 10_000 });
});
