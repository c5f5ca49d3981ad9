#!/usr/bin/env node
// "VS Code executable" for runTests({ vscodeExecutablePath }) of @vscode/test-electron, on a machine
// where desktop VS Code cannot be downloaded. It takes the command line runTests builds
// (--extensionDevelopmentPath=, --extensionTestsPath=, --extensions-dir=, --user-data-dir=, a folder,
// plus desktop-only flags that are ignored), and instead:
//   1. starts code-server (the real VS Code workbench, from test/e2e/setup.sh) in its own process
//      group on a free loopback port,
//   2. opens headless Debian Chromium (playwright-core) at the workbench URL, with the extension
//      and the test entry in the `payload` query parameter,
//   3. forwards the extension host's console (`codeAutomationLog`) to stdout/stderr and exits with
//      the code the test runner reports (`codeAutomationExit`),
//   4. always stops the browser and the whole code-server process group: on success, failure,
//      timeout, a signal, or the parent (runTests) going away.
//
// Environment:
//   SLGUARD_E2E_VSIX=path        install this packaged extension (--install-extension) instead of
//                                loading the extension from --extensionDevelopmentPath
//   SLGUARD_E2E_RUN_DIR=dir      where logs, code-server's config and the XDG folders go
//                                (default: a fresh folder under the OS temp dir, removed on success)
//   SLGUARD_E2E_TIMEOUT_MS       whole-run limit (default 600000)
//   SLGUARD_E2E_SCREENSHOT=png   screenshot of the workbench when the tests end (one is always
//                                taken into the run dir when they fail or time out)
//   SLGUARD_E2E_VERBOSE=1        do not filter known harmless noise from the forwarded log
//   SLGUARD_E2E_CACHE, SLGUARD_E2E_CHROMIUM: see paths.js
'use strict';
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');
const paths = require('./paths');

