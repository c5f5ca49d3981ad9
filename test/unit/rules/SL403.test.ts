import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

test('SL403 fires (error) at a find-me value that dials abroad after the trunk access code, without echoing it', () => {
  const line = 'find-me = 9-011-44-20-7946-0958';
  const src = hardened({ tail: `[mailbox 102]\n${line}` });
  assert.deepEqual(foundRule('SL403', src), [`SL403@${lineOf(src, line)}`]);
  const [f] = ofRule('SL403', src);
  assert.equal(f.severity, 'error');
  assert.equal(f.span.start, 'find-me = '.length);
  assert.deepEqual(f.fix, { kind: 'delete-line', line: lineOf(src, line) - 1 });
  assert.ok(!/7946|0958|011/.test(f.message));
});

test('SL403: notify without the trunk access code, blanks, commas and dashes removed', () => {
  const src = hardened({ site: 'international-prefix = 011, 00', tail: '[mailbox 103]\nnotify = 0, 0 44-20 7946 0958' });
  assert.deepEqual(foundRule('SL403', src), [`SL403@${lineOf(src, 'notify = 0, 0 44-20 7946 0958')}`]);
});

test('SL403 drops the trunk access code only once, and follows trunk-access-code', () => {
  assert.deepEqual(foundRule('SL403', hardened({ tail: '[mailbox 102]\nnotify = 9 9 011 44 20 7946 0958' })), []);
  assert.equal(foundRule('SL403', hardened({ site: 'trunk-access-code = 8', tail: '[mailbox 102]\nnotify = 8 011 44 20 7946 0958' })).length, 1);
  assert.deepEqual(foundRule('SL403', hardened({ site: 'trunk-access-code = 8', tail: '[mailbox 102]\nnotify = 9 011 44 20 7946 0958' })), []);
});

test('SL403 does not fire for a domestic number or an empty value', () => {
  assert.deepEqual(foundRule('SL403', hardened({ tail: '[mailbox 102]\nnotify = 9 1 555 867 5309\nfind-me =' })), []);
});

test('SL403 applies to every existing mailbox, in use or not, and to each find-me line', () => {
  const src = hardened({ programs: '47-02-01[20] = 1', tail: '[mailbox 120]\ncode = 602714\nfind-me = 9 011 33 1 2345 6789\nfind-me = 9 011 49 30 1234 5678' });
  assert.deepEqual(foundRule('SL403', src), [`SL403@${lineOf(src, 'find-me = 9 011 33 1 2345 6789')}`, `SL403@${lineOf(src, 'find-me = 9 011 49 30 1234 5678')}`]);
});

test('SL403 ignores a section of a mailbox that does not exist (SL007)', () => {
  const src = hardened({ tail: '[mailbox 180]\nnotify = 9 011 44 20 7946 0958' });
  assert.equal(foundRule('SL007', src).length, 1);
  assert.deepEqual(foundRule('SL403', src), []);
});
