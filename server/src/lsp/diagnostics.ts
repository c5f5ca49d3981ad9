// Findings as LSP diagnostics (INTERFACES.md: source `slguard`, code the rule id, codeDescription.href its
// page, data enough for its code actions), and the problems of a `.slguard.json` as diagnostics on that file.

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver';
import type { SettingsProblem } from '../core/settings';
import { ruleHref, SEVERITY_RANK, type Finding, type Severity } from '../core/types';
import { toRange, type DiagnosticData } from './protocol';
import { DIAGNOSTIC_SOURCE } from './requests';

export const SOURCE = DIAGNOSTIC_SOURCE;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Rules whose findings mark text that has no effect (shown faded). */
const UNNECESSARY = new Set(['SL005', 'SL009']);

/** Version recorded in `data` for diagnostics of a file read from disk rather than an open document. */
export const DISK_VERSION = -1;

export function toDiagnostic(f: Finding, uri: string, version: number): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, version };
  if (f.fix) data.fix = f.fix;
  const d: Diagnostic = {
    range: toRange(f.span),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.rule,
    codeDescription: { href: ruleHref(f.rule) },
    source: SOURCE,
    message: f.message,
    data,
  };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(r.span) }, message: r.message }));
  if (UNNECESSARY.has(f.rule)) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/**
 * Diagnostics sent for one document at most. A real export has hundreds of findings (the 100,000-line bench
 * export: 785); a broken or hostile file can have hundreds of thousands, which the editor cannot show. The
 * command line always lists every finding.
 */
export const MAX_DIAGNOSTICS = 10_000;

/**
 * The diagnostics of a document: every finding that no suppression comment silences (as the command line),
 * at most MAX_DIAGNOSTICS of them: the most severe first, then in file order, and sent in file order.
 * `total` is how many there would be without the cap.
 */
export function cappedDiagnostics(findings: readonly Finding[], uri: string, version: number): { items: Diagnostic[]; total: number } {
  let shown = findings.filter((f) => !f.suppressed);
  const total = shown.length;
  if (total > MAX_DIAGNOSTICS) {
    // Findings come in file order, so an index is a position in the file.
    const rank = (i: number) => SEVERITY_RANK[shown[i].severity] ?? 0;
    const kept = shown.map((_, i) => i).sort((a, b) => rank(b) - rank(a) || a - b).slice(0, MAX_DIAGNOSTICS).sort((a, b) => a - b);
    shown = kept.map((i) => shown[i]);
  }
  return { items: shown.map((f) => toDiagnostic(f, uri, version)), total };
}

/** The (capped) diagnostics of a document, without the count. */
export function toDiagnostics(findings: readonly Finding[], uri: string, version: number): Diagnostic[] {
  return cappedDiagnostics(findings, uri, version).items;
}

/** The `code` of the diagnostic shown when the check itself failed. Not a rule id (no SLnnn is taken), so no rule settings or suppression comments apply to it. */
export const INTERNAL_ERROR_CODE = 'internal-error';
/** Where such a failure is reported (package.json `repository`). */
export const ISSUES_URL = 'https://github.com/slguard/slguard/issues';

/** The length of a text's first line (the line breaks of FORMAT.md: LF, CRLF, lone CR). */
function firstLineLength(text: string): number {
  const m = /[\r\n]/.exec(text.length > 100_000 ? text.slice(0, 100_000) : text);
  return m ? m.index : Math.min(text.length, 100_000);
}

/**
 * The one diagnostic of a document whose analysis threw: an error on line 1 saying the check failed and asking
 * for a report. It replaces whatever was shown before (a stale, clean-looking result is worse than none) and
 * never holds document text.
 */
export function internalErrorDiagnostic(text: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength(text) } },
    severity: DiagnosticSeverity.Error,
    code: INTERNAL_ERROR_CODE,
    codeDescription: { href: ISSUES_URL },
    source: SOURCE,
    message: 'SL Guard could not check this file: an internal error stopped the check, so none of its problems are shown. '
      + `Please report it at ${ISSUES_URL} with the error from the SL Guard output.`,
  };
}

/** The longest file name a message holds (longer ones are cut in the middle). */
const MAX_NAME_LENGTH = 80;

/**
 * A URI's last segment as a name for a message: percent-decoded where that is valid (a bad escape such as
 * `%zz` stays as written), control characters escaped, at most MAX_NAME_LENGTH characters.
 */
export function displayName(uri: string): string {
  const raw = uri.slice(uri.lastIndexOf('/') + 1) || uri;
  const decoded = raw.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try { return decodeURIComponent(run); } catch { return run; }
  });
  // eslint-disable-next-line no-control-regex
  const name = decoded.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  if (name.length <= MAX_NAME_LENGTH) return name;
  const keep = (MAX_NAME_LENGTH - 1) / 2;
  return `${name.slice(0, Math.ceil(keep))}…${name.slice(name.length - Math.floor(keep))}`;
}

/** What the editor is told when a document has more problems than MAX_DIAGNOSTICS (names the file, never its text). */
export function tooManyMessage(uri: string, total: number): string {
  return `SL Guard shows the ${MAX_DIAGNOSTICS.toLocaleString('en-US')} most severe of the ${total.toLocaleString('en-US')} problems in ${displayName(uri)}; \`slguard check\` lists them all.`;
}

// ---- .slguard.json -------------------------------------------------------------------------------------

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

function rangeOf(text: string, start: number, length: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, start + length) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a settings problem is in the file: the key its path names, the offset a JSON error gives, or line 1. */
export function locateSettingsProblem(text: string | null, p: SettingsProblem): Range {
  const firstLine: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: text ? Math.max(0, text.split('\n', 1)[0].replace(/\r$/, '').length) : 0 } };
  if (!text) return firstLine;
  if (p.path === '') {
    const m = /position (\d+)/.exec(p.message);
    if (m) return rangeOf(text, Number(m[1]), 1);
    const lc = /line (\d+) column (\d+)/.exec(p.message);
    if (lc) {
      const line = Number(lc[1]) - 1;
      const character = Math.max(0, Number(lc[2]) - 1);
      return { start: { line, character }, end: { line, character: character + 1 } };
    }
    return firstLine;
  }
  const parts = p.path.split('.');
  let from = 0;
  // Walk the path: each key must appear (as a property name) after the previous one.
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i];
    const re = new RegExp(`"${escapeRegExp(key)}"\\s*:`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return firstLine;
    if (i === parts.length - 1) return rangeOf(text, m.index, key.length + 2);
    from = m.index + m[0].length;
  }
  return firstLine;
}

export function settingsProblemDiagnostics(text: string | null, problems: readonly SettingsProblem[]): Diagnostic[] {
  return problems.map((p) => ({
    range: locateSettingsProblem(text, p),
    // A file that is not JSON at all cannot be applied; a bad entry is skipped (as on the command line).
    severity: p.path === '' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: p.message,
  }));
}
