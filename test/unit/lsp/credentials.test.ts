// slguard/generateCredentials over the protocol: a strong 90-02 name and password, fresh each time, as lines
// that the core accepts; never in a log line.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { ROOT, TestClient } from './client';

// The generators live in server/src/core/secrets.ts, written separately; until it exists the server has no
// generator to call and these tests are skipped (saying so). Once it exists they must pass.
const pending = !fs.existsSync(path.join(ROOT, 'server', 'src', 'core', 'secrets.ts')) && 'server/src/core/secrets.ts does not exist yet';

interface Credentials { user: number; userName: string; password: string; lines: string[] }

describe('slguard/generateCredentials', { skip: pending }, () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(); });
  after(async () => { await c?.stop(); });

  test('a generated installer name and password, ready to insert', async () => {
    const a = await c.request<Credentials>('slguard/generateCredentials', {});
    assert.equal(a.user, 2);
    assert.equal(a.userName.length, 10);
    assert.match(a.password, /^[0-9*#]{8}$/);
    assert.match(a.password, /[*#]/);
    assert.equal(a.lines.length, 2);
    assert.ok(a.lines[0].startsWith('90-02-01[2] = '));
    assert.ok(a.lines[1].startsWith('90-02-02[2] = '));
    // The lines are valid program lines: no syntax, index or value finding on them.
    const text = ['[site]', 'model = SL2100', '', '[programs]', ...a.lines, ''].join('\n');
    const onLines = analyze(text).findings.filter((f) => f.span.line >= 4 && ['SL001', 'SL002', 'SL003', 'SL004'].includes(f.rule));
    assert.deepEqual(onLines, []);
    const b = await c.request<Credentials>('slguard/generateCredentials', { user: 5 });
    assert.equal(b.user, 5);
    assert.ok(b.lines[0].startsWith('90-02-01[5] = '));
    assert.notEqual(b.password + b.userName, a.password + a.userName, 'fresh values each time');
    for (const l of c.logs) assert.ok(!l.message.includes(a.password) && !l.message.includes(a.userName));
  });

  test('a user that cannot be set is refused', async () => {
    for (const user of [1, 9, 2.5, 'two']) {
      await assert.rejects(c.request('slguard/generateCredentials', { user }), (e: { code?: number }) => e.code === -32602, String(user));
    }
    // No params at all is the installer account.
    assert.equal((await c.request<Credentials>('slguard/generateCredentials')).user, 2);
  });
});
