#!/usr/bin/env node
// Runs the end-to-end suite (out/test/e2e/suite) inside a real VS Code workbench.
//
//   test/e2e/setup.sh                      once per machine (cached)
//   npx tsc -p tsconfig.test.json          compiles the suite to out/test/e2e/
//   node test/e2e/run.js                   this file
//
// It is the plain @vscode/test-electron runTests() call. On this machine (no internet) the
// "VS Code executable" is test/e2e/launcher.js, which runs code-server + headless Chromium; set
// SLGUARD_E2E_DESKTOP=1 on a machine with internet to let runTests download desktop VS Code.
//
// Every run gets a fresh folder with a copy of test/e2e/fixtures as the workspace (so nothing the
// editor saves can touch committed files) and a fresh user-data and extensions folder.
// The folder is removed when the tests pass and kept (path printed) when they fail.
//
// Environment:
//   SLGUARD_E2E_DEV_PATH=dir   extension to load (default: the repository root)
//   SLGUARD_E2E_VSIX=file      test an installed .vsix instead (see launcher.js)
//   SLGUARD_E2E_GREP=text      only run tests whose title matches
//   SLGUARD_E2E_KEEP=1         keep the run folder even when the tests pass
//   SLGUARD_E2E_RUN_ROOT=dir   where run folders are made (default: the OS temp dir)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');
const paths = require('./paths');

const root = path.resolve(__dirname, '../..');
const devPath = path.resolve(process.env.SLGUARD_E2E_DEV_PATH || root);
const testsPath = path.join(root, 'out/test/e2e/suite/index.js');
const fixtures = path.join(__dirname, 'fixtures');
const desktop = process.env.SLGUARD_E2E_DESKTOP === '1';

function fail(msg) {
  console.error(`e2e: ${msg}`);
  process.exit(2);
}

async function main() {
  if (!fs.existsSync(testsPath)) fail(`${path.relative(root, testsPath)} is missing: run \`npx tsc -p tsconfig.test.json\` first`);
  if (!desktop && !fs.existsSync(paths.codeServerEntry)) fail('code-server is not installed: run test/e2e/setup.sh first');
  const main = JSON.parse(fs.readFileSync(path.join(devPath, 'package.json'), 'utf8')).main;
  if (!process.env.SLGUARD_E2E_VSIX && main && !fs.existsSync(path.join(devPath, main))) {
    console.warn(`e2e: warning: ${path.join(devPath, main)} does not exist (run \`npm run build\`); the extension cannot activate`);
  }

  const runRoot = process.env.SLGUARD_E2E_RUN_ROOT || os.tmpdir();
  fs.mkdirSync(runRoot, { recursive: true });
  const runDir = fs.mkdtempSync(path.join(runRoot, 'slguard-e2e-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(fixtures, workspace, { recursive: true });
  for (const f of fs.readdirSync(workspace, { recursive: true })) { // fixtures may come in read-only
    const p = path.join(workspace, f);
    fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
  }

  const started = Date.now();
  let code = 0;
  try {
    await runTests({
      ...(desktop ? {} : { vscodeExecutablePath: path.join(__dirname, 'launcher.js') }),
      extensionDevelopmentPath: devPath,
      extensionTestsPath: testsPath,
      launchArgs: [
        workspace,
        `--user-data-dir=${path.join(runDir, 'user-data')}`,
        `--extensions-dir=${path.join(runDir, 'extensions')}`,
        '--disable-extensions', // desktop only: other installed extensions stay out of the way
      ],
      extensionTestsEnv: {
        SLGUARD_E2E_RUN_DIR: runDir,
        SLGUARD_E2E_WORKSPACE: workspace,
        ...(process.env.SLGUARD_E2E_GREP ? { SLGUARD_E2E_GREP: process.env.SLGUARD_E2E_GREP } : {}),
      },
    });
  } catch (e) {
    console.error(`e2e: ${e && e.message || e}`);
    code = typeof (e && e.code) === 'number' && e.code !== 0 ? e.code : 1;
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0 && process.env.SLGUARD_E2E_KEEP !== '1') {
    fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  } else {
    console.error(`e2e: run folder kept: ${runDir}`);
  }
  console.log(`e2e: ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${secs}s`);
  process.exitCode = code;
}

main().catch((e) => fail(e && e.stack || String(e)));
