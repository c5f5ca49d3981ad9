#!/usr/bin/env node
// The UI check, as a technician sees it: code-server (real VS Code) in headless Chromium, the extension loaded
// from this tree; open an export, see the squiggle and the Problems row, hover a program address, open the
// quick-fix menu with Ctrl+., apply the fix, see the text change; then kill the language server and see the
// notification that it was restarted, and the squiggles back. Screenshots go to docs/images/ (or $SHOTS); with
// --check (as in `npm run test:e2e`) they go to a temporary folder that is kept only when the check fails.
// Waits on elements, never on time. Needs test/e2e/setup.sh and `npm run build`.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const paths = require('./paths');
const { languageServers } = require('./procs');

const ROOT = path.resolve(__dirname, '../..');
const tempShots = process.argv.includes('--check') && !process.env.SHOTS;
const SHOTS = tempShots ? fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-ui-shots-')) : process.env.SHOTS || path.join(ROOT, 'docs', 'images');
const EXPORT = [
  '; Harbour Dental - before the visit', '[site]', 'model = SL2100', 'extensions-in-use = 101-104', 'international-prefix = 011', '',
  '[programs]', '10-12-01 = 192.168.1.20', '90-02-01[2] = hd-inst42', '90-02-02[2] = 5#82*917', '90-02-03[3-4] = 0',
  '21-04-01[*, *] = 3', '21-05-01[3] = 1', '21-06-01[1] = 011', '47-02-01[5-64] = 0', '',
  '[router]', 'wan = 203.0.113.7', 'dmz = 192.168.1.20', '',
  '[mailbox 101]', 'code = 480613', '[mailbox 102]', 'code = 730215', '[mailbox 103]', 'code = 592048', '[mailbox 104]', 'code = 615937', '',
].join('\n');

const freePort = () => new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

(async () => {
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-ui-'));
  const ws = path.join(run, 'ws');
  fs.mkdirSync(ws);
  fs.writeFileSync(path.join(ws, 'harbour-dental.slcfg'), EXPORT);
  const user = path.join(run, 'user');
  fs.mkdirSync(path.join(user, 'User'), { recursive: true });
  fs.writeFileSync(path.join(user, 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'workbench.colorTheme': 'Default Dark Modern' }));
  fs.writeFileSync(path.join(run, 'cs.yaml'), 'auth: none\ncert: false\n');
  const port = await freePort();
  const tmp = path.join(run, 't');
  fs.mkdirSync(tmp);
  const env = { ...process.env, TMPDIR: tmp, XDG_CONFIG_HOME: path.join(run, 'x'), XDG_DATA_HOME: path.join(run, 'x'), XDG_CACHE_HOME: path.join(run, 'x'), PATH: `${path.dirname(paths.node)}:${process.env.PATH}` };
  const server = cp.spawn(paths.node, [paths.codeServerEntry, '--config', path.join(run, 'cs.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', user, '--extensions-dir', path.join(run, 'ext'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--reconnection-grace-time', '5', '--vscode-option', 'enable-smoke-test-driver', ws], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let browser;
  let ok = true;
  const check = (name, cond) => { console.log(`${cond ? 'ok' : 'FAIL'} ${name}`); if (!cond) ok = false; };
  try {
    await new Promise((resolve, reject) => {
      let seen = '';
      const on = (c) => { seen += c; if (/HTTP server listening/.test(seen)) resolve(); };
      server.stdout.on('data', on); server.stderr.on('data', on);
      server.once('exit', (c) => reject(new Error(`code-server exited ${c}`)));
    });
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: paths.chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`]]));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${payload}`);
    await page.waitForSelector('.explorer-folders-view >> text=harbour-dental.slcfg', { timeout: 90000 });
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('harbour-dental.slcfg');
    await page.waitForSelector('.quick-input-list .monaco-list-row');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.editor-instance .view-lines >> text=dmz', { timeout: 30000 });
    check('error squiggle in the editor', await page.waitForSelector('.squiggly-error', { timeout: 60000 }).then(() => true, () => false));
    await page.keyboard.press('Control+Shift+M');
    check('Problems panel row for SL202', await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'SL202' }).first().waitFor({ timeout: 20000 }).then(() => true, () => false));
    await page.screenshot({ path: path.join(SHOTS, 'problems.png') });
    // hover a program address (line 10: 90-02-03[3-4] = 0)
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+G'); await page.keyboard.type('11:3'); await page.keyboard.press('Enter');
    await page.keyboard.press('Control+K'); await page.keyboard.press('Control+I');
    check('hover shows the program', await page.locator('.monaco-hover').filter({ hasText: '90-02-03' }).first().waitFor({ timeout: 20000 }).then(() => true, () => false));
    await page.screenshot({ path: path.join(SHOTS, 'hover.png') });
    await page.keyboard.press('Escape');
    // quick fix on the dmz line (line 19)
    await page.keyboard.press('Control+G'); await page.keyboard.type('19:3'); await page.keyboard.press('Enter');
    let menu = false;
    for (let i = 0; i < 3 && !menu; i++) {
      await page.keyboard.press('Control+.');
      menu = await page.getByText('Remove this line').first().waitFor({ state: 'visible', timeout: 7000 }).then(() => true, () => false);
    }
    check('quick-fix menu offers "Remove this line"', menu);
    await page.screenshot({ path: path.join(SHOTS, 'quick-fix.png') });
    if (menu) {
      await page.getByText('Remove this line').first().click();
      check('the fix removed the dmz line', await page.waitForFunction(() => !document.querySelector('.editor-instance .view-lines')?.textContent?.includes('dmz'), null, { timeout: 15000 }).then(() => true, () => false));
    }
    // The language server dies: the user is told it was restarted, and the problems come back.
    const servers = languageServers({ pgid: server.pid });
    check('one SL Guard language server runs', servers.length === 1);
    for (const pid of servers) process.kill(pid, 'SIGKILL');
    // This workbench puts the warning in the notification centre (the bell) rather than in a toast: open it.
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Notifications: Show Notifications');
    await page.waitForSelector('.quick-input-list .monaco-list-row');
    await page.keyboard.press('Enter');
    check('a notification says the server was restarted', await page.locator('.notifications-center').filter({ hasText: 'SL Guard language server stopped unexpectedly and was restarted' }).first().waitFor({ timeout: 30000 }).then(() => true, () => false));
    await page.screenshot({ path: path.join(SHOTS, 'server-restarted.png') });
    await page.keyboard.press('Escape');
    // Undo the fix: the dmz line is back, and only a working server can report it again.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+Z');
    check('the restarted server reports the dmz line again', await page.waitForSelector('.squiggly-error', { timeout: 60000 }).then(() => true, () => false));
    check('a new server process runs', languageServers({ pgid: server.pid }).some((p) => !servers.includes(p)));
  } catch (e) {
    console.error(e);
    ok = false;
  } finally {
    if (browser) await browser.close().catch(() => {});
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
    fs.rmSync(run, { recursive: true, force: true });
    if (tempShots && ok) fs.rmSync(SHOTS, { recursive: true, force: true });
  }
  if (tempShots && !ok) console.error(`ui: screenshots kept for inspection: ${SHOTS}`);
  console.log(ok ? 'ui: passed' : 'ui: FAILED');
  process.exit(ok ? 0 : 1);
})();
