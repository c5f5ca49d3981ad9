import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

for (const [mailbox, code, why] of [['103', '103', 'short'], ['103', '2222', 'all one digit'], ['103', '3456', 'a run'], ['103', '987654', 'a falling run']] as const) {
  test(`SL404 fires at the code value (${why}) without echoing it`, () => {
    const line = `code = ${code}`;
    const src = hardened({ tail: `[mailbox ${mailbox}]\n${line}` });
    assert.deepEqual(foundRule('SL404', src), [`SL404@${lineOf(src, line)}`]);
    const [f] = ofRule('SL404', src);
    assert.equal(f.severity, 'warning');
    assert.equal(f.span.start, 'code = '.length);
    assert.ok(!f.message.includes(code) || code === mailbox, 'the code is never in the message');
    assert.deepEqual(f.fix, { kind: 'mailbox-code', mailboxes: [mailbox], line: lineOf(src, line) - 1 });
  });
}

test('SL404 fires for a code equal to a 4-digit mailbox number', () => {
  const src = hardened({ site: 'extensions-in-use = 101-104, 5821', programs: '47-02-02[5] = 5821\n47-02-01[5] = 1', tail: '[mailbox 5821]\ncode = 5821' });
  assert.deepEqual(foundRule('SL404', src), [`SL404@${lineOf(src, 'code = 5821')}`]);
});

test('SL404 applies to mailboxes not in use too', () => {
  const src = hardened({ programs: '47-02-01[30] = 1', tail: '[mailbox 130]\ncode = 1111' });
  assert.deepEqual(foundRule('SL404', src), [`SL404@${lineOf(src, 'code = 1111')}`]);
});

test('SL404 does not fire for a good code, for no code (SL401), or for an earlier code that a later one replaces', () => {
  assert.deepEqual(foundRule('SL404', hardened({ tail: '[mailbox 103]\ncode = 602714' })), []);
  assert.deepEqual(foundRule('SL404', hardened({ site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 1', tail: '[mailbox 105]\ncode = none' })), []);
  assert.deepEqual(foundRule('SL404', hardened({ tail: '[mailbox 103]\ncode = 1234\ncode = 602714' })), []);
});
