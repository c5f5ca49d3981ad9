// The commands of package.json `bin` as a shell runs them once installed: through a link named after the
// command (what npm puts in node_modules/.bin), so the shebang and the file mode are exercised, not `node x.js`.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseLaunch } from '../../../server/src/lsp/launch';
import { ROOT } from '../repo';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

interface Run { code: number | null; stdout: string; stderr: string }

function run(file: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 10_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const STACK = /^\s+at /m;

describe('installed commands', () => {
  let bin: string;
  before(() => {
    bin = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-bin-'));
    for (const [name, target] of Object.entries(pkg.bin)) fs.symlinkSync(path.join(ROOT, target), path.join(bin, name));
  });
  after(() => fs.rmSync(bin, { recursive: true, force: true }));

  for (const name of ['slguard', 'slguard-language-server']) {
    test(`${name}: a node shebang and an executable file`, () => {
      const file = path.join(ROOT, pkg.bin[name]);
      assert.equal(fs.readFileSync(file, 'utf8').split('\n', 1)[0], '#!/usr/bin/env node');
      assert.ok((fs.statSync(file).mode & 0o111) === 0o111, 'executable by everyone');
    });
  }

  test('slguard-language-server --version prints the version and exits 0', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run(path.join(bin, 'slguard-language-server'), [flag]);
      assert.deepEqual(r, { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  test('slguard-language-server --help prints the usage and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run(path.join(bin, 'slguard-language-server'), [flag]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Usage: slguard-language-server --stdio/);
      assert.ok(!STACK.test(r.stdout) && r.stderr === '');
    }
  });

  test('slguard-language-server with no transport or a bad argument: a usage message, exit 2, no stack trace', async () => {
    for (const args of [[], ['--bogus'], ['--socket'], ['--socket=http'], ['--stdio', '--node-ipc']]) {
      const r = await run(path.join(bin, 'slguard-language-server'), args);
      assert.equal(r.code, 2, JSON.stringify(args));
      assert.match(r.stderr, /^slguard-language-server: .+\n\nUsage: /, JSON.stringify(args));
      assert.ok(!STACK.test(r.stderr), r.stderr);
      assert.equal(r.stdout, '');
    }
  });

  test('slguard --version runs through its link too', async () => {
    const r = await run(path.join(bin, 'slguard'), ['--version']);
    assert.deepEqual(r, { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

test('the transports the server accepts', () => {
  assert.deepEqual(parseLaunch(['--stdio']), { kind: 'serve', transport: { kind: 'stdio' } });
  assert.deepEqual(parseLaunch(['--node-ipc', '--clientProcessId=42']), { kind: 'serve', transport: { kind: 'node-ipc' } });
  assert.deepEqual(parseLaunch(['--clientProcessId', '42', '--node-ipc']), { kind: 'serve', transport: { kind: 'node-ipc' } });
  assert.deepEqual(parseLaunch(['--socket=5007']), { kind: 'serve', transport: { kind: 'socket', port: 5007 } });
  assert.deepEqual(parseLaunch(['--socket', '5007']), { kind: 'serve', transport: { kind: 'socket', port: 5007 } });
  assert.deepEqual(parseLaunch(['--pipe=/tmp/x.sock']), { kind: 'serve', transport: { kind: 'pipe', name: '/tmp/x.sock' } });
  assert.equal(parseLaunch(['--stdio', '--help']).kind, 'help');
  assert.equal(parseLaunch(['--socket=0']).kind, 'usage');
  assert.equal(parseLaunch(['--socket=70000']).kind, 'usage');
});
