import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSettingsFile } from '../../../server/src/core/settings';
import { found, hardened } from '../helpers';

test('.slguard.json: severities are read; unknown ids, bad values and keys are reported, not ignored', () => {
  const res = parseSettingsFile('{"rules": {"SL205": "off", "sl304": "warning", "SL999": "off", "SL201": "loud"}, "extends": "x"}');
  assert.deepEqual(res.severities, { SL205: 'off', SL304: 'warning' });
  assert.deepEqual(res.problems.map((p) => p.path), ['rules.SL999', 'rules.SL201', 'extends']);
});

test('a settings file that is not JSON is one problem for the whole file', () => {
  const res = parseSettingsFile('{"rules": ');
  assert.equal(res.problems.length, 1);
  assert.equal(res.problems[0].path, '');
});

test('a severity override replaces the default, including both severities of a two-severity rule', () => {
  const src = hardened({ router: 'forward udp 5060 to 192.168.1.20' });
  assert.deepEqual(found(src, { severities: { SL205: 'off' } }), []);
});
