import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, ofRule } from '../helpers';

test('SL202 fires at the dmz line when the DMZ host is the phone system', () => {
  const src = hardened({ router: 'dmz = 192.168.1.20' });
  const line = src.split('\n').indexOf('dmz = 192.168.1.20') + 1;
  assert.deepEqual(foundRule('SL202', src), [`SL202@${line}`]);
  const [f] = ofRule('SL202', src);
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.fix, { kind: 'delete-line', line: line - 1 });
});

test('SL202 does not fire for a DMZ host that is not the phone system, or dmz = off', () => {
  assert.deepEqual(foundRule('SL202', hardened({ router: 'dmz = 192.168.1.99' })), []);
  assert.deepEqual(foundRule('SL202', hardened({ router: 'dmz = off' })), []);
});

test('SL202 follows the phone system address from its factory default (10-12-01 = 192.168.0.10)', () => {
  const src = hardened({ router: 'dmz = 192.168.0.10' }).replace('10-12-01 = 192.168.1.20\n', '');
  assert.equal(foundRule('SL202', src).length, 1);
});
