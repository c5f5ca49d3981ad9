import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule, text } from '../helpers';

test('SL401 fires at the [mailbox N] header of a mailbox in use whose code is none', () => {
  const src = hardened({ site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 1', tail: '[mailbox 105]\ncode = none' });
  assert.deepEqual(foundRule('SL401', src), [`SL401@${lineOf(src, '[mailbox 105]')}`]);
  const [f] = ofRule('SL401', src);
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.span, { line: lineOf(src, '[mailbox 105]') - 1, start: 0, end: '[mailbox 105]'.length });
  assert.deepEqual(f.fix, { kind: 'mailbox-code', mailboxes: ['105'], line: lineOf(src, 'code = none') - 1 });
});

test('SL401 points at the first header when a mailbox has two sections', () => {
  const src = hardened({ site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 1', tail: '[mailbox 105]\nfind-me =\n[mailbox 105]\nfind-me =' });
  assert.deepEqual(foundRule('SL401', src), [`SL401@${lineOf(src, '[mailbox 105]')}`]);
});

test('SL401 without a section: one finding at the model line listing the mailboxes', () => {
  const src = hardened({ site: 'extensions-in-use = 101-104, 105-107, 140', programs: '47-02-01[5-64] = 1' });
  assert.deepEqual(foundRule('SL401', src), ['SL401@2']);
  const [f] = ofRule('SL401', src);
  assert.match(f.message, /Mailboxes 105-107, 140 have no access code/);
  assert.deepEqual(f.related?.map((r) => r.message), ['mailbox 105', 'mailbox 106', 'mailbox 107', 'mailbox 140']);
  assert.deepEqual(f.fix, { kind: 'mailbox-code', mailboxes: ['105', '106', '107', '140'] });
});

test('SL401 covers group mailboxes too', () => {
  const src = hardened({ site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 2', tail: '[mailbox 105]\ncode =' });
  assert.deepEqual(foundRule('SL401', src), [`SL401@${lineOf(src, '[mailbox 105]')}`]);
});

test('SL401 does not fire for a mailbox not in use, a mailbox with a code, or a section for a mailbox that does not exist', () => {
  assert.deepEqual(foundRule('SL401', hardened({ programs: '47-02-01[5] = 1' })), []);
  assert.deepEqual(foundRule('SL401', hardened()), []);
  const src = hardened({ site: 'extensions-in-use = 101-104, 999', tail: '[mailbox 999]\nnotify = 9 555 0100' });
  assert.deepEqual(foundRule('SL007', src), [`SL007@${lineOf(src, '[mailbox 999]')}`]);
  assert.deepEqual(foundRule('SL401', src), []);
});

test('SL401 with extensions-in-use undeclared: every mailbox is in use (factory SL1100: 101-164)', () => {
  const f = ofRule('SL401', text`
    ; out of the box
    [site]
    model = SL1100
  `);
  assert.equal(f.length, 1);
  assert.equal(f[0].span.line, 2);
  assert.match(f[0].message, /Mailboxes 101-164 /);
  assert.equal(f[0].related?.length, 50, 'related information is capped');
});
