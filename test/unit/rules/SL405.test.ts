import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

test('SL405 fires (error) at the notify value of a mailbox whose code is none; the fix replaces that code line', () => {
  const src = hardened({ tail: '[mailbox 104]\ncode = none\nnotify = 9 555 0100' });
  assert.deepEqual(foundRule('SL405', src), [`SL405@${lineOf(src, 'notify = 9 555 0100')}`]);
  const [f] = ofRule('SL405', src);
  assert.equal(f.severity, 'error');
  assert.equal(f.span.start, 'notify = '.length);
  assert.ok(!f.message.includes('555'));
  assert.deepEqual(f.fix, { kind: 'mailbox-code', mailboxes: ['104'], line: lineOf(src, 'code = none') - 1 });
});

test('SL405 fires at each find-me of a mailbox with no code line, in use or not', () => {
  const src = hardened({ programs: '47-02-01[30] = 1', tail: '[mailbox 130]\nfind-me = 9 555 0100\nfind-me = 9 555 0101' });
  assert.deepEqual(foundRule('SL405', src), [`SL405@${lineOf(src, 'find-me = 9 555 0100')}`, `SL405@${lineOf(src, 'find-me = 9 555 0101')}`]);
  assert.deepEqual(ofRule('SL405', src)[0].fix, { kind: 'mailbox-code', mailboxes: ['130'] });
});

test('SL405 does not fire when the mailbox has a code, or for an empty notify', () => {
  assert.deepEqual(foundRule('SL405', hardened({ tail: '[mailbox 104]\nnotify = 9 555 0100' })), []);
  assert.deepEqual(foundRule('SL405', hardened({ tail: '[mailbox 104]\ncode = none\nnotify =' })), []);
});
