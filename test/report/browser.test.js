// The report page in a real browser (Debian's Chromium driven by playwright-core): `slguard report examples/`
// opened from file:// shows every example, worst first; the severity and area filters hide rows; no console
// error; the page makes no request but its own file. With SLGUARD_REPORT_SHOT=FILE.png it also writes the
// README screenshot. Needs Chromium (test/e2e/setup.sh installs it; `npm run test:report` calls it when missing).
'use strict';
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test, before, after } = require('node:test');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');
const paths = require('../e2e/paths');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.slcfg')).sort();

let tmp, browser, page, html, json;
const requests = [];
const consoleErrors = [];

function report(args) {
  return spawnSync(process.execPath, [CLI, 'report', ...args], { cwd: ROOT, encoding: 'utf8' });
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-report-'));
  html = path.join(tmp, 'r.html');
  json = path.join(tmp, 'r.json');
  const r = report(['examples/', '--output', html]);
  assert.equal(r.status, 1, `exit status as for check (the examples have errors): ${r.stderr}`);
  assert.equal(report(['examples/', '--output', json]).status, 1);
  browser = await chromium.launch({
    executablePath: paths.chromium, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.on('request', (req) => requests.push(req.url()));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
});

after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('every example is on the page, worst first, in the order of the JSON report', async () => {
  const shown = await page.$$eval('section.site code.sitepath', (els) => els.map((e) => e.textContent));
  assert.deepEqual([...shown].map((p) => path.basename(p)).sort(), EXAMPLES);
  const data = JSON.parse(fs.readFileSync(json, 'utf8'));
  assert.deepEqual(shown, data.sites.map((s) => s.path));
  assert.equal(path.basename(shown[0]), 'exposed-site-sl2100.slcfg');
  const grades = await page.$$eval('section.site', (els) => els.map((e) => e.getAttribute('data-grade')));
  assert.deepEqual(grades, [...grades].sort().reverse(), 'grades from F down to A');
  const listed = await page.$$eval('#sites tbody tr a', (els) => els.map((e) => e.getAttribute('href')));
  assert.deepEqual(listed, shown.map((_, i) => `#site-${i + 1}`));
});

const visible = (sel) => page.$$eval(sel, (els) => els.filter((e) => e.getClientRects().length > 0).length);

test('the severity filter hides rows of that severity and keeps the others', async () => {
  const warnings = await visible('tr.f[data-sev=warning]');
  const errors = await visible('tr.f[data-sev=error]');
  assert.ok(warnings > 0 && errors > 0);
  assert.equal(await visible('tr.f[data-sev=suppressed]'), 0, 'silenced findings are hidden at first');
  await page.uncheck('input[data-filter=sev][value=warning]');
  assert.equal(await visible('tr.f[data-sev=warning]'), 0);
  assert.equal(await visible('tr.f[data-sev=error]'), errors);
  assert.match(await page.textContent('#shown'), new RegExp(`^${(errors + (await visible('tr.f[data-sev=information]')) + (await visible('tr.f[data-sev=hint]')))} of `));
  await page.check('input[data-filter=sev][value=warning]');
  assert.equal(await visible('tr.f[data-sev=warning]'), warnings);
  await page.check('input[data-filter=sev][value=suppressed]');
  assert.equal(await visible('tr.f[data-sev=suppressed]'), 1);
});

test('the area filter hides the rows of that area, and a site left with none says so', async () => {
  const network = await visible('tr.f[data-area=network]');
  assert.ok(network > 0);
  for (const a of ['syntax', 'access', 'network', 'toll']) await page.uncheck(`input[data-filter=area][value=${a}]`);
  assert.equal(await visible('tr.f[data-area=network]'), 0);
  assert.ok(await visible('tr.f[data-area=voicemail]') > 0);
  // the corner shop has no voicemail finding: its table is replaced by a note
  assert.ok(await visible('p.none') >= 1);
  for (const a of ['syntax', 'access', 'network', 'toll']) await page.check(`input[data-filter=area][value=${a}]`);
  assert.equal(await visible('tr.f[data-area=network]'), network);
  assert.equal(await visible('p.none'), 0);
});

test('no console error, and no request but the page itself', async () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual([...new Set(requests)], [pathToFileURL(html).href]);
});

test('screenshot for the README (SLGUARD_REPORT_SHOT=FILE.png)', { skip: !process.env.SLGUARD_REPORT_SHOT }, async () => {
  await page.uncheck('input[data-filter=sev][value=suppressed]');
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = path.resolve(ROOT, process.env.SLGUARD_REPORT_SHOT);
  await page.screenshot({ path: file, type: 'png', fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1180 } });
  assert.ok(fs.statSync(file).size < 200 * 1024);
});
