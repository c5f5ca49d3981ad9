// `slguard check --write-baseline` / `--baseline` end to end: the command line as CI runs it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { CLI } from '../repo';

function slguard(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dirs: string[] = [];
after(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

function tmpdir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-baseline-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

// Planted secrets, each weak enough that a rule reports the cell that holds it.
const SECRETS = { disa: '97531', password: '4*4', mailbox: '919', sip: 'zq7', userPro: '333' };
const SITE = [
  '[site]',
  'model = SL2100',
  'extensions-in-use = 101-104',
  'international-prefix = 011',
  '',
  '[programs]',
  '10-12-01 = 192.168.1.20',
  '10-46-01 = 1',
  '90-02-01[2] = Xq7!mK2#pl',
  '90-02-02[2] = 7*4#9*1#',
  '90-02-01[3] = frontdesk',
  `90-02-02[3] = ${SECRETS.password}`,
  '90-02-03[4] = 0',
  '21-04-01[*, *] = 3',
  '21-05-01[3] = 1',
  '21-06-01[1] = 011',
  '47-02-01[5-64] = 0',
  `25-08-01[1] = ${SECRETS.disa}`,
  '15-05-27[101] = 1',
  '84-22-01[1] = 101',
  `84-22-02[1] = ${SECRETS.sip}`,
  `90-28-01[101] = ${SECRETS.userPro}`,
  '',
  '[router]',
  'wan = 203.0.113.7',
  'forward tcp 80 to 192.168.1.20',
  '',
  '[mailbox 101]',
  `code = ${SECRETS.mailbox}`,
  '[mailbox 102]',
  'code = 730215',
  '[mailbox 103]',
  'code = 592048',
  '[mailbox 104]',
  'code = 615937',
  '',
].join('\n');

type Row = { file: string; line: number; rule: string };
type SarifResult = { ruleId: string; baselineState?: string; partialFingerprints?: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }[] };

function sarif(args: string[], cwd: string): SarifResult[] {
  const r = slguard(['check', '--format', 'sarif', ...args], cwd);
  return JSON.parse(r.out).runs[0].results;
}

function setUp() {
  const dir = tmpdir({ 'sites/north.slcfg': SITE, 'sites/south/shop.slcfg': SITE.replace('forward tcp 80', 'forward tcp 8000') });
  const w = slguard(['check', 'sites', '--write-baseline', 'baseline.json'], dir);
  return { dir, w, file: path.join(dir, 'sites', 'north.slcfg'), baseline: fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8') };
}

test('--write-baseline records every finding, sorted, without a secret value, and exits 0', () => {
  const { dir, w, baseline } = setUp();
  assert.equal(w.code, 0, w.err);
  const all = JSON.parse(slguard(['check', 'sites', '--format', 'json'], dir).out) as Row[];
  const rules = all.map((r) => r.rule);
  for (const rule of ['SL104', 'SL110', 'SL201', 'SL209', 'SL305', 'SL404']) assert.ok(rules.includes(rule), `${rule} fires on the planted secrets: ${rules}`);
  const data = JSON.parse(baseline);
  assert.equal(data.findings.length, all.length, 'one entry per finding');
  const files = data.findings.map((e: { file: string }) => e.file);
  assert.deepEqual([...files].sort(), files, 'sorted');
  assert.deepEqual([...new Set(files)], ['north.slcfg', 'south/shop.slcfg'], 'paths relative to the folder checked');
  // Fingerprints are hex: a digit secret may occur in one by chance, so look at everything else.
  const words = baseline.replace(/"fingerprint":"[0-9a-f]{32}"/g, '');
  for (const [name, secret] of Object.entries(SECRETS)) assert.ok(!words.includes(secret), `the ${name} secret ${secret} is in the baseline`);
  assert.ok(!/line"?\s*:/.test(baseline), 'no line numbers');
});

test('--baseline: known findings are left out of text and JSON, counted as known, and do not fail', () => {
  const { dir } = setUp();
  const t = slguard(['check', 'sites', '--baseline', 'baseline.json', '--fail-on', 'hint'], dir);
  assert.equal(t.code, 0, t.out + t.err);
  assert.match(t.out, /^0 problems \(0 errors, 0 warnings, 0 information, 0 hints\) in 2 files, \d+ known\.$/m);
  assert.equal(t.out.trim().split('\n').length, 1, 'only the summary line');
  const j = slguard(['check', 'sites', '--baseline', 'baseline.json', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(j.out), []);
  const results = sarif(['sites', '--baseline', 'baseline.json'], dir);
  assert.ok(results.length > 0);
  assert.ok(results.every((r) => r.baselineState === 'unchanged'), 'SARIF lists known findings as unchanged');
});

test('inserting lines above a known finding keeps it known', () => {
  const { dir, file } = setUp();
  const src = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, src.replace('[site]\n', '; moved about\n\n[site]\n').replace('[programs]\n', '[programs]\n; more notes\n\n\n').replace('[mailbox 101]', '; the front desk\n[mailbox 101]'));
  const j = slguard(['check', 'sites', '--baseline', 'baseline.json', '--format', 'json', '--fail-on', 'hint'], dir);
  assert.equal(j.code, 0, j.out);
  assert.deepEqual(JSON.parse(j.out), []);
});

test('a changed but still weak secret is the same finding', () => {
  const { dir, file } = setUp();
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`= ${SECRETS.disa}`, '= 2468'));
  const j = slguard(['check', 'sites', '--baseline', 'baseline.json', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(j.out), []);
});

test('a fixed finding is absent in SARIF; a new one is reported, fails the run and is "new"', () => {
  const { dir, file } = setUp();
  const src = fs.readFileSync(file, 'utf8');
  // Fix the weak DISA password; open PCPro to the internet (new SL201 and SL203).
  fs.writeFileSync(file, src.replace(`25-08-01[1] = ${SECRETS.disa}`, '25-08-01[1] = 804613').replace('wan = 203.0.113.7\n', 'wan = 203.0.113.7\nforward tcp 8000 to 192.168.1.20\n'));
  const t = slguard(['check', 'sites', '--baseline', 'baseline.json'], dir);
  assert.equal(t.code, 1, t.out + t.err);
  const lines = t.out.trim().split('\n');
  assert.ok(lines.slice(0, -1).every((l) => l.startsWith('sites/north.slcfg:26:1: ')), t.out);
  assert.ok(lines.some((l) => / error SL201 /.test(l)));
  assert.match(lines[lines.length - 1], /^2 problems .* in 2 files, \d+ known\.$/);
  const rows = JSON.parse(slguard(['check', 'sites', '--baseline', 'baseline.json', '--format', 'json'], dir).out) as Row[];
  assert.deepEqual(rows.map((r) => `${r.rule}@${r.line}`).sort(), ['SL201@26', 'SL203@26']);

  const results = sarif(['sites', '--baseline', 'baseline.json'], dir);
  const fresh = results.filter((r) => r.baselineState === 'new').map((r) => r.ruleId).sort();
  assert.deepEqual(fresh, ['SL201', 'SL203']);
  const absent = results.filter((r) => r.baselineState === 'absent');
  assert.deepEqual(absent.map((r) => r.ruleId), ['SL305']);
  assert.equal(absent[0].locations[0].physicalLocation.artifactLocation.uri, 'sites/north.slcfg');
  assert.equal(absent[0].locations[0].physicalLocation.region, undefined, 'no line for what is gone');
  for (const r of results) assert.match(r.partialFingerprints?.['slguard/v1'] ?? '', /^[0-9a-f]{32}$/);
  assert.equal(new Set(results.map((r) => r.partialFingerprints!['slguard/v1'])).size, results.length, 'fingerprints are distinct');
});

test('the baseline names files relative to the folder checked: the same from another working folder', () => {
  const { dir } = setUp();
  const r = slguard(['check', '.', '--baseline', '../baseline.json', '--format', 'json', '--fail-on', 'hint'], path.join(dir, 'sites'));
  assert.equal(r.code, 0, r.out + r.err);
  assert.deepEqual(JSON.parse(r.out), []);
});

test('without --baseline every SARIF result still carries partialFingerprints and no baselineState', () => {
  const { dir } = setUp();
  const results = sarif(['sites'], dir);
  assert.ok(results.length > 0);
  for (const r of results) {
    assert.match(r.partialFingerprints?.['slguard/v1'] ?? '', /^[0-9a-f]{32}$/);
    assert.equal(r.baselineState, undefined);
  }
});

test('a baseline that is not one, or cannot be read, is a usage error (exit 2)', () => {
  const dir = tmpdir({ 'a.slcfg': SITE, 'bad.json': '{"findings": []}', 'junk.json': 'not json', 'rules.json': '{"SL205": "off"}' });
  for (const f of ['bad.json', 'junk.json', 'rules.json', 'missing.json']) {
    const r = slguard(['check', 'a.slcfg', '--baseline', f], dir);
    assert.equal(r.code, 2, f);
    assert.match(r.err, new RegExp(`^slguard: ${f.replace('.', '\\.')}: (not a baseline|cannot read the baseline)`), r.err);
    assert.equal(r.out, '', 'no report');
  }
  assert.equal(slguard(['check', 'a.slcfg', '--baseline', 'x', '--write-baseline', 'y'], dir).code, 2);
  assert.equal(slguard(['check', 'a.slcfg', '--baseline'], dir).code, 2);
});
