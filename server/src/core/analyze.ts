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
    const empty = analyze('');
    const first = text.slice(0, Math.min(text.indexOf('\n') >>> 0, 1000)).replace(/\r$/, '');
    return {
      ...empty,
      parsed: { ...empty.parsed, lines: [first] },
      findings: [{
        rule: 'SL001', severity: 'error', span: { line: 0, start: 0, end: 0 },
        message: `This file has more than ${MAX_TEXT_LENGTH / 1024 / 1024} million characters (${(text.length / 1024 / 1024).toFixed(0)} million); SL Guard does not check a file this large. Split the export.`,
      }],
    };
  }
  const raws: Raw[] = [];
  const add = (r: Raw) => raws.push(r);
  const parsed = parse(text);
  for (const p of parsed.problems) add(p);
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
  return { parsed, site, config, router, exposure, mailboxes, findings };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.span.line - b.span.line || a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export { ALL_RULES };
