// The data of a report across sites (`slguard report`, the editor's summary and workspace review): one entry
// per site export with its summary and findings, totals across sites, and what changed since an earlier
// report. Pure: no I/O. `--format json` writes exactly this object; the HTML page is rendered from it.
// Holds no secret: the summary never holds a credential's value, and finding messages never do either.

import type { Analysis } from '../core/analyze';
import { ruleMeta } from '../core/rules';
import {
  AREAS, compareSites, type Area, type Counts, type Grade, type SiteSummary, summarize,
} from '../core/summary';
import type { Severity } from '../core/types';
import { ruleHref } from '../core/types';

export const REPORT_FORMAT = 'slguard-report';
export const REPORT_FORMAT_VERSION = 1;

export interface ReportFinding {
  /** 1-based. */
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
  /** The reason of the suppression comment that silences it; absent when not silenced. */
  suppressed?: string;
}

export interface SiteChange {
  /** `new`: the earlier report did not have this path. */
  status: 'new' | 'better' | 'worse' | 'same';
  before?: { grade: Grade; score: number; counts: Counts };
  /** Findings (rule and message, lines ignored) that the earlier report had and this one has not. */
  fixed: { rule: string; message: string }[];
  /** Findings this report has and the earlier one had not. */
  added: { rule: string; message: string }[];
}

export interface ReportSite {
  /** As given on the command line (folders joined with `/`). */
  path: string;
  summary: SiteSummary;
  findings: ReportFinding[];
  change?: SiteChange;
}

export interface RuleTotal {
  rule: string;
  name: string;
  summary: string;
  severity: Severity;
  area: Area;
  href: string;
  /** Unsuppressed findings across sites. */
  count: number;
  /** Sites with at least one. */
  sites: number;
}

export interface ReportData {
  format: typeof REPORT_FORMAT;
  formatVersion: typeof REPORT_FORMAT_VERSION;
  tool: { name: 'slguard'; version: string };
  /** ISO date and time the report was made. */
  generated: string;
  /** Sites worst first. */
  sites: ReportSite[];
  totals: {
    sites: number;
    counts: Counts;
    grades: Record<Grade, number>;
    byArea: Record<Area, number>;
    /** Rules with at least one unsuppressed finding, most findings first. */
    byRule: RuleTotal[];
    /** Sites where each NEC service is reachable from the internet. */
    exposed: Record<string, number>;
    /** Credentials per state, across sites. */
    credentials: Record<'factory' | 'weak' | 'shared' | 'fine', number>;
    /** Sites where someone can dial abroad in some mode. */
    dialAbroad: number;
  };
  /** Inputs that could not be checked. */
  problems: { path: string; message: string }[];
  /** When compared with an earlier report (`--previous`). */
  previous?: { generated: string; sites: number; removed: string[] };
}

/** One site entry from its analysis (the analysis can be dropped afterwards). */
export function siteEntry(path: string, analysis: Analysis): ReportSite {
  return {
    path,
    summary: summarize(analysis),
    findings: analysis.findings.map((f) => ({
      line: f.span.line + 1, column: f.span.start + 1, rule: f.rule, severity: f.severity, message: f.message,
      ...(f.suppressed ? { suppressed: f.suppressed.justification } : {}),
    })),
  };
}

