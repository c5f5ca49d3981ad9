import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { buildReport, compareWith, parsePrevious, PreviousReportError, siteEntry, type ReportData } from '../../../server/src/report/data';
import { renderHtml } from '../../../server/src/report/html';
import { hardened } from '../helpers';
import { CLI, ROOT } from '../repo';

const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, 'report', ...args], { cwd, encoding: 'utf8' });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-report-unit-'));

test('slguard report --format json: every example, worst first, totals that add up, exit status as for check', () => {
  const r = cli(['examples/', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const d = JSON.parse(r.stdout) as ReportData;
  assert.equal(d.format, 'slguard-report');
  assert.deepEqual(d.sites.map((s) => path.basename(s.path)), ['exposed-site-sl2100.slcfg', 'small-hotel-sl2100.slcfg', 'corner-shop-sl1100.slcfg', 'dental-office-sl2100.slcfg']);
  assert.deepEqual(d.sites.map((s) => s.summary.grade), ['F', 'D', 'C', 'C']);
  assert.equal(d.totals.sites, 4);
  assert.deepEqual(d.totals.grades, { A: 0, B: 0, C: 2, D: 1, F: 1 });
  // the same totals as `check`
  const check = spawnSync(process.execPath, [CLI, 'check', 'examples/', '--format', 'json', '--fail-on', 'none'], { cwd: ROOT, encoding: 'utf8' });
  const rows = JSON.parse(check.stdout) as { rule: string; severity: string }[];
  assert.equal(d.totals.counts.error + d.totals.counts.warning + d.totals.counts.information + d.totals.counts.hint, rows.length);
  assert.equal(d.totals.counts.suppressed, 1);
  assert.equal(d.totals.byRule.reduce((n, x) => n + x.count, 0), rows.length);
  assert.deepEqual(Object.values(d.totals.byArea).reduce((a, b) => a + b, 0), rows.length);
  const sl201 = d.totals.byRule.find((x) => x.rule === 'SL201')!;
  assert.deepEqual([sl201.count, sl201.sites, sl201.name, sl201.area], [3, 1, 'maintenance-port-forwarded', 'network']);
  assert.match(sl201.href, /docs\/rules\/SL201\.md$/);
  assert.equal(d.totals.exposed.WebPro, 1);
  assert.equal(d.totals.exposed['SIP trunks'], 2);
  // findings are those of check, 1-based, silenced ones with their reason
  const exposed = d.sites[0];
  assert.deepEqual(exposed.findings.filter((f) => f.suppressed !== undefined).map((f) => [f.rule, f.line, f.suppressed]), [['SL205', 20, 'the SIP trunk provider publishes no fixed source address']]);
  assert.equal(cli(['examples/', '--format', 'json', '--fail-on', 'none']).status, 0);
  assert.equal(cli(['examples/dental-office-sl2100.slcfg', '--format', 'json', '--fail-on', 'warning']).status, 1);
});

test('usage errors and unreadable inputs exit 2', () => {
  assert.equal(cli(['examples/']).status, 2, 'HTML needs --output');
  assert.equal(cli(['examples/', '--format', 'pdf', '--output', 'x']).status, 2);
  assert.equal(cli(['examples/', '--bogus']).status, 2);
  const dir = tmp();
  try {
    const bad = path.join(dir, 'old.json');
    fs.writeFileSync(bad, '[]');
    const r = cli(['examples/', '--output', path.join(dir, 'r.json'), '--previous', bad]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not an SL Guard JSON report/);
    const missing = cli(['examples/', 'no-such-folder', '--output', path.join(dir, 'r.html'), '--fail-on', 'none']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no-such-folder/);
    assert.ok(fs.readFileSync(path.join(dir, 'r.html'), 'utf8').includes('no-such-folder'), 'the page lists what was not checked');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.throws(() => parsePrevious('{'), PreviousReportError);
  assert.throws(() => parsePrevious('{"format":"slguard-report","formatVersion":99,"sites":[]}'), /version 99/);
});

test('--previous: per site what got better or worse, new sites and removed ones', () => {
  const dir = tmp();
  try {
    const sites = path.join(dir, 'sites');
    fs.mkdirSync(sites);
    const exposed = fs.readFileSync(path.join(ROOT, 'examples', 'exposed-site-sl2100.slcfg'), 'utf8');
    const dental = fs.readFileSync(path.join(ROOT, 'examples', 'dental-office-sl2100.slcfg'), 'utf8');
    fs.writeFileSync(path.join(sites, 'a.slcfg'), exposed);
    fs.writeFileSync(path.join(sites, 'b.slcfg'), dental);
    fs.writeFileSync(path.join(sites, 'gone.slcfg'), dental);
    assert.equal(cli(['sites', '--output', 'old.json'], dir).status, 1);
    // a: the DIMM forward removed and a comment line added above everything (lines move); b: a new weak code
    fs.writeFileSync(path.join(sites, 'a.slcfg'), `; moved\n${exposed.replace('forward tcp/udp 5963 to 192.168.0.10 from any\n', '')}`);
    fs.writeFileSync(path.join(sites, 'b.slcfg'), dental.replace('code = 390571', 'code = 1111'));
    fs.rmSync(path.join(sites, 'gone.slcfg'));
    fs.writeFileSync(path.join(sites, 'c.slcfg'), hardened());
    assert.equal(cli(['sites', '--output', 'new.json', '--previous', 'old.json'], dir).status, 1);
    const d = JSON.parse(fs.readFileSync(path.join(dir, 'new.json'), 'utf8')) as ReportData;
    const site = (p: string) => d.sites.find((s) => s.path === p)!;
    const a = site('sites/a.slcfg').change!;
    assert.equal(a.status, 'better');
    assert.deepEqual(a.fixed.map((f) => f.rule), ['SL201']);
    assert.deepEqual(a.added, [], 'moved lines make no finding new');
    assert.equal(a.before!.grade, 'F');
    const b = site('sites/b.slcfg').change!;
    assert.equal(b.status, 'worse');
    assert.deepEqual(b.added.map((f) => f.rule), ['SL404']);
    assert.equal(site('sites/c.slcfg').change!.status, 'new');
    assert.deepEqual(d.previous!.removed, ['sites/gone.slcfg']);
    const html = renderHtml(d);
    assert.match(html, /Since the earlier report/);
    assert.match(html, /sites\/gone\.slcfg/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Every credential of the export is a planted value that appears nowhere else; none may reach the report.
const PLANTED = {
  userName2: 'Qz8!plantA', userName3: 'Wv5%plantB', password2: '7*3#9*0#', password3: '4#6*',
  userPro1: '3*9#41*', userPro2: '#7#', sipUser: 'sipuidX93', sipPassword: 'Kp4#Sip77', sipWeak: '*#*#1',
  disa1: '864209', disa2: '80357', mailboxCode: '730418', notify: '9 011 44 20 7946 0958',
};

test('no credential, user name, SIP user id or dialled number reaches the report, in HTML or JSON', () => {
  const src = hardened({
    programs: [
      `90-02-01[2] = ${PLANTED.userName2}`, `90-02-02[2] = ${PLANTED.password2}`,
      '90-02-03[3] = 3', `90-02-01[3] = ${PLANTED.userName3}`, `90-02-02[3] = ${PLANTED.password3}`,
      `90-28-01[101] = ${PLANTED.userPro1}`, `90-28-01[102] = ${PLANTED.userPro2}`,
      '10-46-01 = 1', '15-05-27[101] = 1', '15-05-27[102] = 2',
      `84-22-01[1] = ${PLANTED.sipUser}`, `84-22-02[1] = ${PLANTED.sipPassword}`, `84-22-02[2] = ${PLANTED.sipWeak}`,
      `25-08-01[1] = ${PLANTED.disa1}`, `25-08-01[2] = ${PLANTED.disa2}`,
    ].join('\n'),
    tail: `[mailbox 102]\ncode = ${PLANTED.mailboxCode}\nnotify = ${PLANTED.notify}`,
  });
  const analysis = analyze(src);
  assert.deepEqual(analysis.findings.filter((f) => f.rule === 'SL004').map((f) => f.span.line + 1), [], 'every planted value is accepted');
  const report = buildReport([siteEntry('site.slcfg', analysis)], { version: 'test', generated: '2026-01-01T00:00:00.000Z' });
  const s = report.sites[0].summary;
  assert.ok(s.credentials.some((c) => c.kind === 'sip-login' && c.state === 'weak'));
  assert.ok(s.credentials.some((c) => c.kind === 'user-pro' && c.state === 'weak'));
  assert.ok(s.credentials.some((c) => c.kind === 'disa' && c.state === 'weak'));
  assert.ok(s.credentials.some((c) => c.kind === 'mailbox-code'));
  assert.equal(s.mailboxes.internationalNotification.length, 1);
  const outputs = { json: JSON.stringify(report), html: renderHtml(report) };
  const digits = PLANTED.notify.replace(/\D/g, '');
  for (const [format, out] of Object.entries(outputs)) {
    for (const [what, value] of Object.entries(PLANTED)) {
      for (const form of new Set([value, value.replace(/&/g, '&amp;')])) assert.ok(!out.includes(form), `${format} holds ${what}`);
    }
    assert.ok(!out.replace(/\D/g, ' ').includes(digits.slice(3)), `${format} holds the dialled number`);
    assert.ok(!out.includes('7946'), `${format} holds part of the dialled number`);
  }
});

test('the HTML page is self-contained: no external URL it would load, a CSP that forbids requests', () => {
  const report = buildReport(['exposed-site-sl2100.slcfg', 'small-hotel-sl2100.slcfg'].map((f) => siteEntry(f, analyze(fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')))), { version: 'test' });
  const html = renderHtml(report);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
  assert.ok(!/<(script|link|img|iframe)[^>]+(src|href)=/i.test(html), 'no loaded resource');
  assert.ok(!/url\(/.test(html), 'no CSS url()');
  assert.ok(!/@import/.test(html));
  // rule links are plain links (only followed when clicked), with the rule id and summary inline
  assert.match(html, /href="https:\/\/github\.com\/slguard\/slguard\/blob\/main\/docs\/rules\/SL201\.md"/);
  assert.match(html, /maintenance-port-forwarded/);
  assert.match(html, /@media print/);
  assert.ok(html.indexOf('Westgate Auto Repair') < html.indexOf('Harbour View Inn'), 'worst first');
  // text from the export is escaped
  const evil = buildReport([siteEntry('<b>x</b>.slcfg', analyze(hardened({ site: 'name = <script>alert(1)</script>' })))], { version: 'test' });
  const out = renderHtml(evil);
  assert.ok(!out.includes('<script>alert(1)'));
  assert.ok(!out.includes('<b>x</b>'));
});

test('lineHref makes line numbers links (the editor), and the report is the same data either way', () => {
  const a = analyze(fs.readFileSync(path.join(ROOT, 'examples', 'dental-office-sl2100.slcfg'), 'utf8'));
  const report = buildReport([siteEntry('d.slcfg', a)], { version: 'test', generated: 'x' });
  const html = renderHtml(report, { lineHref: (p, n) => `command:open?${encodeURIComponent(JSON.stringify([p, n]))}` });
  assert.ok(html.includes(`href="command:open?${encodeURIComponent(JSON.stringify(['d.slcfg', 35]))}"`));
  const again = compareWith(buildReport([siteEntry('d.slcfg', a)], { version: 'test', generated: 'y' }), report);
  assert.equal(again.sites[0].change!.status, 'same');
});
