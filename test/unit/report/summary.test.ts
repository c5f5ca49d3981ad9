import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { compareSites, gradeOf, headline, summarize, type SiteSummary } from '../../../server/src/core/summary';
import { hardened } from '../helpers';
import { ROOT } from '../repo';

const example = (name: string): SiteSummary => summarize(analyze(fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8')));
const cred = (s: SiteSummary, subject: string) => s.credentials.find((c) => c.subject === subject);

test('exposed site: every maintenance service reachable, forwards with the service they reach and their source, grade F', () => {
  const s = example('exposed-site-sl2100.slcfg');
  assert.deepEqual(s.exposure.exposed, ['WebPro', 'PCPro', 'DIMM', 'SIP trunks', 'SIP phones (third-party)', 'SIP phones (NEC)']);
  assert.equal(s.exposure.dmz, true);
  assert.equal(s.exposure.upnp, true);
  assert.equal(s.exposure.publicAddress, false);
  assert.deepEqual(s.exposure.forwards.map((f) => [f.line, f.reaches, f.sources, f.open]), [
    [20, ['SIP trunks'], ['any'], true],
    [21, ['WebPro'], ['any'], true],
    [22, ['PCPro', 'other'], ['any'], true],
    [23, ['DIMM'], ['any'], true],
    [24, ['other'], ['any'], true],
  ]);
  assert.ok(s.exposure.services.find((x) => x.service === 'WebPro')!.via.includes('DMZ (line 18)'));
  assert.equal(s.grade, 'F');
  assert.equal(s.score, 0);
  assert.match(headline(s), /^exposed: WebPro, PCPro, DIMM, SIP · 10 errors, 13 warnings · grade F$/);
});

test('exposed site: credentials by state, toll coverage per mode, mailboxes, the suppression with its reason', () => {
  const s = example('exposed-site-sl2100.slcfg');
  assert.deepEqual(s.credentials.map((c) => [c.subject, c.state]), [['user 2 (IN)', 'factory'], ['user 3 (SA)', 'factory'], ['user 4 (SB)', 'factory'], ['DISA user 2', 'weak']]);
  assert.deepEqual(cred(s, 'user 2 (IN)')!.rules, ['SL101', 'SL103']);
  assert.equal(cred(s, 'user 2 (IN)')!.line, 10);
  assert.deepEqual(cred(s, 'DISA user 2')!.rules, ['SL303', 'SL305']);
  assert.equal(s.tolls.extensionsDeclared, false);
  assert.equal(s.tolls.covered, false);
  for (const m of s.tolls.modes) {
    assert.equal(m.voicemailPorts, '213-228');
    assert.deepEqual(m.disaUsers, [2]);
  }
  assert.deepEqual(s.tolls.unrestrictedClassesInUse, [2]);
  assert.equal(s.mailboxes.withoutCode.length, 64);
  assert.equal(s.mailboxes.unused, null);
  assert.deepEqual(s.mailboxes.internationalNotification, [{ mailbox: '101', key: 'find-me', line: 27 }]);
  assert.deepEqual(s.suppressions, [{ line: 19, scope: 'next-line', rules: ['SL205'], reason: 'the SIP trunk provider publishes no fixed source address', silenced: 1 }]);
  assert.equal(s.counts.suppressed, 1);
  assert.equal(s.byRule.SL205, undefined, 'a silenced finding is not counted');
  assert.deepEqual(s.byArea, { syntax: 0, access: 4, network: 10, toll: 6, voicemail: 4 });
});

test('small hotel: shared 90-02 password, User Pro of an extension not in use, voicemail ports unrestricted in every mode', () => {
  const s = example('small-hotel-sl2100.slcfg');
  assert.equal(cred(s, 'user 2 (IN)')!.state, 'shared');
  assert.equal(cred(s, 'user 3 (SA)')!.state, 'shared');
  assert.deepEqual(cred(s, 'user 3 (SA)')!.rules, ['SL105']);
  assert.equal(cred(s, 'user 4 (SB)')!.state, 'factory');
  const up = s.credentials.filter((c) => c.kind === 'user-pro');
  assert.deepEqual(up.map((c) => [c.subject, c.state, c.note ?? null]), [['extension 200', 'fine', null], ['extension 300', 'weak', 'set for extensions not in use (300)']]);
  assert.ok(s.tolls.modes.every((m) => m.voicemailPorts === '213-216' && m.extensionCount === 0));
  assert.deepEqual(s.exposure.exposed, ['SIP trunks']);
  assert.deepEqual(s.exposure.forwards.map((f) => [f.line, f.reaches, f.open, f.sources]), [[38, ['SIP trunks'], true, ['any']], [39, ['WebPro'], false, ['198.51.100.77']]]);
  assert.equal(s.mailboxes.withoutCode.length, 24);
  assert.deepEqual(s.mailboxes.unused, []);
  assert.equal(s.grade, 'D');
});

test('dental office and corner shop: weak SIP login and mailbox code, DISA that can dial abroad in every mode', () => {
  const d = example('dental-office-sl2100.slcfg');
  assert.deepEqual(d.credentials.filter((c) => c.state !== 'fine').map((c) => [c.subject, c.state, c.rules]), [
    ['user 3 (SA)', 'weak', ['SL104']], ['SIP login 1 (extension 101)', 'weak', ['SL209']], ['mailbox 102', 'weak', ['SL404']],
  ]);
  assert.equal(d.tolls.covered, true);
  assert.deepEqual(d.mailboxes.withoutCode, ['108']);
  assert.deepEqual(d.exposure.exposed, []);
  assert.equal(d.grade, 'C');
  const c = example('corner-shop-sl1100.slcfg');
  assert.ok(c.tolls.modes.every((m) => m.extensionCount === 0 && m.disaUsers.join() === '1'));
  assert.deepEqual(c.tolls.restrictingClasses, [6]);
  assert.equal(c.exposure.upnp, true);
});

test('a hardened site is A with score 100; worst first puts grade, then score, then errors first', () => {
  const s = summarize(analyze(hardened()));
  assert.equal(s.grade, 'A');
  assert.equal(s.score, 100);
  assert.ok(s.credentials.every((c) => c.state === 'fine'));
  assert.equal(s.tolls.covered, true);
  const sites = ['dental-office-sl2100.slcfg', 'exposed-site-sl2100.slcfg', 'corner-shop-sl1100.slcfg', 'small-hotel-sl2100.slcfg'].map((f) => ({ f, s: example(f) }));
  sites.push({ f: 'hardened', s });
  sites.sort((a, b) => compareSites(a.s, b.s) || (a.f < b.f ? -1 : 1));
  assert.deepEqual(sites.map((x) => x.f), ['exposed-site-sl2100.slcfg', 'small-hotel-sl2100.slcfg', 'corner-shop-sl1100.slcfg', 'dental-office-sl2100.slcfg', 'hardened']);
});

test('grade rule: penalties, the error cap and maintenance exposure', () => {
  const c = (error: number, warning: number, information = 0) => ({ error, warning, information, hint: 7, suppressed: 3 });
  assert.deepEqual([gradeOf(c(0, 0), []).grade, gradeOf(c(0, 2), []).grade, gradeOf(c(0, 3), []).grade, gradeOf(c(0, 10), []).grade, gradeOf(c(0, 15), []).grade, gradeOf(c(0, 16), []).grade], ['A', 'A', 'B', 'C', 'D', 'F']);
  assert.equal(gradeOf(c(1, 0), []).grade, 'C');
  assert.equal(gradeOf(c(1, 0), []).score, 80);
  assert.equal(gradeOf(c(0, 0, 3), []).score, 97);
  assert.equal(gradeOf(c(0, 0), ['DIMM']).grade, 'F');
});

test('a maintenance port exposed with its findings silenced or off is still F', () => {
  const src = hardened({ router: '; slguard-disable-next-line SL201 SL203 -- dealer test\nforward tcp 80 to 192.168.1.20' });
  const s = summarize(analyze(src, { severities: { SL201: 'off' } }));
  assert.deepEqual(s.exposure.exposed, ['WebPro']);
  assert.equal(s.grade, 'F');
});
