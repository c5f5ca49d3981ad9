// After a large document has been checked, its previous analysis is garbage in V8's old space, and V8 collects
// it only once the old space has grown to several times what is live: a 100,000-line export keeps ~40 MB live
// but grew the server to ~400 MB over a burst of edits. So after the diagnostics of a document over
// COLLECT_AFTER_LENGTH characters are handed to the client, the server asks V8 for one full collection once the
// messages already waiting are handled (100,000 lines: ~20 ms; peak 393 MB -> 175 MB in npm run bench, see README Performance).
// The collector is `gc`, which Node defines only when started with `--expose-gc`: the VS Code client passes that
// flag (client/src/extension.ts), other editors may (README). Without it V8 keeps its own schedule; the flag is
// never switched on at run time (v8.setFlagsFromString, which Node documents as unsupported).

/** Documents shorter than this (characters, about 50,000 lines) are left to V8's own schedule. */
export const COLLECT_AFTER_LENGTH = 1_000_000;

let scheduled: NodeJS.Immediate | null = null;

/** Node's `gc` (present with --expose-gc), or null. */
function collector(): (() => void) | null {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as () => void) : null;
}

/** After checking `length` characters: one full collection when idle, for a large document. Returns whether one was asked for. */
export function collectAfterCheck(length: number): boolean {
  if (length < COLLECT_AFTER_LENGTH || !collector()) return false;
  scheduled ??= setImmediate(() => {
    scheduled = null;
    collector()?.();
  });
  return true;
}
