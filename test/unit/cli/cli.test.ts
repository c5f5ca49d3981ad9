import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { hardened, tempDir } from '../helpers';
import { CLI } from '../repo';

function slguard(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input, cwd: opts.cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmpdir = (files: Record<string, string | Buffer>): string => tempDir('slguard-cli-', files);

const EXPOSED = '[site]\nmodel = SL2100\n[programs]\n10-12-01 = 192.168.1.20\n[router]\ndmz = 192.168.1.20\n';
// A hardened site whose only finding is a hint (SL005: 90-54-01 set twice).
const CLEAN = hardened({ programs: '90-54-01 = 18080\n90-54-01 = 18081' });

test('text format: file:line:column: severity rule message, then a summary; exit 1 on an error', () => {
  const dir = tmpdir({ 'a.slcfg': EXPOSED });
  const r = slguard(['check', 'a.slcfg'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.match(r.out, /^a\.slcfg:6:1: error SL202 /m);
  assert.match(r.out, /^\d+ problems? \(\d+ errors?, .*\) in 1 file\.$/m);
});

test('json format: an array of findings with 1-based positions', () => {
  const dir = tmpdir({ 'a.slcfg': EXPOSED });
  const rows = JSON.parse(slguard(['check', '--format', 'json', 'a.slcfg'], { cwd: dir }).out);
  const row = rows.find((x: { rule: string }) => x.rule === 'SL202');
  assert.deepEqual(row && Object.keys(row).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
  assert.deepEqual([row.file, row.line, row.column, row.endLine, row.endColumn, row.severity], ['a.slcfg', 6, 1, 6, 19, 'error']);
});

test('sarif format: one run, every rule in the driver, regions 1-based, suppressed findings listed', () => {
  const src = EXPOSED + '; slguard-disable-next-line SL207 -- lab\nupnp = on\n';
  const dir = tmpdir({ 'sub/a.slcfg': src });
  const log = JSON.parse(slguard(['check', '--format=sarif', 'sub'], { cwd: dir }).out);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'slguard');
  for (const id of ['SL001', 'SL010', 'SL101', 'SL209', 'SL305', 'SL405']) {
    const rule = driver.rules.find((r: { id: string }) => r.id === id);
    assert.ok(rule && rule.name && rule.helpUri && rule.defaultConfiguration.level, id);
  }
  const res = log.runs[0].results;
  const dmz = res.find((r: { ruleId: string }) => r.ruleId === 'SL202');
  assert.equal(dmz.locations[0].physicalLocation.artifactLocation.uri, 'sub/a.slcfg');
  assert.deepEqual(dmz.locations[0].physicalLocation.region, { startLine: 6, startColumn: 1, endLine: 6, endColumn: 19 });
  const upnp = res.find((r: { ruleId: string }) => r.ruleId === 'SL207');
  assert.deepEqual(upnp.suppressions, [{ kind: 'inSource', justification: 'lab' }]);
  const hint = res.find((r: { level: string; properties?: { severity?: string } }) => r.properties?.severity === 'hint');
  assert.ok(!hint || hint.level === 'note');
});

test('--fail-on sets the threshold; none never fails', () => {
  const dir = tmpdir({ 'a.slcfg': CLEAN });
  assert.equal(slguard(['check', 'a.slcfg'], { cwd: dir }).code, 0); // only a hint (SL005)
  assert.equal(slguard(['check', '--fail-on', 'hint', 'a.slcfg'], { cwd: dir }).code, 1);
  assert.equal(slguard(['check', '--fail-on', 'none'], { cwd: tmpdir({ 'a.slcfg': EXPOSED }) }).code, 0);
});

test('no PATH checks the current folder recursively; - reads standard input', () => {
  const dir = tmpdir({ 'x/one.slcfg': EXPOSED, 'x/y/two.slcfg': EXPOSED, 'notes.txt': 'no' });
  const r = slguard(['check', '--format', 'json'], { cwd: dir });
  assert.deepEqual([...new Set(JSON.parse(r.out).map((x: { file: string }) => x.file))], ['x/one.slcfg', 'x/y/two.slcfg']);
  const s = slguard(['check', '-', '--format', 'json'], { input: EXPOSED });
  assert.ok(JSON.parse(s.out).some((x: { file: string; rule: string }) => x.file === '<stdin>' && x.rule === 'SL202'));
});

test('--output writes the report to a file', () => {
  const dir = tmpdir({ 'a.slcfg': EXPOSED });
  const r = slguard(['check', 'a.slcfg', '--format', 'sarif', '--output', 'report.sarif'], { cwd: dir });
  assert.equal(r.out, '');
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version, '2.1.0');
});

test('--no-inline-config ignores suppressions', () => {
  const dir = tmpdir({ 'a.slcfg': '[site]\nmodel = SL2100\n[router]\n; slguard-disable-next-line SL207 -- lab\nupnp = on\n' });
  const rules = (args: string[]) => JSON.parse(slguard(['check', '--format', 'json', ...args, 'a.slcfg'], { cwd: dir }).out).map((x: { rule: string }) => x.rule);
  assert.ok(!rules([]).includes('SL207'));
  assert.ok(rules(['--no-inline-config']).includes('SL207'));
});

test('.slguard.json at the root of the folder checked, or --config, sets severities; bad entries are reported', () => {
  const dir = tmpdir({ 'site/a.slcfg': EXPOSED, 'site/.slguard.json': '{"rules": {"SL202": "off", "SL777": "error"}}', 'other.json': '{"rules": {"SL202": "hint"}}' });
  const r = slguard(['check', '--format', 'json', 'site'], { cwd: dir });
  assert.ok(!JSON.parse(r.out).some((x: { rule: string }) => x.rule === 'SL202'));
  assert.match(r.err, /SL777/);
  assert.notEqual(r.code, 2, 'a bad entry in the settings file is a warning, not a failure');
  const c = slguard(['check', '--format', 'json', '--config', 'other.json', 'site'], { cwd: dir });
  assert.equal(JSON.parse(c.out).find((x: { rule: string }) => x.rule === 'SL202').severity, 'hint');
  const bad = slguard(['check', '--config', 'missing.json', 'site'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /missing\.json/);
});

test('usage errors exit 2 with a message; --help exits 0', () => {
  for (const args of [[], ['lint'], ['check', '--format', 'xml'], ['check', '--fail-on', 'loud'], ['check', '--bogus'], ['check', '--output']]) {
    const r = slguard(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^slguard: /);
  }
  assert.equal(slguard(['--help']).code, 0);
});

test('unreadable inputs are named on stderr, exit 2, and the other files are still checked', () => {
  const dir = tmpdir({
    'good.slcfg': EXPOSED,
    'binary.slcfg': Buffer.from([0x5b, 0x73, 0x00, 0x01, 0x02]),
    'latin1.slcfg': Buffer.from('[site]\nname = Caf\xe9\n', 'latin1'),
  });
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  const r = slguard(['check', '--format', 'json', '.', 'missing.slcfg'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.err, /binary\.slcfg: .*binary/);
  assert.doesNotMatch(r.err, /latin1\.slcfg/);
  assert.match(r.err, /missing\.slcfg: no such file/);
  assert.match(r.err, /loop: a link to a folder; links to folders are not followed/);
  const findings = JSON.parse(r.out) as { file: string; rule: string }[];
  assert.ok(findings.some((x) => x.file === 'good.slcfg'));
  // Bytes that are not UTF-8 are read as U+FFFD and reported (SL011); the rest of the file is analysed.
  assert.ok(findings.some((x) => x.file === 'latin1.slcfg' && x.rule === 'SL011'));
});

test('no password, code or other secret from the file appears in text, JSON or SARIF output', () => {
  const secrets = ['4#4#4#4#', '55*55*55', '2222', '13579', 'Qw3rty!pwX', '080808', '1717'];
  const src = ['[site]', 'model = SL2100', 'extensions-in-use = 101-102', '[programs]', '10-46-01 = 1', `90-02-02[2] = ${secrets[0]}`, `90-02-02[3] = ${secrets[1]}`,
    `90-02-03[3] = 3`, `90-02-02[4] = ${secrets[1]}`, `90-02-03[4] = 4`, `90-28-01[150] = ${secrets[2]}`, `25-08-01[1] = ${secrets[3]}`, '15-05-27[101] = 1',
    `84-22-02[1] = ${secrets[4]}`, `10-36-04[0] = ${secrets[4]}`, `90-02-02[5] = ${secrets[6]}a`, '[router]', 'forward tcp 80 to 192.168.0.10',
    '[mailbox 101]', `code = ${secrets[5]}`, '[mailbox 102]', 'code = 12x4', ''].join('\n');
  const dir = tmpdir({ 'a.slcfg': src });
  for (const format of ['text', 'json', 'sarif']) {
    const r = slguard(['check', '--format', format, '--fail-on', 'none', 'a.slcfg'], { cwd: dir });
    assert.equal(r.code, 0);
    for (const s of secrets) assert.ok(!r.out.includes(s) && !r.err.includes(s), `${format} output holds ${s}`);
    assert.ok(!r.out.includes('12x4'));
  }
});
