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

describe('texts the editor sends that are not plain exports', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(); });
  after(async () => { await c?.stop(); });

  test('a text holding NUL is not analysed: exactly one SL001 at line 1 saying it is not a site export', async () => {
    const uri = 'file:///t/binary.slcfg';
    const got = c.diagnostics(uri);
    await c.open(uri, '[site]\nmodel = SL2100\nname = a\u0000b\n[programs]\n90-54-01 = http\n');
    const { diagnostics } = await got;
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'SL001');
    assert.equal(diagnostics[0].severity, 1);
    assert.equal(diagnostics[0].range.start.line, 0);
    assert.match(diagnostics[0].message, /not a site export/);
    await c.close(uri);
  });

  test('a text starting with a byte-order mark: first-line ranges count the BOM as a character (as LSP does)', async () => {
    const text = '[sitex]\nmodel = SL2100\n[programs]\n90-54-01 = http\n';
    const plain = 'file:///t/plain.slcfg';
    const bom = 'file:///t/bom.slcfg';
    const got = { plain: c.diagnostics(plain), bom: c.diagnostics(bom) };
    await Promise.all([c.open(plain, text), c.open(bom, `\uFEFF${text}`)]);
    const p = (await got.plain).diagnostics;
    const b = (await got.bom).diagnostics;
    const shifted = p.map((d) => (d.range.start.line === 0
      ? { ...d.range, start: { line: 0, character: d.range.start.character + 1 }, end: { line: d.range.end.line, character: d.range.end.character + 1 } }
      : d.range));
    assert.ok(p.some((d) => d.code === 'SL002' && d.range.start.line === 0), 'the unknown section [sitex] is on line 1');
    assert.deepEqual(b.map((d) => d.code), p.map((d) => d.code));
    assert.deepEqual(b.map((d) => d.range), shifted);
    const sl002 = b.find((d) => d.code === 'SL002')!;
    assert.deepEqual(sl002.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 8 } }, 'the header after the BOM: characters 1-8');
    await Promise.all([c.close(plain), c.close(bom)]);
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
