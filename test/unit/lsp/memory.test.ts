// After checking a large document the server asks V8 for a full collection (the previous analysis is garbage);
// small documents are left to V8's own schedule. The collector is the one Node exposes with `--expose-gc`,
// which the VS Code client passes when it starts the server; without that flag nothing is collected and V8's
// flags are left alone (v8.setFlagsFromString at run time is unsupported by Node).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { collectAfterCheck, COLLECT_AFTER_LENGTH } from '../../../server/src/lsp/memory';

const MEMORY = path.join(__dirname, '..', '..', '..', 'server', 'src', 'lsp', 'memory.js');

/** Runs `script` in a new node with `flags`; `memory` is the module under test. Resolves with its stdout. */
function node(flags: string[], script: string): Promise<string> {
  const code = `const memory = require(${JSON.stringify(MEMORY)});\n${script}`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...flags, '-e', code], { timeout: 15_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout.trim())));
  });
}

test('a small document asks for no collection', () => {
  assert.equal(collectAfterCheck(COLLECT_AFTER_LENGTH - 1), false);
});

test('without --expose-gc (this test process): no collection, and gc stays hidden', () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test runner was started without --expose-gc');
  assert.equal(collectAfterCheck(COLLECT_AFTER_LENGTH), false);
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'V8 flags were not changed at run time');
});

test('with --expose-gc: one full collection once idle, a second request merged into it', async () => {
  const out = await node(['--expose-gc'], `
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    let calls = 0, forced = 0;
    const real = globalThis.gc;
    globalThis.gc = (...a) => { calls++; return real(...a); };
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR && (e.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)) forced++;
    });
    obs.observe({ entryTypes: ['gc'] });
    const first = memory.collectAfterCheck(memory.COLLECT_AFTER_LENGTH);
    const second = memory.collectAfterCheck(memory.COLLECT_AFTER_LENGTH * 10);
    const before = calls;
    setTimeout(() => { obs.disconnect(); console.log(JSON.stringify({ first, second, before, calls, forced: forced > 0 })); }, 200);
  `);
  assert.deepEqual(JSON.parse(out), { first: true, second: true, before: 0, calls: 1, forced: true });
});
