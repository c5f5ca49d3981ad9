// The server against a broken or hostile client: a URI with a bad percent-escape, a file name made to be
// long or to hold control characters, and broken message framing (the server must exit so that the client
// restarts it, not stay alive and deaf).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './client';

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