export function buildReport(sites: ReportSite[], meta: { version: string; generated?: string; problems?: { path: string; message: string }[] }): ReportData {
  const ordered = [...sites].sort((a, b) => compareSites(a.summary, b.summary) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0, suppressed: 0 };
  const grades: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0, F: 0 };
  const byArea = Object.fromEntries(AREAS.map((a) => [a.area, 0])) as Record<Area, number>;
  const rules = new Map<string, RuleTotal>();
  const exposed: Record<string, number> = {};
  const credentials = { factory: 0, weak: 0, shared: 0, fine: 0 };
  let dialAbroad = 0;
  for (const s of ordered) {
    const sum = s.summary;
    for (const k of Object.keys(counts) as (keyof Counts)[]) counts[k] += sum.counts[k];
    grades[sum.grade]++;
    for (const a of AREAS) byArea[a.area] += sum.byArea[a.area];
    for (const [rule, count] of Object.entries(sum.byRule)) {
      let t = rules.get(rule);
      if (!t) {
        const m = ruleMeta(rule);
        t = { rule, name: m?.name ?? rule, summary: m?.summary ?? '', severity: m?.severity ?? 'warning', area: AREAS.find((x) => rule.startsWith(x.prefix))?.area ?? 'syntax', href: ruleHref(rule), count: 0, sites: 0 };
        rules.set(rule, t);
      }
      t.count += count;
      t.sites++;
    }
    for (const svc of sum.exposure.exposed) exposed[svc] = (exposed[svc] ?? 0) + 1;
    for (const c of sum.credentials) credentials[c.state]++;
    if (!sum.tolls.covered) dialAbroad++;
  }
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    tool: { name: 'slguard', version: meta.version },
    generated: meta.generated ?? new Date().toISOString(),
    sites: ordered,
    totals: {
      sites: ordered.length, counts, grades, byArea,
      byRule: [...rules.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1)),
      exposed, credentials, dialAbroad,
    },
    problems: meta.problems ?? [],
  };
}

// ---- comparing with an earlier report ---------------------------------------------------------------------

export class PreviousReportError extends Error {}

/** An earlier JSON report, checked enough to compare with; anything else is a PreviousReportError. */
export function parsePrevious(text: string): ReportData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PreviousReportError('not JSON; --previous takes a report written with --format json');
  }
  const d = data as Partial<ReportData> | null;
  if (!d || typeof d !== 'object' || d.format !== REPORT_FORMAT || !Array.isArray(d.sites)) {
    throw new PreviousReportError(`not an SL Guard JSON report (no "format": "${REPORT_FORMAT}"); --previous takes a report written with --format json`);
  }
  if (d.formatVersion !== REPORT_FORMAT_VERSION) throw new PreviousReportError(`report format version ${String(d.formatVersion)}; this SL Guard reads version ${REPORT_FORMAT_VERSION}`);
  for (const s of d.sites) {
    const ok = s && typeof s.path === 'string' && s.summary && typeof s.summary.score === 'number' && typeof s.summary.grade === 'string' && s.summary.counts && Array.isArray(s.findings);
    if (!ok) throw new PreviousReportError('a site entry lacks its path, summary or findings');
  }
  return d as ReportData;
}

/** Findings compared without their line: line numbers in messages (`line 23`) do not count either. */
const key = (f: { rule: string; message: string }) => `${f.rule}\u0000${f.message.replace(/\bline \d+/g, 'line N').replace(/\blines? \d+(-\d+)?/g, 'line N')}`;

/** Adds `change` to every site and `previous` to the report. */
export function compareWith(report: ReportData, previous: ReportData): ReportData {
  const before = new Map(previous.sites.map((s) => [s.path, s]));
  for (const s of report.sites) {
    const old = before.get(s.path);
    if (!old) {
      s.change = { status: 'new', fixed: [], added: [] };
      continue;
    }
    before.delete(s.path);
    const open = (fs: ReportFinding[]) => fs.filter((f) => f.suppressed === undefined);
    const pool = new Map<string, number>();
    for (const f of open(old.findings)) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
    const added: SiteChange['added'] = [];
    for (const f of open(s.findings)) {
      const k = key(f);
      const n = pool.get(k) ?? 0;
      if (n > 0) pool.set(k, n - 1);
      else added.push({ rule: f.rule, message: f.message });
    }
    const fixed: SiteChange['fixed'] = [];
    const left = new Map(pool);
    for (const f of open(old.findings)) {
      const k = key(f);
      const n = left.get(k) ?? 0;
      if (n > 0) { fixed.push({ rule: f.rule, message: f.message }); left.set(k, n - 1); }
    }
    const o = old.summary;
    const cmp = compareSites(s.summary, o); // < 0: now worse
    const status: SiteChange['status'] = cmp < 0 ? 'worse' : cmp > 0 ? 'better' : added.length > fixed.length ? 'worse' : fixed.length > added.length ? 'better' : 'same';
    s.change = { status, before: { grade: o.grade, score: o.score, counts: o.counts }, fixed, added };
  }
  report.previous = { generated: String(previous.generated ?? ''), sites: previous.sites.length, removed: [...before.keys()] };
  return report;
}
