// The site security summary (issue 13 §1): what a reviewer signs off, as plain data computed from one
// `analyze()` result. Pure: no I/O. It reads the analysis' own facts (exposure, toll classes, mailboxes,
// suppressions, findings) and the predicates the rules use, so it says what the rules say; it never holds a
// credential's value (not even a user name or a dialled number), only its state.
//
// The score and grade are defined here once (`gradeOf`, docs/report.md); every place that shows them calls it.

import type { Analysis } from './analyze';
import { IntervalSet } from './intervals';
import { covers, DIMM_PORT, PCPRO, WEBPRO } from './router';
import { isFactoryUserName } from './rules/SL103-default-user-name';
import { isWeakUserProPassword } from './rules/SL110-weak-user-pro-password';
import { isWeakSipPassword } from './rules/SL209-weak-sip-phone-login';
import { isWeakDisaPassword } from './rules/SL305-weak-disa-password';
import { isWeakMailboxCode } from './rules/SL404-weak-mailbox-code';
import { dialsAbroad, outcalls } from './rules/sl4xx-util';
import { enabled, isFactoryPassword, isInstallerDefault } from './rules/util';
import { inUse } from './site';
import { isWeakProgrammingPassword } from './weak';
import type { Finding, Interval, Model, Severity } from './types';

export const SUMMARY_VERSION = 1;

/** The NEC services a forward can reach, in the order they are shown. */
export type Service = 'WebPro' | 'PCPro' | 'DIMM' | 'SIP trunks' | 'SIP phones (third-party)' | 'SIP phones (NEC)';
/** The maintenance services: reachable from the internet, any one of them makes the grade F. */
export const MAINTENANCE: readonly Service[] = ['WebPro', 'PCPro', 'DIMM'];

export interface ServiceExposure {
  service: Service;
  port: number;
  /** Where the port is set: 90-54-01 / 90-54-02 (with `default` when still the factory port), or fixed. */
  program: string | null;
  defaultPort: boolean;
  /** Reachable from the internet (any source: an open forward, the DMZ, a public 10-12-01). */
  exposed: boolean;
  /** Why, in words: `DMZ`, `public address`, `forward line 21`. Empty when not exposed. */
  via: string[];
}

export interface ForwardSummary {
  /** 1-based line of the forward statement. */
  line: number;
  protocol: string;
  /** Outside ports, `5060` or `8000-8010`. */
  ports: string;
  /** Ports on the phone system. */
  toPorts: string;
  /** The sources as written (`any` when none); addresses, never a secret. */
  sources: string[];
  /** Open to any source. */
  open: boolean;
  /** The NEC services it reaches, plus `other` when it covers ports that are none of them. */
  reaches: (Service | 'other')[];
}

export interface ExposureSummary {
  /** 10-12-01, the phone system's address. */
  address: string;
  publicAddress: boolean;
  dmz: boolean;
  upnp: boolean;
  /** Forwards to the phone system, in file order. */
  forwards: ForwardSummary[];
  services: ServiceExposure[];
  /** The services reachable from the internet, in `services` order. */
  exposed: Service[];
}

export type CredentialKind = 'programming-user' | 'user-pro' | 'sip-login' | 'disa' | 'mailbox-code';
export type CredentialState = 'factory' | 'weak' | 'shared' | 'fine';
export const STATE_ORDER: readonly CredentialState[] = ['factory', 'weak', 'shared', 'fine'];

export interface CredentialSummary {
  kind: CredentialKind;
  /** The program cells that hold it: `90-02-01/02[3]`, `90-28-01`, `84-22-02[1]`, `25-08-01[2]`, `[mailbox 101] code`. */
  program: string;
  /** Whose it is: `user 2 (IN)`, `extensions 101-104`, `SIP login 1 (extension 101)`, `DISA user 2`, `mailbox 101`. */
  subject: string;
  /** The worst that holds: factory, weak, shared, fine. */
  state: CredentialState;
  /** Every reason that holds, in words (never the value). */
  reasons: string[];
  /** 1-based line that sets it (the password's line for 90-02), or null when it is the factory value. */
  line: number | null;
  /** Rule ids of findings (silenced or not) that the analysis reported about it. */
  rules: string[];
  /** Something a reviewer should know that is not a weakness (`extension not in use`, `Plug and Play: not used`). */
  note?: string;
}

