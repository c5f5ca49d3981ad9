// The command line on inputs that are not the user's, or that broke it (issue "Trust first").
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../helpers';
import { CLI } from '../repo';

function slguard(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const EXPOSED = '[site]\nmodel = SL2100\n[programs]\n10-12-01 = 192.168.1.20\n[router]\ndmz = 192.168.1.20\n';

test('a link to a file outside the folder is not read, a link to a folder is not walked; both are named', () => {
  const outside = tempDir('slguard-out-', { 'secret.slcfg': 'x'.repeat(77) + '\n' });
  const dir = tempDir('slguard-cli-', { 'sites/a.slcfg': EXPOSED });
  fs.symlinkSync(path.join(outside, 'secret.slcfg'), path.join(dir, 'sites/x.slcfg'));
  fs.symlinkSync('/', path.join(dir, 'sites/root'));
  const r = slguard(['check', '--format', 'json', '--fail-on', 'none', 'sites'], dir);
  const files = new Set((JSON.parse(r.out) as { file: string }[]).map((f) => f.file));
  assert.deepEqual([...files], ['sites/a.slcfg']);
  assert.match(r.err, /x\.slcfg/);
  assert.match(r.err, /root: a link to a folder/);
});

test('.slguard.json that is a FIFO or a link to /dev/zero is refused at once, not read', () => {
  for (const make of [(p: string) => spawnSync('mkfifo', [p]), (p: string) => fs.symlinkSync('/dev/zero', p)]) {
    const dir = tempDir('slguard-cli-', { 'a.slcfg': EXPOSED });
    make(path.join(dir, '.slguard.json'));
    const r = slguard(['check', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.slguard\.json/);
    assert.ok(r.err.length < 2000, 'a short message');
  }
});

test('a settings file that is not JSON stops the run before any report', () => {
  const dir = tempDir('slguard-cli-', { 'a.slcfg': EXPOSED, '.slguard.json': '{ nope' });
  const r = slguard(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /\.slguard\.json/);
});

test('--output onto a file being checked is refused; --output "" is a usage error', () => {
  const dir = tempDir('slguard-cli-', { 'a.slcfg': EXPOSED });
  const r = slguard(['check', 'a.slcfg', '--output', 'a.slcfg'], dir);
  assert.equal(r.code, 2);
  assert.equal(fs.readFileSync(path.join(dir, 'a.slcfg'), 'utf8'), EXPOSED, 'the export is untouched');
  assert.equal(slguard(['check', 'a.slcfg', '--output', ''], dir).code, 2);
  assert.equal(slguard(['check', 'a.slcfg', '--output', 'r.txt', '--fail-on', 'none'], dir).code, 0);
  assert.match(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8'), /SL202/);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.slcfg', 'r.txt'], 'no temporary file left behind');
});

test('control characters in file names are escaped in text output and on stderr', () => {
  const dir = tempDir('slguard-cli-', { 'a\nb.slcfg': EXPOSED, 'c\u001b[31m.slcfg': '\0' });
  const r = slguard(['check', '.'], dir);
  assert.ok(!r.out.includes('\u001b') && !r.err.includes('\u001b'), 'no ESC reaches the terminal');
  for (const line of r.out.trim().split('\n').slice(0, -1)) assert.match(line, /^a\\nb\.slcfg:\d+:\d+: /);
});

test('a closed pipe ends the run quietly, without a stack trace', () => {
  const body = Array.from({ length: 3000 }, (_, i) => `forward tcp ${1000 + i} to 192.168.1.20`).join('\n');
  const dir = tempDir('slguard-cli-', { 'a.slcfg': `${EXPOSED}${body}\n` });
  const r = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} check a.slcfg | head -1`], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|at .*\.js:\d+/);
});

test('SARIF: relative URIs against %SRCROOT%, file:// for absolute paths, percent-encoded', () => {
  const dir = tempDir('slguard-cli-', { 'x#1?a:b c.slcfg': EXPOSED });
  const rel = JSON.parse(slguard(['check', '--format', 'sarif', '--fail-on', 'none', 'x#1?a:b c.slcfg'], dir).out);
  const loc = rel.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
  assert.deepEqual(loc, { uri: 'x%231%3Fa%3Ab%20c.slcfg', uriBaseId: '%SRCROOT%' });
  const abs = JSON.parse(slguard(['check', '--format', 'sarif', '--fail-on', 'none', path.join(dir, 'x#1?a:b c.slcfg')], dir).out);
  const uri: string = abs.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.ok(uri.startsWith('file:///') && /\/x%231%3Fa(:|%3A)b%20c\.slcfg$/.test(uri), uri);
});
