// Baselines: a file of the findings a site already had, so that CI fails only on new ones (INTERFACES.md,
// "Baselines"). A finding's fingerprint is its rule, its file's path relative to the folder checked and its
// subject (the program cell, forward, mailbox key or section it names), never its line number, so inserting or
// moving lines keeps old findings known. A subject never holds a value: a changed password is the same finding,
// a fixed one is gone, and no secret reaches the fingerprint or the baseline file.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { ParsedFile } from '../core/parse';
import type { Finding, Span } from '../core/types';

/** The key of `partialFingerprints` in SARIF; a new scheme gets a new version. */
export const FINGERPRINT_KEY = 'slguard/v1';
export const BASELINE_VERSION = 1;

/** What the baseline file holds for one finding. */
export interface BaselineEntry {
  /** `/`-separated, relative to the folder checked (files given by name: to the current folder); `<stdin>`. */
  file: string;
  rule: string;
  /** What the finding is about, readable and free of values: `90-02-02[2]`, `forward tcp 80`, `mailbox 101: code`. */
  subject: string;
  /** The n-th finding with the same file, rule and subject (in line order); 1 is left out of the file. */
  occurrence: number;
  /** 32 hex digits: a hash of file, rule, subject and occurrence. */
  fingerprint: string;
}

export type BaselineState = 'new' | 'unchanged';

/** The subject given to findings from factory defaults (they point at `model`, not at a line of their own). */
export const DEFAULTS_SUBJECT = 'factory defaults';

const PROGRAM = /^\s*(\d{2}-\d{2}(?:-\d{2})?)\s*(?:\[([^\]]*)\])?\s*=/;
const FORWARD = /^\s*forward\s+(\S+)\s+(\S+)/i;
const KEY = /^\s*([A-Za-z][\w-]*)\s*=/;
const HEADER = /^\s*\[([^\]]*)\]/;

/** The path a baseline names a file by: relative to `root` when it is a folder, else to the current folder. */
export function baselinePath(root: string, rootIsFolder: boolean, file: string | null): string {
  if (file === null) return '<stdin>';
  const rel = rootIsFolder ? path.relative(root, file) : path.relative('.', file);
  return rel.split(path.sep).join('/').replace(/\\/g, '/');
}

/** The name of the section a line is in (`programs`, `router`, `mailbox 101`), or '' before the first header. */
function sectionNames(parsed: ParsedFile): (line: number) => string {
  const spans = parsed.sections.map((s) => ({
    first: s.header.line,
    last: s.lastLine,
    name: s.kind === 'mailbox' && s.arg ? `mailbox ${s.arg.text}` : s.kind,
  }));
  spans.sort((a, b) => a.first - b.first);
  // Binary search: a hostile file can have a hundred thousand sections and as many findings.
  return (line) => {
    let lo = 0;
    let hi = spans.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].first <= line) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at >= 0 && line <= spans[at].last ? spans[at].name : '';
  };
}

function sameSpan(a: Span, b: Span): boolean {
  return a.line === b.line && a.start === b.start && a.end === b.end;
}

/**
 * What a finding is about, from the line it points at, without the line's value: a program line gives its
 * address and index, a forward its protocol and ports, a `key = value` line its section and key, a header its
 * section. Findings from factory defaults (at `defaultsAnchor`) are about the defaults. Any other line (a
 * malformed one, which may hold a secret) gives only its section; the occurrence counter tells such lines apart.
 */
export function subjectOf(finding: Finding, lines: readonly string[], sectionOf: (line: number) => string, defaultsAnchor: Span | null): string {
  if (defaultsAnchor && sameSpan(finding.span, defaultsAnchor) && finding.related?.length) return DEFAULTS_SUBJECT;
  const text = lines[finding.span.line] ?? '';
  const section = sectionOf(finding.span.line);
  let m = PROGRAM.exec(text);
  if (m) return m[2] === undefined ? m[1] : `${m[1]}[${m[2].replace(/\s+/g, '')}]`;
  m = FORWARD.exec(text);
  if (m) return `forward ${m[1].toLowerCase()} ${m[2].toLowerCase()}`;
  m = KEY.exec(text);
  if (m) return `${section || '(no section)'}: ${m[1].toLowerCase()}`;
  m = HEADER.exec(text);
  if (m) return `[${m[1].trim().replace(/\s+/g, ' ').toLowerCase()}]`;
  return `${section || '(no section)'}: line`;
}

