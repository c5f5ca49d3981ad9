// The SL Guard language servers running on this machine (Linux: read from /proc), for the tests that kill one.
'use strict';
const fs = require('fs');
const path = require('path');

const SERVER = path.join('dist', 'server.js');

/**
 * Pids of the processes running dist/server.js over node-ipc (as the VS Code client starts it) whose parent is
 * `ppid` or whose process group is `pgid` (whichever is given).
 */
function languageServers({ ppid, pgid }) {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const [, parent, group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
      if ((ppid !== undefined && parent !== ppid) || (pgid !== undefined && group !== pgid)) continue;
      const args = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.some((a) => a.endsWith(SERVER)) && args.includes('--node-ipc')) out.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

module.exports = { languageServers };
