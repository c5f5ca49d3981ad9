// The server against a broken or hostile client: a URI with a bad percent-escape, a file name made to be
// long or to hold control characters, and broken message framing (the server must exit so that the client
// restarts it, not stay alive and deaf).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { SERVER, TestClient, withTimeout } from './client';

/** More problems than the editor is sent (MAX_DIAGNOSTICS = 10,000): 10,200 syntax errors. */
const MANY = `[site]\nmodel = SL2100\n[programs]\n${'not a program line\n'.repeat(10_200)}`;

describe('the 10,000-problems notice', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(); });
  after(async () => { await c?.stop(); });

  async function openMany(uri: string): Promise<{ count: number; notice: string }> {
    const before = c.shown.length;
    const got = c.diagnostics(uri);
    await c.open(uri, MANY);
    const { diagnostics } = await got;
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const notices = c.shown.slice(before);
    assert.equal(notices.length, 1);
    await c.close(uri);
    return { count: diagnostics.length, notice: notices[0].message };
  }

  test('a file URI with a bad percent-escape still gets its diagnostics and the notice', async () => {
    const { count, notice } = await openMany('file:///tmp/a%zz.slcfg');
    assert.equal(count, 10_000);
    assert.match(notice, /problems in a%zz\.slcfg;/);
  });

  test('the notice names the file only: short, with control characters escaped', async () => {
    const long = await openMany(`file:///tmp/${'n'.repeat(5000)}.slcfg`);
    assert.ok(long.notice.length <= 300, `${long.notice.length} characters`);
    assert.match(long.notice, /n…/);
    const ctl = await openMany('file:///tmp/x%0A%1B%5B31mred.slcfg');
    assert.ok(!/[\u0000-\u001f\u007f]/.test(ctl.notice), JSON.stringify(ctl.notice));
    assert.match(ctl.notice, /x\\n\\u001b\[31mred\.slcfg/);
  });
});

describe('broken framing', () => {
  /** Starts the server on stdio, writes `bytes` and resolves with its exit code (or rejects after 10 s). */
  async function exitAfter(bytes: string | Buffer): Promise<number | null> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdout.resume();
    child.stderr.resume();
    child.stdin.on('error', () => {});
    if (bytes.length) child.stdin.write(bytes);
    else child.stdin.end();
    try {
      return await withTimeout(exited, 10_000, 'the server to exit');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }

  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const cases: [string, string | Buffer][] = [
    ['a header without Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`],
    ['a Content-Length that is not a number', `Content-Length: lots\r\n\r\n${body}`],
    ['garbage instead of a header', 'this is not a language server message\r\n\r\n'],
    ['a body that is not JSON', 'Content-Length: 12\r\n\r\n{not json!!}'],
  ];
  test('the end of standard input without a shutdown request: the server exits with status 1', async () => {
    assert.equal(await exitAfter(''), 1);
  });

  for (const [what, bytes] of cases) {
    test(`${what}: the server exits with a non-zero status`, async () => {
      const code = await exitAfter(bytes);
      assert.ok(code !== 0 && code !== null, `exit code ${code}`);
    });
  }
});
