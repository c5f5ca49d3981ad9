// Keeping the server alive: every handler runs inside `guarded`, so an exception becomes one logged error line
// and an empty result, never a crash. Log lines name the request and the error, never document text or secrets.

import { ResponseError } from 'vscode-languageserver';

export interface Log {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** A log that writes nowhere (for code paths that run before the connection exists, and for tests). */
export const SILENT: Log = { error() {}, warn() {}, info() {} };

/**
 * An error as one log entry: its class, its message with every quoted part removed (messages such as
 * JSON.parse's quote the input, which may come from a document), and the first stack frames.
 */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const message = e.message.replace(/(["'`]).*?\1/g, '"…"').replace(/\s+/g, ' ').slice(0, 300);
    const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8).join('\n');
    return `${e.name}: ${message}${frames ? `\n${frames}` : ''}`;
  }
  return `a non-Error value was thrown (${typeof e})`;
}

/**
 * Wraps a handler: a thrown error or a rejected promise is logged as `what failed: …` and `fallback` is returned.
 * A ResponseError (a deliberate LSP error such as RequestCancelled) passes through unchanged.
 */
export function guarded<A extends unknown[], R>(log: Log, what: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log.error(`${what} failed: ${describeError(e)}`);
      return fallback;
    }
  };
}

/** Runs a fire-and-forget task (a timer callback, a background review); a failure is logged, never thrown. */
export function detached(log: Log, what: string, fn: () => unknown): void {
  try {
    const r = fn();
    if (r instanceof Promise) r.catch((e: unknown) => log.error(`${what} failed: ${describeError(e)}`));
  } catch (e) {
    log.error(`${what} failed: ${describeError(e)}`);
  }
}
