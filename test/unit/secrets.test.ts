import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkValue, findItem } from '../../server/src/core/catalog';
import { generateMailboxCode, generatePassword, generateUserName, generateUserProPassword } from '../../server/src/core/secrets';
import { allOneCharacter, isDigitRun, isWeakProgrammingPassword } from '../../server/src/core/weak';
import { found, hardened } from './helpers';

const N = 3000;
const accepted = (address: string, v: string) => checkValue(findItem(address)!, v).ok;

test('generated 90-02 passwords: 8 of 0-9 * #, at least one * or #, never weak, over many draws', () => {
  const seen = new Set<string>();
  for (let i = 0; i < N; i++) {
    const p = generatePassword();
    assert.match(p, /^[0-9*#]{8}$/);
    assert.match(p, /[*#]/);
    assert.ok(!isWeakProgrammingPassword(p), p);
    assert.ok(accepted('90-02-02', p));
    seen.add(p);
  }
  assert.ok(seen.size > N * 0.99, 'values repeat: the source is not random');
});

test('generated 90-02 user names: 10 printable characters the format reads back unchanged', () => {
  for (let i = 0; i < N; i++) {
    const n = generateUserName();
    assert.equal(n.length, 10);
    assert.ok(accepted('90-02-01', n));
    assert.match(n, /^[A-Za-z][\x21-\x7e]{9}$/);
    assert.ok(!/["\s]/.test(n));
  }
});

test('generated User Pro passwords and mailbox codes are never weak', () => {
  for (let i = 0; i < N; i++) {
    const u = generateUserProPassword();
    assert.ok(accepted('90-28-01', u) && u.length === 8 && !allOneCharacter(u) && !isDigitRun(u), u);
    const c = generateMailboxCode();
    assert.match(c, /^\d{6}$/);
    assert.ok(!allOneCharacter(c) && !isDigitRun(c), c);
  }
});

test('generated credentials written into an export give no finding', () => {
  for (let i = 0; i < 200; i++) {
    const src = hardened({ programs: `90-02-01[2] = ${generateUserName()}\n90-02-02[2] = ${generatePassword()}\n90-28-01[101] = ${generateUserProPassword()}`, tail: `[mailbox 101]\ncode = ${generateMailboxCode()}` });
    assert.deepEqual(found(src).filter((s) => !s.startsWith('SL005') && !s.startsWith('SL006')), []);
  }
});
