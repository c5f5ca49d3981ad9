// The one entry point of the core: text (+ settings) → findings. Pure: no I/O, no LSP or VS Code types.
// parse → site facts → effective configuration → router / mailboxes → rules → severities → suppressions.

import { buildConfig, type Config } from './config';
import { readMailboxes, type Mailbox } from './mailbox';
import { parse, type ParsedFile } from './parse';
import { Exposure, readRouter, type RouterFacts } from './router';
import { ALL_RULES, RULES, ruleMeta } from './rules';
import type { DefaultsReport, Report, RuleContext } from './rules/rule';
import { readSite, type SiteFacts } from './site';
import { applySuppressions } from './suppress';
import { Tolls } from './tolls';
import type { Finding, FixData, Related, Severity, SeverityOrOff, Span } from './types';

export interface AnalyzeOptions {
  /** Per-rule severity overrides (`off` drops the rule). */
  severities?: Readonly<Record<string, SeverityOrOff>>;
  /** false: suppression comments are plain comments (the command line's --no-inline-config). */
  inlineConfig?: boolean;
}

export interface Analysis {
  parsed: ParsedFile;
  site: SiteFacts;
  config: Config;
  router: RouterFacts;
  exposure: Exposure;
  mailboxes: Mailbox[];
  /** Which toll restriction classes restrict international calls (memoised, shared with the rules). */
  tolls: Tolls;
  /** Every finding, sorted by line, column, rule id; silenced ones carry `suppressed`. */
  findings: Finding[];
}

/**
 * Texts longer than this are not analysed: one SL001 finding at line 1 says so (the editor stays responsive,
 * the command line reports it). About 1.3 million lines of a typical export.
 */
export const MAX_TEXT_LENGTH = 32 * 1024 * 1024;

/** Related-information entries listed at most for one finding from defaults. */
const MAX_RELATED = 50;

interface Raw {
  rule: string;
  span: Span;
  message: string;
  related?: Related[];
  fix?: FixData;
  severity?: Severity;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (text.length > MAX_TEXT_LENGTH) {
    return notAnalysed(text, `This file has more than ${MAX_TEXT_LENGTH / 1024 / 1024} million characters (${(text.length / 1024 / 1024).toFixed(0)} million); SL Guard does not check a file this large. Split the export.`);
  }
  if (text.indexOf('\0') >= 0) {
    return notAnalysed(text, 'This text holds a NUL character, so it is not a site export (a binary file?); SL Guard does not check it.');
  }
  const raws: Raw[] = [];
  const add = (r: Raw) => raws.push(r);
  const parsed = parse(text);
  for (const p of parsed.problems) add(p);
  if (text.indexOf(REPLACEMENT) >= 0) reportEncoding(parsed.lines, add);
  const site = readSite(parsed, add);
  const config = buildConfig(parsed, site.model, add);
  const router = readRouter(parsed, add);
  const exposure = new Exposure(router, config);
  const mailboxes = readMailboxes(parsed, config, site, add);
  const tolls = new Tolls(config, site);

  for (const rule of RULES) {
    const id = rule.meta.id;
    if (options.severities?.[id] === 'off') continue;
    const ctx: RuleContext = {
      parsed, site, config, router, exposure, mailboxes, tolls,
      report: (r: Report) => add({ rule: id, ...r }),
      reportDefaults: (r: DefaultsReport) => add({
        rule: id, span: site.modelAnchor, message: r.message, fix: r.fix, severity: r.severity,
        related: r.items.slice(0, MAX_RELATED).map((message) => ({ span: site.modelAnchor, message })),
      }),
    };
    rule.check(ctx);
  }

  const severityOf = (id: string): SeverityOrOff => options.severities?.[id] ?? ruleMeta(id)?.severity ?? 'warning';
  const findings: Finding[] = [];
  const toFinding = (r: Raw): Finding | null => {
    const configured = options.severities?.[r.rule];
    if (configured === 'off') return null;
    const severity = configured ?? r.severity ?? ruleMeta(r.rule)!.severity;
    const f: Finding = { rule: r.rule, severity, message: r.message, span: r.span };
    if (r.related?.length) f.related = r.related;
    if (r.fix) f.fix = r.fix;
    return f;
  };
  for (const r of raws) {
    const f = toFinding(r);
    if (f) findings.push(f);
  }
  if (options.inlineConfig !== false) {
    const extra = applySuppressions(findings, parsed.suppressions, (id) => ruleMeta(id) !== undefined, severityOf);
    for (const r of extra) {
      const f = toFinding(r);
      if (f) findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return { parsed, site, config, router, exposure, mailboxes, tolls, findings };
}

/** One SL001 at line 1 instead of an analysis, for a text that is not checked at all. */
function notAnalysed(text: string, message: string): Analysis {
  const empty = analyze('');
  const end = text.search(/[\r\n]/);
  const first = text.slice(0, Math.min(end < 0 ? text.length : end, 1000));
  return {
    ...empty,
    parsed: { ...empty.parsed, lines: [first] },
    findings: [{ rule: 'SL001', severity: 'error', span: { line: 0, start: 0, end: 0 }, message }],
  };
}

/** U+FFFD: what a decoder (the command line's, or the editor's) makes of bytes that are not UTF-8. */
const REPLACEMENT = '\uFFFD';

/** SL011: one finding per line holding U+FFFD, at the first one. */
function reportEncoding(lines: readonly string[], add: (r: Raw) => void): void {
  for (let n = 0; n < lines.length; n++) {
    const at = lines[n].indexOf(REPLACEMENT);
    if (at < 0) continue;
    add({
      rule: 'SL011',
      span: { line: n, start: at, end: at + 1 },
      message: 'This line holds bytes that are not UTF-8 text (shown as \uFFFD); save the export as UTF-8. The rest of the line is read as written.',
    });
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.span.line - b.span.line || a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export { ALL_RULES };
