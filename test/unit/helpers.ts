// Helpers shared by the unit tests: run the core on a text and read findings as `RULE@line` (1-based).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';
import { analyze, type AnalyzeOptions } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';

/** Removes the common indentation of a template literal and its first empty line. */
export function text(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/[ \t]+$/, '');
}

export function lint(src: string, options?: AnalyzeOptions): Finding[] {
  return analyze(src, options).findings;
}

/** Unsuppressed findings as `SL201@23`, in report order. */
export function found(src: string, options?: AnalyzeOptions): string[] {
  return lint(src, options).filter((f) => !f.suppressed).map((f) => `${f.rule}@${f.span.line + 1}`);
}

/** Only the findings of one rule, as `SL201@23`. */
export function foundRule(rule: string, src: string, options?: AnalyzeOptions): string[] {
  return found(src, options).filter((s) => s.startsWith(`${rule}@`));
}

/** The findings of one rule. */
export function ofRule(rule: string, src: string, options?: AnalyzeOptions): Finding[] {
  return lint(src, options).filter((f) => f.rule === rule && !f.suppressed);
}

/**
 * A hardened SL2100 site that gives no finding at all: the base for "does not fire" cases. Extra lines go into
 * the sections named; `programs` lines are appended after the baseline (later lines win).
 */
export function hardened(extra: { site?: string; programs?: string; router?: string; tail?: string; model?: string } = {}): string {
  return [
    '[site]',
    `model = ${extra.model ?? 'SL2100'}`,
    'extensions-in-use = 101-104',
    'international-prefix = 011',
    ...(extra.site ? [extra.site] : []),
    '',
    '[programs]',
    '10-12-01 = 192.168.1.20',
    '90-02-01[2] = Xq7!mK2#pl',
    '90-02-02[2] = 7*4#9*1#',
    '90-02-03[3-4] = 0',
    '21-04-01[*, *] = 3',
    '21-05-01[3] = 1',
    '21-06-01[1] = 011',
    '47-02-01[5-64] = 0',
    ...(extra.programs ? [extra.programs] : []),
    '',
    '[router]',
    'wan = 203.0.113.7',
    ...(extra.router ? [extra.router] : []),
    '',
    '[mailbox 101]',
    'code = 480613',
    '[mailbox 102]',
    'code = 730215',
    '[mailbox 103]',
    'code = 592048',
    '[mailbox 104]',
    'code = 615937',
    ...(extra.tail ? ['', extra.tail] : []),
    '',
  ].join('\n');
}

/** Only the syntax and value findings (SL0xx), for tests of reading the file. */
export function foundSyntax(src: string, options?: AnalyzeOptions): string[] {
  return found(src, options).filter((s) => s.startsWith('SL0'));
}

/** The 1-based line of the first line of `src` equal to `needle`; fails the test when there is none. */
export function lineOf(src: string, needle: string): number {
  const i = src.split('\n').indexOf(needle);
  if (i < 0) throw new Error(`no line ${JSON.stringify(needle)} in the text`);
  return i + 1;
}

const tempDirs: string[] = [];
// Registered when this module loads (top level of a test file), so it runs once, after all the file's tests.
after(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary folder holding `files` (relative paths); removed after the file's tests. */
export function tempDir(prefix: string, files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
