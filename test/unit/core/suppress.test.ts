import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, hardened, lint } from '../helpers';

const forward = 'forward udp 5060 to 192.168.1.20';

test('disable-next-line silences the listed rule on the next line that is neither blank nor a comment', () => {
  const src = hardened({ router: `; slguard-disable-next-line SL205 -- provider has no fixed address\n\n# another comment\n${forward}` });
  const all = lint(src).filter((f) => f.rule === 'SL205');
  assert.equal(all.length, 1);
  assert.deepEqual(all[0].suppressed?.justification, 'provider has no fixed address');
  assert.deepEqual(found(src), []);
});

test('disable silences a rule in the whole file', () => {
  const src = hardened({ router: `${forward}\nforward udp 5070 to 192.168.1.20`, tail: '; slguard-disable SL205 -- SIP provider without fixed addresses' });
  assert.equal(lint(src).filter((f) => f.rule === 'SL205' && f.suppressed).length, 2);
  assert.deepEqual(found(src), []);
});

test('SL008 for a suppression without a reason (it still works); SL009 for one that silences nothing', () => {
  const src = hardened({ router: `; slguard-disable-next-line SL205\n${forward}\n; slguard-disable-next-line SL201 -- nothing here\nwan = 203.0.113.7` });
  const lines = src.split('\n');
  const first = lines.indexOf('; slguard-disable-next-line SL205') + 1;
  const second = lines.indexOf('; slguard-disable-next-line SL201 -- nothing here') + 1;
  assert.deepEqual(found(src), [`SL008@${first}`, `SL009@${second}`]);
});

test('SL009 once per unused rule id, for unknown ids, for SL008/SL009 and for an empty list', () => {
  const src = hardened({ tail: '; slguard-disable SL201, SL999, SL008 -- x\n; slguard-disable -- no rules' });
  const f = lint(src).filter((x) => x.rule === 'SL009');
  assert.equal(f.length, 4);
});

test('a rule set to off makes no suppression unused', () => {
  const src = hardened({ tail: '; slguard-disable SL201 -- not forwarded here' });
  assert.equal(found(src, { severities: { SL201: 'off' } }).length, 0);
});

test('--no-inline-config: suppressions silence nothing and SL008/SL009 are not reported', () => {
  const src = hardened({ router: `; slguard-disable-next-line SL205\n${forward}` });
  assert.deepEqual(found(src, { inlineConfig: false }).map((s) => s.split('@')[0]), ['SL205']);
});

test('a disable-next-line above the model line silences findings from defaults', () => {
  const src = '[site]\n; slguard-disable-next-line SL101, SL102, SL103, SL301, SL401 -- lab unit, never connected\nmodel = SL1100\n';
  assert.deepEqual(found(src), []);
});
