import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule, text } from '../helpers';

test('SL302 fires (error) at the 21-04-01 line for the default SL2100 voicemail ports, which are not in use', () => {
  const src = hardened({ programs: '21-04-01[200-230, 1] = 2' });
  assert.deepEqual(foundRule('SL302', src), [`SL302@${lineOf(src, '21-04-01[200-230, 1] = 2')}`]);
  const [f] = ofRule('SL302', src);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /Voicemail ports 213-228 /);
  assert.match(f.message, /mode 1/);
  assert.deepEqual(f.fix, { kind: 'restrict-class', classes: [2], prefixes: ['011'] });
  assert.deepEqual(foundRule('SL301', src), [], 'extensions 200-212 and 229-230 are not in use');
});

test('SL302 from defaults points at the model line (p02: ports left at class 2)', () => {
  const src = text`
    [site]
    name = Bright Smile Dental
    model = SL2100
    extensions-in-use = 101-106
    international-prefix = 011
    [programs]
    21-04-01[101-106, *] = 3
    21-05-01[3] = 1
    21-06-01[1] = 011
  `;
  assert.deepEqual(foundRule('SL302', src), ['SL302@3']);
  const [f] = ofRule('SL302', src);
  assert.deepEqual(f.related?.map((r) => r.message), ['extensions 213-228']);
  assert.deepEqual(foundRule('SL301', src), []);
});

test('SL302 follows voicemail-ports instead of the model default', () => {
  assert.deepEqual(foundRule('SL302', hardened({ site: 'voicemail-ports = 300', programs: '21-04-01[213, 1] = 2' })), []);
  const src = hardened({ site: 'voicemail-ports = 300', programs: '21-04-01[300, 1] = 2' });
  assert.deepEqual(foundRule('SL302', src), [`SL302@${lineOf(src, '21-04-01[300, 1] = 2')}`]);
});

test('SL302 does not fire on an SL1100 (no default voicemail ports) or when the ports class restricts', () => {
  assert.deepEqual(foundRule('SL302', '[site]\nmodel = SL1100\n'), []);
  assert.deepEqual(foundRule('SL302', hardened()), []);
  assert.deepEqual(foundRule('SL302', hardened({ programs: '21-04-01[213-228, *] = 7\n21-05-08[7] = 4\n21-06-07[4, 9] = 011' })), []);
});

test('SL302 reports a voicemail port that is also in use, and SL301 does not', () => {
  const src = hardened({ site: 'extensions-in-use = 101-104, 213', programs: '21-04-01[213, 2] = 2' });
  assert.equal(foundRule('SL302', src).length, 1);
  assert.deepEqual(foundRule('SL301', src), []);
});
