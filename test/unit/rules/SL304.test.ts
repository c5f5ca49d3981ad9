import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

test('SL304 fires (information) at a 20-11-12 line that allows call forward off-premise', () => {
  const src = hardened({ programs: '20-11-12[4] = 1' });
  assert.deepEqual(foundRule('SL304', src), [`SL304@${lineOf(src, '20-11-12[4] = 1')}`]);
  const [f] = ofRule('SL304', src);
  assert.equal(f.severity, 'information');
  assert.match(f.message, /class of service 4 \(20-11-12 = 1\)/);
  assert.equal(f.fix, undefined);
});

test('SL304 fires once at a 14-01-13 range line, naming the trunks', () => {
  const src = hardened({ programs: '14-01-13[1-8] = 1' });
  assert.deepEqual(foundRule('SL304', src), [`SL304@${lineOf(src, '14-01-13[1-8] = 1')}`]);
  assert.match(ofRule('SL304', src)[0].message, /trunks 1-8 \(14-01-13 = 1\)/);
});

test('SL304 reads effective values: a line whose cells are all set back to 0 gives nothing; partly, the rest', () => {
  assert.deepEqual(foundRule('SL304', hardened({ programs: '20-11-12[*] = 1\n20-11-12[*] = 0' })), []);
  const src = hardened({ programs: '20-11-12[1-15] = 1\n20-11-12[1-14] = 0' });
  assert.deepEqual(foundRule('SL304', src), [`SL304@${lineOf(src, '20-11-12[1-15] = 1')}`]);
  assert.match(ofRule('SL304', src)[0].message, /class of service 15 /);
});

test('SL304 does not fire for 0 (the default) or for the transfer restriction item 20-11-14', () => {
  assert.deepEqual(foundRule('SL304', hardened({ programs: '20-11-12[4] = 0\n14-01-13[*] = 0' })), []);
  assert.deepEqual(foundRule('SL304', hardened({ programs: '20-11-14[4] = 1' })), []);
});