export interface ModeCoverage {
  /** Day/night mode 1-8. */
  mode: number;
  /** Extensions in use (not voicemail ports) that can dial abroad in this mode, `101-104, 120`. */
  extensions: string;
  extensionCount: number;
  voicemailPorts: string;
  voicemailPortCount: number;
  /** DISA users with a password whose class in this mode does not restrict international calls. */
  disaUsers: number[];
}

export interface TollSummary {
  internationalPrefixes: string[];
  /** false: `extensions-in-use` is not declared, so every extension 1-99999999 counts as in use. */
  extensionsDeclared: boolean;
  /** Classes 1-15 that restrict international calls. */
  restrictingClasses: number[];
  /** Classes that leave someone above able to dial abroad. */
  unrestrictedClassesInUse: number[];
  /** Modes 1-8, each with who can dial abroad. */
  modes: ModeCoverage[];
  /** Nobody above can dial abroad in any mode. */
  covered: boolean;
}

export interface MailboxSummary {
  total: number;
  inUse: number;
  /** Mailboxes in use without an access code (SL401's condition). */
  withoutCode: string[];
  /** Personal mailboxes of no extension in use (SL402's condition); null when `extensions-in-use` is not declared. */
  unused: string[] | null;
  /** `notify` / `find-me` that dial abroad (SL403's condition): the mailbox and the key, never the number. */
  internationalNotification: { mailbox: string; key: string; line: number }[];
}

export interface SuppressionSummary {
  /** 1-based line of the comment. */
  line: number;
  scope: 'next-line' | 'file';
  rules: string[];
  /** The reason after `--`, or null when there is none (SL008). */
  reason: string | null;
  /** How many findings it silences. */
  silenced: number;
}

export type Area = 'syntax' | 'access' | 'network' | 'toll' | 'voicemail';
export const AREAS: readonly { area: Area; label: string; prefix: string }[] = [
  { area: 'syntax', label: 'Syntax and values (SL0xx)', prefix: 'SL0' },
  { area: 'access', label: 'Programming access (SL1xx)', prefix: 'SL1' },
  { area: 'network', label: 'Network exposure (SL2xx)', prefix: 'SL2' },
  { area: 'toll', label: 'Toll fraud (SL3xx)', prefix: 'SL3' },
  { area: 'voicemail', label: 'Voicemail (SL4xx)', prefix: 'SL4' },
];

export function areaOf(rule: string): Area {
  return AREAS.find((a) => rule.startsWith(a.prefix))?.area ?? 'syntax';
}

export type Counts = Record<Severity, number> & { suppressed: number };

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface SiteSummary {
  name: string;
  model: Model;
  exposure: ExposureSummary;
  credentials: CredentialSummary[];
  tolls: TollSummary;
  mailboxes: MailboxSummary;
  suppressions: SuppressionSummary[];
  /** Unsuppressed findings per severity, and the number silenced. */
  counts: Counts;
  /** Unsuppressed findings per rule id, sorted by id. */
  byRule: Record<string, number>;
  /** Unsuppressed findings per area. */
  byArea: Record<Area, number>;
  score: number;
  grade: Grade;
  /** Why the grade is what it is, in words (`WebPro reachable from the internet`, `2 errors`). */
  gradeReasons: string[];
}

// ---- score and grade -------------------------------------------------------------------------------------

/** Points an unsuppressed finding takes off the score of 100 (docs/report.md). */
export const PENALTY: Record<Severity, number> = { error: 20, warning: 5, information: 1, hint: 0 };

/**
 * The one scoring rule (docs/report.md): 100 minus 20 per error, 5 per warning, 1 per information (hints and
 * silenced findings take nothing off), never below 0. Grade by score: A ≥ 90, B ≥ 75, C ≥ 50, D ≥ 25, else F;
 * a site with an error is at best C; a site whose WebPro, PCPro or DIMM port is reachable from the internet
 * is F whatever its score (even with those findings silenced or their rules off).
 */
export function gradeOf(counts: Counts, exposedMaintenance: readonly string[]): { score: number; grade: Grade; reasons: string[] } {
  const lost = counts.error * PENALTY.error + counts.warning * PENALTY.warning + counts.information * PENALTY.information;
  const score = Math.max(0, 100 - lost);
  let grade: Grade = score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 50 ? 'C' : score >= 25 ? 'D' : 'F';
  const reasons: string[] = [];
  if (lost > 0) reasons.push(`score ${score}: ${[n(counts.error, 'error'), n(counts.warning, 'warning'), n(counts.information, 'information')].filter(Boolean).join(', ')}`);
  if (counts.error > 0 && grade < 'C') {
    grade = 'C';
    reasons.push('an error caps the grade at C');
  }
  if (exposedMaintenance.length > 0) {
    grade = 'F';
    reasons.push(`${exposedMaintenance.join(', ')} reachable from the internet`);
  }
  return { score, grade, reasons };
}

