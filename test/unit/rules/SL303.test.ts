import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

test('SL303 fires at the 25-08-01 line when the DISA user keeps the default class', () => {
  const src = hardened({ programs: '25-08-01[3] = 480613' });
  assert.deepEqual(foundRule('SL303', src), [`SL303@${lineOf(src, '25-08-01[3] = 480613')}`]);
  const [f] = ofRule('SL303', src);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /DISA user 3 .*factory toll restriction class 2/);
  assert.doesNotMatch(f.message, /480613/, 'never the password');
  assert.deepEqual(f.fix, { kind: 'restrict-class', classes: [2], prefixes: ['011'] });
});

test('SL303 fires at the 25-11-01 line that assigns an unrestricted class, not at the password', () => {
  const src = hardened({ programs: '25-08-01[3] = 480613\n25-11-01[3, *] = 4' });
  assert.deepEqual(foundRule('SL303', src), [`SL303@${lineOf(src, '25-11-01[3, *] = 4')}`]);
  assert.deepEqual(ofRule('SL303', src)[0].fix, { kind: 'restrict-class', classes: [4], prefixes: ['011'] });
});

test('SL303: one mode left at the default class is enough, at the 25-08-01 line', () => {
  const src = hardened({ programs: '25-08-01[3] = 480613\n25-11-01[3, 1-7] = 3' });
  assert.deepEqual(foundRule('SL303', src), [`SL303@${lineOf(src, '25-08-01[3] = 480613')}`]);
  assert.match(ofRule('SL303', src)[0].message, /mode 8/);
});

test('SL303: one 25-11-01 line for several DISA users gives one finding listing them', () => {
  const src = hardened({ programs: '25-08-01[2-3] = 480613\n25-08-01[9] = 705162\n25-11-01[*, *] = 4' });
  assert.deepEqual(foundRule('SL303', src), [`SL303@${lineOf(src, '25-11-01[*, *] = 4')}`]);
  const [f] = ofRule('SL303', src);
  assert.match(f.message, /DISA users 2-3, 9 /);
  assert.doesNotMatch(f.message, /480613|705162/);
});

test('SL303 does not fire without a DISA password, for a blank one, or for a restricting class', () => {
  assert.deepEqual(foundRule('SL303', hardened({ programs: '25-11-01[3, *] = 4' })), []);
  assert.deepEqual(foundRule('SL303', hardened({ programs: '25-08-01[3] = 480613\n25-08-01[3] =' })), []);
  assert.deepEqual(foundRule('SL303', hardened({ programs: '25-08-01[3] = 480613\n25-11-01[3, *] = 3' })), []);
});
