// After checking a large document the server asks V8 for a full collection (the previous analysis is garbage);
// small documents are left to V8's own schedule. Observed through the runtime's own GC performance entries.

import assert from 'node:assert/strict';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { test } from 'node:test';
import { collectAfterCheck, COLLECT_AFTER_LENGTH } from '../../../server/src/lsp/memory';

/** Resolves with the first forced (asked-for) major collection that the runtime reports from now on. */
function nextForcedMajorGc(signal: AbortSignal): Promise<PerformanceEntry> {
  return new Promise((resolve, reject) => {
    // GC entries are delivered without holding the event loop open: keep it open until one arrives (or the
    // test gives up: its signal aborts on timeout).
    const keepAlive = setInterval(() => {}, 60_000);
    signal.addEventListener('abort', () => { obs.disconnect(); clearInterval(keepAlive); reject(new Error('no forced major collection')); });
    const obs = new PerformanceObserver((list) => {
      const major = list.getEntries().find((e) => {
        const d = (e as PerformanceEntry & { detail?: { kind?: number; flags?: number } }).detail;
        return d?.kind === constants.NODE_PERFORMANCE_GC_MAJOR && ((d.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0;
      });
      if (major) { obs.disconnect(); clearInterval(keepAlive); resolve(major); }
    });
    obs.observe({ entryTypes: ['gc'] });
  });
}

test('a small document asks for no collection', () => {
  assert.equal(collectAfterCheck(COLLECT_AFTER_LENGTH - 1), false);
});

test('after checking a large document, a full collection runs once the server is idle', { timeout: 20_000 }, async (t) => {
  const seen = nextForcedMajorGc(t.signal);
  assert.equal(collectAfterCheck(COLLECT_AFTER_LENGTH), true);
  assert.equal(collectAfterCheck(COLLECT_AFTER_LENGTH * 10), true, 'a second request while one is pending is merged into it');
  const entry = await seen;
  assert.ok(entry.duration >= 0);
});