const n = (k: number, word: string) => (k === 0 ? '' : `${k} ${word === 'information' ? word : k === 1 ? word : `${word}s`}`);

/** Worst first: grade, then score, then errors, then warnings; `name` breaks ties. */
export function compareSites(a: Pick<SiteSummary, 'grade' | 'score' | 'counts'>, b: Pick<SiteSummary, 'grade' | 'score' | 'counts'>): number {
  return (b.grade > a.grade ? 1 : b.grade < a.grade ? -1 : 0) || a.score - b.score || b.counts.error - a.counts.error || b.counts.warning - a.counts.warning;
}

/** One line for a status bar or a list: `exposed: WebPro, DIMM · 3 errors · grade F`. */
export function headline(s: SiteSummary): string {
  const parts: string[] = [];
  if (s.exposure.exposed.length) parts.push(`exposed: ${[...new Set(s.exposure.exposed.map(shortService))].join(', ')}`);
  const c = s.counts;
  const counted = [n(c.error, 'error'), n(c.warning, 'warning')].filter(Boolean);
  parts.push(counted.length ? counted.join(', ') : 'no errors or warnings');
  parts.push(`grade ${s.grade}`);
  return parts.join(' · ');
}

export function shortService(s: Service): string {
  return s.startsWith('SIP') ? 'SIP' : s;
}

// ---- the summary -----------------------------------------------------------------------------------------

const LEVEL: Record<number, string> = { 2: 'IN', 3: 'SA', 4: 'SB', 5: 'UA' };
const MODES = 8;

export function summarize(a: Analysis): SiteSummary {
  const rulesByLine = new Map<number, Set<string>>();
  for (const f of a.findings) {
    let s = rulesByLine.get(f.span.line);
    if (!s) rulesByLine.set(f.span.line, (s = new Set()));
    s.add(f.rule);
  }
  const exposure = exposureOf(a);
  const counts = countFindings(a.findings);
  const byRule: Record<string, number> = {};
  const byArea = Object.fromEntries(AREAS.map((x) => [x.area, 0])) as Record<Area, number>;
  for (const f of a.findings) {
    if (f.suppressed) continue;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    byArea[areaOf(f.rule)]++;
  }
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([x], [y]) => (x < y ? -1 : 1)));
  const g = gradeOf(counts, exposure.exposed.filter((s) => MAINTENANCE.includes(s)));
  return {
    name: a.site.name,
    model: a.site.model,
    exposure,
    credentials: credentialsOf(a, rulesByLine),
    tolls: tollsOf(a),
    mailboxes: mailboxesOf(a),
    suppressions: suppressionsOf(a),
    counts,
    byRule: sortedByRule,
    byArea,
    score: g.score,
    grade: g.grade,
    gradeReasons: g.reasons,
  };
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, information: 0, hint: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) c.suppressed++;
    else c[f.severity]++;
  }
  return c;
}

const ports = (iv: Interval) => (iv[0] === iv[1] ? `${iv[0]}` : `${iv[0]}-${iv[1]}`);

