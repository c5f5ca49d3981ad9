// What the commands (check, report, handover) share: argument reading, the settings file, output writing and
// short error messages. One place, so the three commands read options and write files the same way.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSettingsFile } from '../core/settings';
import type { SeverityOrOff } from '../core/types';
import { escapeControl, readSettingsText } from '../io/files';
import type { ToolProblem } from './report';

export class UsageError extends Error {}

export const FAIL_ON = ['error', 'warning', 'information', 'hint', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function failOnOf(v: string): FailOn {
  if (!FAIL_ON.includes(v as FailOn)) throw new UsageError(`--fail-on is one of ${FAIL_ON.join(', ')}, not '${v}'`);
  return v as FailOn;
}

/** Takes an option's value; `file` values may not be empty. */
export type ValueOf = (kind?: 'file') => string;

/**
 * Reads `argv`: `--name value` or `--name=value`. `option` handles a name (returning false for one it does not
 * know, which is a usage error); every other argument (and `-`, standard input) goes to `positional`.
 */
export function readArgs(argv: readonly string[], option: (name: string, value: ValueOf) => boolean, positional: (arg: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value: ValueOf = (kind) => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      if (kind === 'file' && v === '') throw new UsageError(`${name} needs a file name, not an empty string`);
      return v;
    };
    if (arg.startsWith('-') && arg !== '-') {
      if (!option(name, value)) throw new UsageError(`unknown option '${arg}'`);
    } else {
      positional(arg);
    }
  }
}

/** Severity settings from one settings file (cached per file); a missing file is a problem only when named. */
export function loadSeverities(file: string | null, explicit: boolean, problems: ToolProblem[], cache: Map<string, Record<string, SeverityOrOff>>): Record<string, SeverityOrOff> {
  if (file === null) return {};
  const hit = cache.get(file);
  if (hit) return hit;
  let severities: Record<string, SeverityOrOff> = {};
  const read = readSettingsText(file);
  if ('missing' in read) {
    if (explicit) problems.push({ path: file, message: 'cannot read the settings file: no such file', level: 'error' });
  } else if ('error' in read) {
    problems.push({ path: file, message: `cannot read the settings file: ${read.error}`, level: 'error' });
  } else {
    const res = parseSettingsFile(read.text);
    severities = res.severities;
    for (const p of res.problems) {
      // A file that is not JSON at all cannot be applied: that is an error; a bad entry is reported and skipped.
      problems.push({ path: p.path ? `${file} (${p.path})` : file, message: p.message, level: p.path ? 'warning' : 'error' });
    }
  }
  cache.set(file, severities);
  return severities;
}

/** The file identity (device and inode) of a path, following links; null when there is nothing there. */
export function fileIdentity(p: string): string | null {
  try {
    const st = fs.statSync(p);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** Writes `data` to `file` through a temporary file in the same folder and a rename: readers never see half. */
export function writeAtomically(file: string, data: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, data, { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* not created */ }
    throw e;
  }
}

/** The first line of an internal error's message, short and without control characters. */
export function shortMessage(e: unknown): string {
  const m = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return escapeControl(m.split('\n')[0].slice(0, 200));
}

export function printProblems(io: { stderr(s: string): void }, problems: readonly ToolProblem[]): void {
  for (const p of problems) io.stderr(`slguard: ${escapeControl(p.path)}: ${escapeControl(p.message)}\n`);
}
