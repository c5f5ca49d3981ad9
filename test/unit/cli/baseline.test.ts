import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BaselineError, DEFAULTS_SUBJECT, FINGERPRINT_KEY, baselinePath, fingerprint, fingerprintFindings, matchBaseline,
  parseBaseline, serializeBaseline, type BaselineEntry,
} from '../../../server/src/cli/baseline';
import { analyze } from '../../../server/src/core/analyze';
import { hardened } from '../helpers';

function entries(src: string, file = 'site.slcfg'): BaselineEntry[] {
  const a = analyze(src);
  return fingerprintFindings(file, a.findings, a.parsed, a.site.modelAnchor);
}

function subjects(src: string): string[] {
  return entries(src).map((e) => `${e.rule} ${e.subject}`);
}

const SECRETS = ['1357', '12345678', 'Pa55word', '246810'];
const EXPOSED = [
  '[site]',
  'model = SL2100',
  'international-prefix = 011',
  '[programs]',
  '10-12-01 = 192.168.0.10',
  `90-02-02[2] = ${SECRETS[1]}`,
  `25-08-01[ 2 ] = ${SECRETS[0]}`,
  '[router]',
  'dmz = 192.168.0.10',
  'forward TCP 80 to 192.168.0.10',
  'forward tcp 80 to 192.168.0.10 from any',
  '[mailbox 101]',
  'find-me = 9 011 44 20 7946 0958',
  '',
].join('\n');

test('subjects name the cell, forward, mailbox key or the defaults, never a value', () => {
  const s = subjects(EXPOSED);
  assert.ok(s.includes('SL101 90-02-02[2]'), s.join('\n'));
  assert.ok(s.includes('SL305 25-08-01[2]'), 'index whitespace is normalised');
  assert.ok(s.includes('SL202 router: dmz'));
  assert.ok(s.includes('SL201 forward tcp 80'), 'protocol case is normalised');
  assert.ok(s.includes('SL403 mailbox 101: find-me'));
  assert.ok(s.includes(`SL102 ${DEFAULTS_SUBJECT}`));
  for (const e of entries(EXPOSED)) for (const secret of SECRETS) assert.ok(!e.subject.includes(secret), e.subject);
});

test('identical subjects are told apart by an occurrence counter', () => {
  const forwards = entries(EXPOSED).filter((e) => e.rule === 'SL201');
  assert.deepEqual(forwards.map((e) => [e.subject, e.occurrence]), [['forward tcp 80', 1], ['forward tcp 80', 2]]);
  assert.notEqual(forwards[0].fingerprint, forwards[1].fingerprint);
});

test('fingerprints do not depend on line numbers, comments or blank lines', () => {
  const before = entries(EXPOSED);
  const moved = EXPOSED.replace('[programs]\n', '[programs]\n; a note\n\n21-05-01[3] = 1\n').replace('[site]', '; header\n\n[site]');
  assert.deepEqual(entries(moved).map((e) => e.fingerprint).sort(), before.map((e) => e.fingerprint).sort());
});

test('a changed secret value keeps the fingerprint; a different cell or file changes it', () => {
  const fp = (src: string, file?: string) => entries(src, file).find((e) => e.rule === 'SL305')!.fingerprint;
  const base = fp(EXPOSED);
  assert.equal(fp(EXPOSED.replace(`= ${SECRETS[0]}`, '= 2468')), base, 'still a weak DISA password of user 2');
  assert.notEqual(fp(EXPOSED.replace('25-08-01[ 2 ]', '25-08-01[3]')), base);
  assert.notEqual(fp(EXPOSED, 'other.slcfg'), base);
  assert.match(base, /^[0-9a-f]{32}$/);
  assert.equal(fingerprint('a', 'SL101', 'x', 1), fingerprint('a', 'SL101', 'x', 1));
  assert.equal(FINGERPRINT_KEY, 'slguard/v1');
});

test('a malformed line gives its section only, not its text', () => {
  const src = hardened({ programs: `${SECRETS[2]} ${SECRETS[3]}` });
  const e = entries(src);
  assert.ok(e.length > 0, 'the malformed line is reported');
  for (const x of e) for (const secret of SECRETS) assert.ok(!x.subject.toLowerCase().includes(secret.toLowerCase()), x.subject);
});

