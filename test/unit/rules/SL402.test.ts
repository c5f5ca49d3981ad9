import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { applyEdits, buildFix } from '../../../server/src/core/fixes';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

test('SL402 fires at a 47-02-01 line that makes a personal mailbox for no extension in use, even with the factory value', () => {
  const src = hardened({ programs: '47-02-01[10] = 1' });
  assert.deepEqual(foundRule('SL402', src), [`SL402@${lineOf(src, '47-02-01[10] = 1')}`]);
  const [f] = ofRule('SL402', src);
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /Mailbox 110 is a personal mailbox of no extension in use/);
  assert.deepEqual(f.fix, { kind: 'set-program', address: '47-02-01', index: '10', value: '0', line: lineOf(src, '47-02-01[10] = 1') - 1 });
});

test('SL402 points at the later of the 47-02-01 and 47-02-02 lines', () => {
  const later02 = hardened({ programs: '47-02-01[10] = 1\n47-02-02[10] = 555' });
  assert.deepEqual(foundRule('SL402', later02), [`SL402@${lineOf(later02, '47-02-02[10] = 555')}`]);
  assert.deepEqual(ofRule('SL402', later02)[0].fix, { kind: 'set-program', address: '47-02-01', index: '10', value: '0' });
  const later01 = hardened({ programs: '47-02-02[10] = 555\n47-02-01[10] = 1' });
  assert.deepEqual(foundRule('SL402', later01), [`SL402@${lineOf(later01, '47-02-01[10] = 1')}`]);
});

test('SL402 from defaults: one finding at the model line listing the mailboxes, with a fix for the slots', () => {
  const src = hardened().replace('47-02-01[5-64] = 0\n', '');
  assert.deepEqual(foundRule('SL402', src), ['SL402@2']);
  const [f] = ofRule('SL402', src);
  assert.match(f.message, /Mailboxes 105-164 are personal mailboxes/);
  assert.equal(f.related?.[0].message, 'mailbox 105');
  assert.deepEqual(f.fix, { kind: 'set-program', address: '47-02-01', index: '5-64', value: '0' });
  const a = analyze(src);
  assert.deepEqual(foundRule('SL402', applyEdits(src, buildFix(a, f.fix!, '\n')!.edits)), []);
});

test('SL402: a range line gives one finding; the fix covers the first run of slots when they are split', () => {
  const src = hardened({ site: 'extensions-in-use = 101-104, 110', programs: '47-02-01[5-64] = 1' });
  assert.deepEqual(foundRule('SL402', src), [`SL402@${lineOf(src, '47-02-01[5-64] = 1')}`]);
  const [f] = ofRule('SL402', src);
  assert.match(f.message, /105-109, 111-164/);
  assert.doesNotMatch(f.message, /110/);
  assert.deepEqual(f.fix, { kind: 'set-program', address: '47-02-01', index: '5-9', value: '0' });
});

test('SL402 does not fire for group mailboxes, mailboxes in use, or when extensions-in-use is not declared', () => {
  assert.deepEqual(foundRule('SL402', hardened({ programs: '47-02-01[10] = 2' })), []);
  assert.deepEqual(foundRule('SL402', hardened({ site: 'extensions-in-use = 101-104, 110', programs: '47-02-01[10] = 1' })), []);
  assert.deepEqual(foundRule('SL402', '[site]\nmodel = SL2100\n'), []);
});