function exposureOf(a: Analysis): ExposureSummary {
  const { exposure: ex, config, router } = a;
  const web = config.get(WEBPRO);
  const pc = config.get(PCPRO);
  const services: { service: Service; port: number; program: string | null; defaultPort: boolean }[] = [
    { service: 'WebPro', port: Number(web.value), program: WEBPRO, defaultPort: web.value === '80' },
    { service: 'PCPro', port: Number(pc.value), program: PCPRO, defaultPort: pc.value === '8000' },
    { service: 'DIMM', port: DIMM_PORT, program: null, defaultPort: true },
    { service: 'SIP trunks', port: 5060, program: null, defaultPort: true },
    { service: 'SIP phones (third-party)', port: 5070, program: null, defaultPort: true },
    { service: 'SIP phones (NEC)', port: 5080, program: null, defaultPort: true },
  ];
  const forwards: ForwardSummary[] = ex.toPbx.map((f) => {
    const reaches: (Service | 'other')[] = services.filter((s) => covers(f, s.port)).map((s) => s.service);
    const known = services.filter((s) => covers(f, s.port)).length;
    if (f.inside[1] - f.inside[0] + 1 > known) reaches.push('other');
    const sources = f.stmt.forward?.sources.map((s) => s.text) ?? [];
    return { line: f.stmt.line + 1, protocol: f.protocol, ports: ports(f.outside), toPorts: ports(f.inside), sources: sources.length ? sources : ['any'], open: f.open, reaches };
  });
  const svc: ServiceExposure[] = services.map((s) => {
    const via: string[] = [];
    if (ex.publicAddress) via.push('public address (10-12-01)');
    if (ex.inDmz) via.push(`DMZ (line ${router.dmz!.stmt.line + 1})`);
    for (const f of ex.toPbx) if (f.open && covers(f, s.port)) via.push(`forward (line ${f.stmt.line + 1})`);
    return { ...s, exposed: ex.isExposed(s.port), via };
  });
  return {
    address: ex.pbx,
    publicAddress: ex.publicAddress,
    dmz: ex.inDmz,
    upnp: router.upnp?.on === true || config.get('10-37-01').value === '1',
    forwards,
    services: svc,
    exposed: svc.filter((s) => s.exposed).map((s) => s.service),
  };
}

/** Marks `shared` on entries whose value another entry of the same kind also has (values dropped afterwards). */
function markShared(entries: { c: CredentialSummary; value: string }[], what: string): void {
  const byValue = new Map<string, CredentialSummary[]>();
  for (const e of entries) {
    if (e.value === '') continue;
    const l = byValue.get(e.value) ?? [];
    l.push(e.c);
    byValue.set(e.value, l);
  }
  for (const group of byValue.values()) {
    if (group.length < 2) continue;
    for (const c of group) c.reasons.push(`same ${what} as ${group.filter((o) => o !== c).map((o) => o.subject).join(', ')}`);
  }
}

function worst(states: CredentialState[]): CredentialState {
  let best = 3;
  for (const s of states) best = Math.min(best, STATE_ORDER.indexOf(s));
  return STATE_ORDER[best];
}

