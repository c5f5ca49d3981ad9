import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildConfig } from '../../../server/src/core/config';
import { parse } from '../../../server/src/core/parse';
import { foundSyntax as found, lint } from '../helpers';

function config(programs: string, model: 'SL2100' | 'SL1100' = 'SL2100') {
  const problems: string[] = [];
  const c = buildConfig(parse(`[programs]\n${programs}\n`), model, (p) => problems.push(`${p.rule}@${p.span.line + 1}`));
  return { c, problems };
}

test('unset cells hold the model factory default; written ones remember their line', () => {
  const { c } = config('90-02-01[2] = alice');
  assert.equal(c.get('90-02-01', 2).value, 'alice');
  assert.equal(c.get('90-02-01', 2).write?.entry.line, 1);
  assert.equal(c.get('90-02-01', 3).value, 'ADMIN1');
  assert.equal(c.get('90-02-01', 3).write, null);
  assert.equal(config('', 'SL1100').c.get('90-02-01', 2).value, 'sltech');
  assert.equal(c.get('47-02-02', 7).value, '107');
  assert.equal(c.get('47-02-02', 65).value, '');
  assert.equal(c.get('20-06-01', 101, 3).value, '15');
  assert.equal(c.get('20-06-01', 102, 3).value, '1');
});

test('a later line that sets the same cell wins; ranges and * are one write', () => {
  const { c } = config('21-04-01[*, *] = 4\n21-04-01[101-105, 2] = 6\n21-04-01[103, *] = 7');
  assert.equal(c.get('21-04-01', 99999999, 8).value, '4');
  assert.equal(c.get('21-04-01', 101, 2).value, '6');
  assert.equal(c.get('21-04-01', 103, 2).value, '7');
  assert.equal(c.get('21-04-01', 103, 1).write?.entry.line, 3);
  const segs = c.item('21-04-01').segments();
  // Segments are disjoint and cover the whole space: their sizes add up to 99999999 * 8.
  const cells = segs.reduce((n, s) => n + s.box.reduce((m, [lo, hi]) => m * (hi - lo + 1), 1), 0);
  assert.equal(cells, 99999999 * 8);
  for (const s of segs) {
    const [ext, mode] = [s.box[0][0], s.box[1][0]];
    assert.equal(s.value, c.get('21-04-01', ext, mode).value);
  }
});

test('segments split where the factory default changes', () => {
  const segs = config('').c.item('20-06-01').segments();
  const at101 = segs.find((s) => s.box[0][0] === 101 && s.box[0][1] === 101);
  assert.equal(at101?.value, '15');
});

test('SL005: an applied line some of whose cells a later line writes again, naming the first later line', () => {
  const src = '[site]\nmodel = SL2100\n[programs]\n21-04-01[101-110, *] = 4\n21-04-01[200, 1] = 4\n21-04-01[105, 3] = 4\n21-04-01[101-110, *] = 5\n';
  const f = lint(src).filter((x) => x.rule === 'SL005');
  assert.deepEqual(f.map((x) => x.span.line + 1), [4, 6]);
  assert.match(f[0].message, /line 6/);
  assert.match(f[1].message, /line 7/);
});

test('SL005 ignores lines that are not applied, and counts the same value written again', () => {
  const src = '[site]\nmodel = SL2100\n[programs]\n90-54-01 = 18080\n90-54-01 = nope\n90-54-02 = 18081\n90-54-02 = 18081\n';
  assert.deepEqual(found(src), ['SL005@6', 'SL004@5'].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1])));
});

test('SL003: wrong number of indexes, out of range, N > M, leading zeros in an extension', () => {
  const { problems } = config('21-04-01[101] = 2\n21-04-01[101, 1, 1] = 2\n90-54-01[1] = 8080\n90-02-02[9] = 1\n21-04-01[110-101, 1] = 2\n21-04-01[0101, 1] = 2\n90-02-02[0] = 1');
  assert.deepEqual(problems, ['SL003@2', 'SL003@3', 'SL003@4', 'SL003@5', 'SL003@6', 'SL003@7', 'SL003@8']);
});

test('SL004 from the catalog: character set, length, range, enum, address', () => {
  const { problems } = config([
    '90-02-02[2] = 1234567a', '90-02-01[2] = elevenchars', '90-02-03[2] = 7', '10-12-01 = 192.168.1.300',
    '90-54-01 = 0', '21-06-07[1, 1] = @', '21-06-01[1] = @', '10-12-03 =', '10-12-01 =', '90-02-02[5] =',
  ].join('\n'));
  assert.deepEqual(problems, ['SL004@2', 'SL004@3', 'SL004@4', 'SL004@5', 'SL004@6', 'SL004@8', 'SL004@10']);
});

test('programs the catalog does not know are accepted without any finding', () => {
  assert.deepEqual(config('11-02-01[101] = 5\n99-99-99 = anything').problems, []);
});

test('a range over the whole extension space costs what one line costs', () => {
  const lines = ['[site]', 'model = SL2100', '[programs]'];
  for (let i = 0; i < 2000; i++) lines.push(`21-04-01[1-99999999, *] = ${(i % 15) + 1}`);
  const t0 = process.hrtime.bigint();
  const f = lint(lines.join('\n'));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(f.filter((x) => x.rule === 'SL005').length, 1999);
  // Expanding cells would take hours; this is a generous bound on a loaded CI machine, not a speed target.
  assert.ok(ms < 20000, `took ${ms} ms`);
});

test('cell lookups agree with a plain scan of the lines, for items with many writes', () => {
  const lines: string[] = [];
  const r = (n: number) => Math.floor(Math.abs(Math.sin(lines.length * 7.1 + n)) * 1000);
  for (let i = 0; i < 300; i++) {
    const a = 100 + r(1) % 200;
    lines.push(`21-04-01[${a}-${a + (r(2) % 30)}, ${r(3) % 3 === 0 ? '*' : (r(4) % 8) + 1}] = ${(r(5) % 15) + 1}`);
  }
  const { c } = config(lines.join('\n'));
  const scan = (ext: number, mode: number) => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = /\[(\d+)-(\d+), (\*|\d)\] = (\d+)/.exec(lines[i])!;
      if (ext >= +m[1] && ext <= +m[2] && (m[3] === '*' || +m[3] === mode)) return m[4];
    }
    return '2';
  };
  for (let ext = 90; ext <= 340; ext += 3) for (let mode = 1; mode <= 8; mode++) assert.equal(c.get('21-04-01', ext, mode).value, scan(ext, mode), `${ext}/${mode}`);
});