test('the baseline file is sorted JSON, one entry a line, without secret values, and reads back', () => {
  const list = entries(EXPOSED).concat(entries(EXPOSED, 'a/first.slcfg'));
  const text = serializeBaseline(list);
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `secret ${secret} in the baseline`);
  const data = JSON.parse(text);
  assert.equal(data.tool, 'slguard');
  assert.equal(data.version, 1);
  assert.equal(data.findings.length, list.length);
  const lines = text.split('\n').filter((l) => l.includes('"fingerprint"'));
  assert.equal(lines.length, list.length, 'one entry a line');
  const keys = data.findings.map((f: BaselineEntry) => [f.file, f.rule, f.subject, f.occurrence ?? 1]);
  const sorted = [...keys].sort((a, b) => (a.join('\0') < b.join('\0') ? -1 : 1));
  assert.deepEqual(keys, sorted);
  assert.equal(data.findings[0].file, 'a/first.slcfg');
  const back = parseBaseline(text);
  assert.deepEqual(new Set(back.map((e) => e.fingerprint)), new Set(list.map((e) => e.fingerprint)));
  assert.equal(serializeBaseline(back), text, 'writing what was read gives the same file');
  assert.deepEqual(parseBaseline(serializeBaseline([])), []);
});

test('anything that is not a baseline is rejected with a reason', () => {
  const good = JSON.parse(serializeBaseline(entries(EXPOSED)));
  const bad: [unknown, RegExp][] = [
    ['{', /not JSON/],
    [[], /not a JSON object/],
    [{ ...good, tool: 'eslint' }, /"tool"/],
    [{ ...good, version: 2 }, /version 2/],
    [{ ...good, findings: {} }, /"findings" is not an array/],
    [{ ...good, findings: [1] }, /findings\[0\] is not an object/],
    [{ ...good, findings: [{ ...good.findings[0], rule: 7 }] }, /findings\[0\]\.rule is not a string/],
    [{ ...good, findings: [{ ...good.findings[0], rule: 'X1' }] }, /not a rule id/],
    [{ ...good, findings: [{ ...good.findings[0], fingerprint: 'abc' }] }, /32 hex/],
    [{ ...good, findings: [{ ...good.findings[0], occurrence: 0 }] }, /occurrence/],
    [[{ file: 'a', rule: 'SL101' }], /not a JSON object/],
  ];
  for (const [value, message] of bad) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    assert.throws(() => parseBaseline(text), (e: unknown) => e instanceof BaselineError && message.test(e.message), text.slice(0, 80));
  }
});

test('matching: known findings are unchanged, others new, missing ones of the files checked absent', () => {
  const old = entries(EXPOSED);
  const fixed = EXPOSED.replace('dmz = 192.168.0.10\n', '').replace('[router]\n', '[router]\nupnp = on\n');
  const now = entries(fixed);
  const other: BaselineEntry = { file: 'elsewhere.slcfg', rule: 'SL202', subject: 'router: dmz', occurrence: 1, fingerprint: fingerprint('elsewhere.slcfg', 'SL202', 'router: dmz', 1) };
  const m = matchBaseline([...old, other], [now], ['site.slcfg']);
  const byState = (s: string) => now.filter((_, i) => m.states[0][i] === s).map((e) => `${e.rule} ${e.subject}`);
  assert.deepEqual(byState('new'), ['SL207 router: upnp']);
  assert.equal(m.known, now.length - 1);
  const absent = m.absent.map((e) => `${e.file} ${e.rule} ${e.subject}`);
  assert.ok(absent.includes('site.slcfg SL202 router: dmz'), absent.join('\n'));
  assert.ok(absent.every((a) => a.startsWith('site.slcfg ')), 'a file not checked has no absent findings');
  assert.equal(m.known + m.absent.length, old.length);
});

test('baseline paths are relative to the folder checked, or to the current folder for a file', () => {
  assert.equal(baselinePath('sites', true, 'sites/north/a.slcfg'), 'north/a.slcfg');
  assert.equal(baselinePath('sites/', true, 'sites/a.slcfg'), 'a.slcfg');
  assert.equal(baselinePath('sites/a.slcfg', false, 'sites/a.slcfg'), 'sites/a.slcfg');
  assert.equal(baselinePath('-', false, null), '<stdin>');
});

test('fingerprinting stays fast on a file with a hundred thousand sections and findings', () => {
  const lines = ['[site]', 'model = SL2100', '[programs]'];
  for (let i = 0; i < 50_000; i++) lines.push(`[mailbox ${101 + (i % 64)}]`, 'bogus = 2');
  const a = analyze(lines.join('\n'));
  assert.ok(a.findings.length >= 100_000, String(a.findings.length));
  const started = Date.now();
  const e = fingerprintFindings('big.slcfg', a.findings, a.parsed, a.site.modelAnchor);
  assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  const last = e.filter((x) => x.rule === 'SL002').pop();
  assert.equal(last?.subject, `mailbox ${101 + (49_999 % 64)}: bogus`, 'the key of the last section');
  assert.equal(last?.occurrence, 782, 'the 782nd section of that mailbox (i = 15, 79, ..., 49,999)');
});