function credentialsOf(a: Analysis, rulesByLine: Map<number, Set<string>>): CredentialSummary[] {
  const { config, site } = a;
  const anchor = site.modelAnchor.line;
  const rulesAt = (line0: number | null, family: string[]): string[] => {
    const s = rulesByLine.get(line0 ?? anchor);
    return s ? family.filter((r) => s.has(r)) : [];
  };
  const out: CredentialSummary[] = [];
  const finish = (group: { c: CredentialSummary; value: string; states: CredentialState[] }[], what: string) => {
    markShared(group, what);
    for (const g of group) {
      if (g.c.reasons.some((r) => r.startsWith('same '))) g.states.push('shared');
      g.c.state = worst(g.states);
      out.push(g.c);
    }
  };

  // 90-02: enabled users 2-8.
  const users: { c: CredentialSummary; value: string; states: CredentialState[] }[] = [];
  for (let u = 2; u <= 8; u++) {
    const level = Number(config.get('90-02-03', u).value);
    if (!enabled(level)) continue;
    const name = config.get('90-02-01', u);
    const pw = config.get('90-02-02', u);
    const reasons: string[] = [];
    const states: CredentialState[] = [];
    if (isFactoryUserName(name.value)) { reasons.push('factory user name'); states.push('factory'); }
    if (isInstallerDefault(level, pw.value) || isFactoryPassword(level, pw.value)) { reasons.push('factory password'); states.push('factory'); }
    else if (pw.value === '') { reasons.push('no password'); states.push('weak'); }
    else if (isWeakProgrammingPassword(pw.value)) { reasons.push('weak password (shorter than 8, one character, or a run)'); states.push('weak'); }
    const pl = pw.write?.entry.line ?? null;
    const nl = name.write?.entry.line ?? null;
    const rules = [...new Set([...rulesAt(pl, ['SL101', 'SL102', 'SL104', 'SL105']), ...rulesAt(nl, ['SL103'])])].sort();
    users.push({
      c: { kind: 'programming-user', program: `90-02-01/02[${u}]`, subject: `user ${u} (${LEVEL[level]})`, state: 'fine', reasons, line: pl === null ? null : pl + 1, rules },
      value: pw.value, states,
    });
  }
  finish(users, 'password');

  // 90-28-01: User Pro passwords, one entry per line that sets one (its extensions as it left them).
  const userPro = new Map<number, { c: CredentialSummary; value: string; states: CredentialState[]; exts: Interval[] }>();
  for (const s of config.item('90-28-01').segments()) {
    if (!s.write || s.value === '') continue;
    const line = s.write.entry.line;
    let g = userPro.get(line);
    if (!g) {
      g = { c: { kind: 'user-pro', program: '90-28-01', subject: '', state: 'fine', reasons: [], line: line + 1, rules: rulesAt(line, ['SL110', 'SL111']) }, value: s.value, states: [], exts: [] };
      userPro.set(line, g);
    }
    g.exts.push(s.box[0]);
    if (isWeakUserProPassword(s.value, s.box[0]) && !g.states.includes('weak')) {
      g.states.push('weak');
      g.c.reasons.push('weak (shorter than 4, one character, a run, or the extension number)');
    }
  }
  const used = inUse(site);
  for (const g of userPro.values()) {
    const exts = IntervalSet.of(g.exts);
    g.c.subject = `${exts.size === 1 ? 'extension' : 'extensions'} ${exts.format(6)}`;
    if (site.extensionsInUse && !exts.minus(used).isEmpty) g.c.note = `set for extensions not in use (${exts.minus(used).format(6)})`;
  }
  finish([...userPro.values()], 'User Pro password');

  // 84-22: SIP login records that extensions link to (15-05-27).
  const records = new Map<number, { exts: Interval[]; lines: Set<number> }>();
  for (const s of config.item('15-05-27').segments()) {
    const r = Number(s.value);
    if (!s.write || !(r >= 1)) continue;
    let g = records.get(r);
    if (!g) records.set(r, (g = { exts: [], lines: new Set() }));
    g.exts.push(s.box[0]);
    g.lines.add(s.write.entry.line);
  }
  const mode = config.get('10-46-01').value;
  const sip: { c: CredentialSummary; value: string; states: CredentialState[] }[] = [];
  for (const [r, { exts, lines }] of [...records.entries()].sort((x, y) => x[0] - y[0])) {
    const pw = config.get('84-22-02', r);
    const uid = config.get('84-22-01', r).value;
    const set = IntervalSet.of(exts);
    const weak = exts.some((e) => isWeakSipPassword(pw.value, uid, e));
    const line = pw.write?.entry.line ?? null;
    // SL209 points at the 84-22-02 line, or at the 15-05-27 line when the password was never written.
    const rules = line !== null ? rulesAt(line, ['SL209']) : [...lines].some((l) => rulesAt(l, ['SL209']).length) ? ['SL209'] : [];
    sip.push({
      c: {
        kind: 'sip-login', program: `84-22-02[${r}]`, subject: `SIP login ${r} (${set.size === 1 ? 'extension' : 'extensions'} ${set.format(6)})`,
        state: 'fine', reasons: weak ? [pw.value === '' ? 'no password' : 'weak (shorter than 6, the user id, or the extension number)'] : [],
        line: line === null ? null : line + 1, rules,
        ...(mode === '0' ? { note: '10-46-01 = 0 (Plug and Play): SIP phones register without any login' } : {}),
      },
      value: pw.value, states: weak ? ['weak'] : [],
    });
  }
  finish(sip, 'SIP password');

  // 25-08-01: DISA users with a password.
  const disa: { c: CredentialSummary; value: string; states: CredentialState[] }[] = [];
  for (let d = 1; d <= 15; d++) {
    const pw = config.get('25-08-01', d);
    if (pw.value === '' || !pw.write) continue;
    const weak = isWeakDisaPassword(pw.value);
    const line = pw.write.entry.line;
    disa.push({
      c: { kind: 'disa', program: `25-08-01[${d}]`, subject: `DISA user ${d}`, state: 'fine', reasons: weak ? ['weak (shorter than 6, one digit, or a run)'] : [], line: line + 1, rules: rulesAt(line, ['SL303', 'SL305']) },
      value: pw.value, states: weak ? ['weak'] : [],
    });
  }
  finish(disa, 'DISA password');

  // Mailbox access codes.
  const codes: { c: CredentialSummary; value: string; states: CredentialState[] }[] = [];
  for (const mb of a.mailboxes) {
    if (mb.code === null) continue;
    const line = mb.data!.code!.value.span.line;
    const weak = isWeakMailboxCode(mb.code, mb.number);
    codes.push({
      c: {
        kind: 'mailbox-code', program: `[mailbox ${mb.number}] code`, subject: `mailbox ${mb.number}`, state: 'fine',
        reasons: weak ? ['weak (shorter than 4, one digit, a run, or the mailbox number)'] : [], line: line + 1, rules: rulesAt(line, ['SL404']),
        ...(mb.inUse ? {} : { note: 'mailbox not in use' }),
      },
      value: mb.code, states: weak ? ['weak'] : [],
    });
  }
  finish(codes, 'code');
  return out;
}