const t0 = Date.now();
const note = (msg) => process.stderr.write(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
process.stdout.on('error', () => {}); // the parent may be gone; never crash on EPIPE
process.stderr.on('error', () => {});

// ---- command line (the subset of VS Code's CLI that runTests uses) ------------------------------
const argv = process.argv.slice(2);
const values = (name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const devPaths = values('extensionDevelopmentPath').map((p) => path.resolve(p));
const testsPath = values('extensionTestsPath').map((p) => path.resolve(p))[0];
const folder = argv.filter((a) => !a.startsWith('-')).map((p) => path.resolve(p))[0];
const vsix = process.env.SLGUARD_E2E_VSIX ? path.resolve(process.env.SLGUARD_E2E_VSIX) : undefined;

const ownRunDir = !process.env.SLGUARD_E2E_RUN_DIR;
const runDir = ownRunDir
  ? fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-e2e-'))
  : path.resolve(process.env.SLGUARD_E2E_RUN_DIR);
const work = path.join(runDir, 'launcher');
const userDataDir = path.resolve(values('user-data-dir')[0] || path.join(runDir, 'user-data'));
const extensionsDir = path.resolve(values('extensions-dir')[0] || path.join(runDir, 'extensions'));
const timeoutMs = Number(process.env.SLGUARD_E2E_TIMEOUT_MS || 600000);

// Harmless lines the offline web workbench always logs (marketplace look-ups, missing vsda, ...).
const NOISE = /open-vsx\.org|marketplace|vsda|AccountPolicyGate|AgentHost|Creating a socket|connection token|grace time|Service Worker|builtin extensions cache|Extension host agent|\[uncaught exception in main\]: Error: connect ECONNREFUSED/i;
const verbose = process.env.SLGUARD_E2E_VERBOSE === '1';

// ---- state for teardown ----------------------------------------------------------------------
let server; // code-server ChildProcess; its pid is also its process-group id (detached => setsid)
let serverExited; // resolves when the code-server leader process has exited
let browser;
let page;
let finishing = false;

function killServerGroup(signal) {
  if (!server || !server.pid) return;
  try { process.kill(-server.pid, signal); } catch { /* ESRCH: group already gone */ }
}

function groupAlive() {
  if (!server || !server.pid) return false;
  try { process.kill(-server.pid, 0); return true; } catch { return false; }
}

async function stopServer() {
  if (!server || !server.pid) return;
  killServerGroup('SIGTERM');
  const grace = new Promise((r) => setTimeout(r, 5000).unref());
  await Promise.race([serverExited, grace]);
  // The leader is gone (or ignored SIGTERM); anything left in the group (extension host, language
  // server, pty host) goes now.
  killServerGroup('SIGKILL');
}

/** The one way out: stop browser and server, keep or remove the run dir, exit with `code`. */
async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  if (why) note(why);
  const failed = code !== 0;
  if (page && (failed || process.env.SLGUARD_E2E_SCREENSHOT)) {
    const shot = process.env.SLGUARD_E2E_SCREENSHOT || path.join(runDir, 'failure.png');
    await withTimeout(page.screenshot({ path: shot }), 5000).then(() => note(`screenshot: ${shot}`), () => {});
  }
  if (browser) await withTimeout(browser.close(), 5000).catch(() => {});
  await stopServer();
  if (failed) {
    note(`kept for inspection: ${runDir} (logs in ${path.relative(runDir, work)}/: code-server.log, extension-host.log, browser.log)`);
  } else if (ownRunDir) {
    fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  }
  process.exit(code);
}

// Last resort if something calls process.exit directly: no async work possible, so only signals.
process.on('exit', () => { if (groupAlive()) killServerGroup('SIGKILL'); });
for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(sig, () => finish(128 + n, `received ${sig}, stopping`));
}
process.on('uncaughtException', (e) => finish(1, `launcher error: ${e && e.stack || e}`));
process.on('unhandledRejection', (e) => finish(1, `launcher error: ${e && e.stack || e}`));
// runTests talks to us through pipes; if it dies, our stdin pipe closes: stop everything.
try {
  const stdin = fs.fstatSync(0); // a socketpair when spawned by runTests (Node's stdio 'pipe')
  if (stdin.isFIFO() || stdin.isSocket()) {
    process.stdin.on('end', () => finish(1, 'parent process went away, stopping'));
    process.stdin.resume();
  }
} catch { /* no stdin */ }

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function writeJson(file, patch) {
  let current = {};
  try { current = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* absent or not plain JSON */ }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...current, ...patch }, null, 2));
}

function check() {
  const missing = [
    [paths.node, 'Node 24'],
    [paths.codeServerEntry, `code-server ${paths.codeServerVersion}`],
    [paths.chromium, 'Chromium'],
  ].filter(([f]) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(`missing ${missing.map(([f, what]) => `${what} (${f})`).join(', ')}: run test/e2e/setup.sh first`);
  }
  if (!testsPath) throw new Error('no --extensionTestsPath= given');
  if (vsix && !fs.existsSync(vsix)) throw new Error(`SLGUARD_E2E_VSIX: no such file ${vsix}`);
}

function codeServerArgs(extra) {
  return [
    paths.codeServerEntry,
    '--config', path.join(work, 'code-server.yaml'),
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extra,
  ];
}

function codeServerEnv() {
  const xdg = path.join(work, 'xdg');
  const tmp = path.join(work, 't'); // short: VS Code puts its IPC sockets here (108-byte limit)
  fs.mkdirSync(tmp, { recursive: true });
  return {
    ...process.env,
    // VS Code's IPC sockets and scratch folders go into the run folder, not /tmp
    TMPDIR: tmp,
    XDG_RUNTIME_DIR: tmp,
    // never write code-server's config or password into the home folder
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    // Node 24 first, for anything code-server or the extension host spawns by name
    PATH: `${path.dirname(paths.node)}${path.delimiter}${process.env.PATH || ''}`,
  };
}

function installVsix() {
  note(`installing ${vsix}`);
  const r = cp.spawnSync(paths.node, codeServerArgs(['--install-extension', vsix, '--force']), {
    env: codeServerEnv(), encoding: 'utf8', timeout: 120000,
  });
  fs.writeFileSync(path.join(work, 'install-extension.log'), `${r.stdout || ''}${r.stderr || ''}`);
  if (r.status !== 0) throw new Error(`--install-extension failed (${r.status ?? r.signal}): ${r.stdout}${r.stderr}`);
}

