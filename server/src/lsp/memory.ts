// After a large document has been checked, its previous analysis is garbage in V8's old space, and V8 collects
// it only once the old space has grown to several times what is live: a 100,000-line export keeps ~40 MB live
// but grew the server to ~400 MB over a burst of edits. So after the diagnostics of a document over
// COLLECT_AFTER_LENGTH characters are handed to the client, the server asks V8 for one full collection once the
// messages already waiting are handled (100,000 lines: ~20 ms; peak 393 MB -> 175 MB in npm run bench, see README Performance).
// The collector is reached as Jest's leak detector does: the --expose-gc flag, then a new context's `gc`.

import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Documents shorter than this (characters, about 50,000 lines) are left to V8's own schedule. */
export const COLLECT_AFTER_LENGTH = 1_000_000;

let gc: (() => void) | null | undefined;
let scheduled: NodeJS.Immediate | null = null;

function collector(): (() => void) | null {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const fn: unknown = vm.runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof fn === 'function' ? (fn as () => void) : null;
    } catch {
      gc = null;
    }
  }
  return gc;
}

/** After checking `length` characters: one full collection when idle, for a large document. Returns whether one was asked for. */
export function collectAfterCheck(length: number): boolean {
  if (length < COLLECT_AFTER_LENGTH) return false;
  scheduled ??= setImmediate(() => {
    scheduled = null;
    collector()?.();
  });
  return true;
}