function tollsOf(a: Analysis): TollSummary {
  const { config, site, tolls } = a;
  const ext = inUse(site).minus(site.voicemailPorts);
  const vm = site.voicemailPorts;
  const extByMode: Interval[][] = Array.from({ length: MODES }, () => []);
  const vmByMode: Interval[][] = Array.from({ length: MODES }, () => []);
  const classes = new Set<number>();
  for (const s of config.item('21-04-01').segments()) {
    const cls = Number(s.value);
    if (tolls.restricts(cls)) continue;
    const [lo, hi] = s.box[0];
    const e = ext.intersectRange(lo, hi);
    const v = vm.intersectRange(lo, hi);
    if (e.isEmpty && v.isEmpty) continue;
    classes.add(cls);
    for (let m = Math.max(1, s.box[1][0]); m <= Math.min(MODES, s.box[1][1]); m++) {
      extByMode[m - 1].push(...e.parts);
      vmByMode[m - 1].push(...v.parts);
    }
  }
  const disaByMode: number[][] = Array.from({ length: MODES }, () => []);
  for (let d = 1; d <= 15; d++) {
    const pw = config.get('25-08-01', d);
    if (pw.value === '' || !pw.write) continue;
    for (let m = 1; m <= MODES; m++) {
      const cls = Number(config.get('25-11-01', d, m).value);
      if (tolls.restricts(cls)) continue;
      classes.add(cls);
      disaByMode[m - 1].push(d);
    }
  }
  const modes: ModeCoverage[] = extByMode.map((parts, i) => {
    const e = IntervalSet.of(parts);
    const v = IntervalSet.of(vmByMode[i]);
    return { mode: i + 1, extensions: e.format(8), extensionCount: e.size, voicemailPorts: v.format(8), voicemailPortCount: v.size, disaUsers: disaByMode[i] };
  });
  const restricting: number[] = [];
  for (let c = 1; c <= 15; c++) if (tolls.restricts(c)) restricting.push(c);
  return {
    internationalPrefixes: site.internationalPrefixes,
    extensionsDeclared: site.extensionsInUse !== null,
    restrictingClasses: restricting,
    unrestrictedClassesInUse: [...classes].sort((x, y) => x - y),
    modes,
    covered: modes.every((m) => m.extensionCount === 0 && m.voicemailPortCount === 0 && m.disaUsers.length === 0),
  };
}

function mailboxesOf(a: Analysis): MailboxSummary {
  const { site } = a;
  const intl: MailboxSummary['internationalNotification'] = [];
  for (const mb of a.mailboxes) {
    for (const e of outcalls(mb)) {
      if (dialsAbroad(e.value.text, site.trunkAccessCode, site.internationalPrefixes)) intl.push({ mailbox: mb.number, key: e.key.text, line: e.line + 1 });
    }
  }
  return {
    total: a.mailboxes.length,
    inUse: a.mailboxes.filter((m) => m.inUse).length,
    withoutCode: a.mailboxes.filter((m) => m.inUse && m.code === null).map((m) => m.number),
    unused: site.extensionsInUse ? a.mailboxes.filter((m) => m.type === 1 && !m.inUse).map((m) => m.number) : null,
    internationalNotification: intl,
  };
}

function suppressionsOf(a: Analysis): SuppressionSummary[] {
  const silenced = new Map<number, number>();
  for (const f of a.findings) if (f.suppressed) silenced.set(f.suppressed.comment.line, (silenced.get(f.suppressed.comment.line) ?? 0) + 1);
  return a.parsed.suppressions.map((s) => ({
    line: s.line + 1, scope: s.scope, rules: s.rules.map((r) => r.text.slice(0, 20)), reason: s.reason, silenced: silenced.get(s.line) ?? 0,
  }));
}
