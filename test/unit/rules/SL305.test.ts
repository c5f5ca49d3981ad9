import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundRule, hardened, lineOf, ofRule } from '../helpers';

const restricted = '25-11-01[*, *] = 3';

for (const pw of ['2580', '777777', '654321', '345678']) {
  test(`SL305 fires at the 25-08-01 line for a weak password (${pw.length} digits), without echoing it`, () => {
    const line = `25-08-01[3] = ${pw}`;
    const src = hardened({ programs: `${line}\n${restricted}` });
    assert.deepEqual(foundRule('SL305', src), [`SL305@${lineOf(src, line)}`]);
    const [f] = ofRule('SL305', src);
    assert.equal(f.severity, 'warning');
    assert.equal(f.span.start, '25-08-01[3] = '.length);
    assert.match(f.message, /25-08-01\[3\]/);
    assert.ok(!f.message.includes(pw));
  });
}

test('SL305 does not fire for a strong password, a blank one, or a weak one replaced later', () => {
  assert.deepEqual(foundRule('SL305', hardened({ programs: `25-08-01[3] = 480613\n${restricted}` })), []);
  assert.deepEqual(foundRule('SL305', hardened({ programs: `25-08-01[3] =\n${restricted}` })), []);
  assert.deepEqual(foundRule('SL305', hardened({ programs: `25-08-01[3] = 1234\n25-08-01[3] = 480613\n${restricted}` })), []);
});

test('SL305: one range line gives one finding naming the DISA users', () => {
  const src = hardened({ programs: `25-08-01[1-3] = 111111\n${restricted}` });
  assert.deepEqual(foundRule('SL305', src), [`SL305@${lineOf(src, '25-08-01[1-3] = 111111')}`]);
  assert.match(ofRule('SL305', src)[0].message, /DISA users 1-3/);
});