export function fingerprint(file: string, rule: string, subject: string, occurrence: number): string {
  return createHash('sha256').update([FINGERPRINT_KEY, file, rule, subject, String(occurrence)].join('\0')).digest('hex').slice(0, 32);
}

/** One entry per finding of a file, in the findings' order; identical subjects are counted in line order. */
export function fingerprintFindings(file: string, findings: readonly Finding[], parsed: ParsedFile, defaultsAnchor: Span | null): BaselineEntry[] {
  const sectionOf = sectionNames(parsed);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const subject = subjectOf(f, parsed.lines, sectionOf, defaultsAnchor);
    const key = `${f.rule}\0${subject}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { file, rule: f.rule, subject, occurrence, fingerprint: fingerprint(file, f.rule, subject, occurrence) };
  });
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.subject, b.subject) || a.occurrence - b.occurrence;
}

/** The baseline file: JSON, entries sorted by file, rule, subject and occurrence, one entry a line. */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const rows = [...entries].sort(compareEntries).map((e) => {
    const row: Record<string, unknown> = { file: e.file, rule: e.rule, subject: e.subject };
    if (e.occurrence > 1) row.occurrence = e.occurrence;
    row.fingerprint = e.fingerprint;
    return `    ${JSON.stringify(row)}`;
  });
  return `{\n  "tool": "slguard",\n  "version": ${BASELINE_VERSION},\n  "findings": [${rows.length ? `\n${rows.join(',\n')}\n  ` : ''}]\n}\n`;
}

export class BaselineError extends Error {}

/** Reads a baseline file's text; anything that is not a baseline of this version throws a BaselineError. */
export function parseBaseline(text: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BaselineError(`not a baseline: not JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BaselineError('not a baseline: not a JSON object');
  const o = data as Record<string, unknown>;
  if (o.tool !== 'slguard') throw new BaselineError('not a baseline: "tool" is not "slguard" (write one with --write-baseline)');
  if (o.version !== BASELINE_VERSION) throw new BaselineError(`a baseline of version ${JSON.stringify(o.version)}; this slguard reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(o.findings)) throw new BaselineError('not a baseline: "findings" is not an array');
  return o.findings.map((raw: unknown, i: number): BaselineEntry => {
    const at = `findings[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BaselineError(`not a baseline: ${at} is not an object`);
    const e = raw as Record<string, unknown>;
    for (const k of ['file', 'rule', 'subject', 'fingerprint']) {
      if (typeof e[k] !== 'string') throw new BaselineError(`not a baseline: ${at}.${k} is not a string`);
    }
    if (!/^SL\d{3}$/.test(e.rule as string)) throw new BaselineError(`not a baseline: ${at}.rule is not a rule id`);
    if (!/^[0-9a-f]{32}$/.test(e.fingerprint as string)) throw new BaselineError(`not a baseline: ${at}.fingerprint is not 32 hex digits`);
    const occurrence = e.occurrence ?? 1;
    if (!Number.isInteger(occurrence) || (occurrence as number) < 1) throw new BaselineError(`not a baseline: ${at}.occurrence is not a whole number from 1`);
    return { file: e.file as string, rule: e.rule as string, subject: e.subject as string, occurrence: occurrence as number, fingerprint: e.fingerprint as string };
  });
}

export interface BaselineMatch {
  /** Per file, per finding: whether the baseline knew it. */
  states: BaselineState[][];
  /** Baseline entries of the files checked that no current finding matches, sorted. */
  absent: BaselineEntry[];
  /** How many current findings the baseline knew. */
  known: number;
}

/**
 * Compares the current findings (per file, as fingerprintFindings gives them) with a baseline. Entries of files
 * not checked in this run are not absent: a run over some files says nothing about the others.
 */
export function matchBaseline(baseline: readonly BaselineEntry[], current: readonly (readonly BaselineEntry[])[], checkedFiles: readonly string[]): BaselineMatch {
  const remaining = new Map<string, BaselineEntry>();
  for (const e of baseline) remaining.set(e.fingerprint, e);
  let known = 0;
  const states = current.map((entries) => entries.map((e): BaselineState => {
    if (!remaining.has(e.fingerprint)) return 'new';
    remaining.delete(e.fingerprint);
    known++;
    return 'unchanged';
  }));
  const checked = new Set(checkedFiles);
  const absent = [...remaining.values()].filter((e) => checked.has(e.file)).sort(compareEntries);
  return { states, absent, known };
}