/**
 * The workbench runs extensionTestsPath only in extension-development mode, i.e. with some
 * extensionDevelopmentPath. When testing an installed .vsix, an empty extension (no code, a
 * different id) provides that mode without shadowing the installed one.
 */
function hostOnlyExtension() {
  const dir = path.join(work, 'test-host-extension');
  writeJson(path.join(dir, 'package.json'), {
    name: 'e2e-test-host', publisher: 'slguard-e2e', version: '0.0.0', engines: { vscode: '*' },
  });
  return dir;
}

/** Starts code-server; resolves with its base URL once it says it is listening. */
function startServer(port) {
  const log = fs.createWriteStream(path.join(work, 'code-server.log'));
  const args = codeServerArgs([
    '--bind-addr', `127.0.0.1:${port}`,
    '--reconnection-grace-time', '5',
    // makes the web workbench honour ?payload=[["extensionDevelopmentPath",..],["extensionTestsPath",..]]
    '--vscode-option', 'enable-smoke-test-driver',
    ...(folder ? [folder] : []),
  ]);
  // detached: setsid(2), so the server, its extension hosts and our language server form one
  // process group that teardown can end as a whole.
  server = cp.spawn(paths.node, args, { env: codeServerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  serverExited = new Promise((resolve) => server.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      log.write(chunk);
      if (seen === null) return;
      seen = (seen + chunk.toString()).slice(-4096);
      const m = /HTTP server listening on (http:\/\/\S+?)\/?\s/.exec(seen);
      if (m) { seen = null; resolve(m[1]); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('error', reject);
    server.once('exit', (code, signal) => {
      const msg = `code-server exited (${code ?? signal}); log: ${path.join(work, 'code-server.log')}`;
      if (seen !== null) reject(new Error(msg));
      else finish(1, msg);
    });
  });
}

async function main() {
  check();
  fs.mkdirSync(work, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(work, 'code-server.yaml'), 'auth: none\ncert: false\n');
  writeJson(path.join(userDataDir, 'User', 'settings.json'), {
    'files.autoSave': 'off', // web VS Code auto-saves by default; tests must not rewrite fixtures
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
  });
  if (vsix) installVsix();

  const port = await freePort();
  const base = await withTimeout(startServer(port), 60000).catch((e) => {
    throw new Error(`code-server did not start: ${e.message}`);
  });
  note(`code-server ${paths.codeServerVersion} at ${base} (pid/pgid ${server.pid})`);

  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ...(vsix ? [hostOnlyExtension()] : devPaths).map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(testsPath)],
  ];
  const url = `${base}/?${folder ? `folder=${encodeURIComponent(folder)}` : 'ew=true'}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  // resolved from the project's devDependencies
  const { chromium } = require('playwright-core');
  browser = await chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    env: { ...codeServerEnv(), TMPDIR: process.env.TMPDIR || os.tmpdir() }, // keeps ~/.config/chromium untouched
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // finish() closes it
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  browser.on('disconnected', () => finish(1, 'the browser went away before the tests ended'));
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const browserLog = fs.createWriteStream(path.join(work, 'browser.log'));
  page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.stack || e}\n`));
  page.on('crash', () => finish(1, 'the workbench page crashed'));

  const hostLog = fs.createWriteStream(path.join(work, 'extension-host.log'));
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    hostLog.write(`[${type}] ${line}\n`);
    if (!verbose && NOISE.test(line)) return;
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));

  note(`opening the workbench${vsix ? ` with ${path.basename(vsix)} installed` : ''}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  let timer;
  const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') return finish(1, `the tests did not finish within ${timeoutMs} ms`);
  const n = Number.isInteger(code) ? code : Number(code) || 0;
  return finish(n, `tests ended with exit code ${n}`);
}

main().catch((e) => finish(1, `launcher: ${e && e.message || e}`));
