// The customer handover sheet as plain data: every credential of one site's effective configuration, grouped
// by kind, ready for a renderer (cli/handover-pdf.ts, cli/handover-html.ts). Pure: no I/O.
//
// This is the one place where SL Guard collects secret values on purpose (the dealer note: changed passwords
// are documented by the dealer and given to the customer for safe storage). Nothing here may be logged; the
// only consumer writes the sheet to the file the technician named (INTERFACES.md "Customer handover sheet").

import type { Analysis } from './analyze';
import { IntervalSet } from './intervals';
import { inUse } from './site';
import type { Interval } from './types';

export type CredentialKind = 'programming-user' | 'user-pro' | 'sip-login' | 'disa' | 'sip-trunk' | 'mailbox';

/** What `--previous` says about one credential. */
export type Change = 'new' | 'changed' | 'unchanged';

export interface Column {
  title: string;
  /** The value is a password or code: printed in a fixed-width font, never anywhere but the sheet. */
  secret?: boolean;
  /** The column is part of the login (name, user id, password): a difference marks the row changed. */
  login?: boolean;
  /** Relative width in the PDF. */
  width: number;
}

export interface CredentialRow {
  /** Identity across two exports of one site: `user 2`, `extension 101`, `mailbox 104`. */
  key: string;
  /** One value per column. An empty string is a blank cell of the phone system, printed as such. */
  values: string[];
  /** Short remarks for the customer (factory default, not in use); never a value. */
  notes: string[];
  /** Set only when the sheet compares with an earlier export. */
  change?: Change;
}

export interface CredentialTable {
  kind: CredentialKind;
  title: string;
  /** The NEC program or section the values come from, for the technician (`90-02`). */
  source: string;
  columns: Column[];
  rows: CredentialRow[];
}

export interface HandoverSheet {
  siteName: string;
  model: string;
  software: string;
  /** The export's file name as given (no secret). */
  file: string;
  date: Date;
  tables: CredentialTable[];
  /** With --previous: the export compared with, and the credentials it had that this one no longer has. */
  previous?: { file: string; removed: string[] };
  /** Lines of the export that were not applied (SL001-SL004): the sheet shows the configuration without them. */
  unreadLines: number;
}

/** Every secret program item the sheet reads (a test checks that the catalog has no other secret item). */
export const SECRET_ITEMS: readonly string[] = ['90-02-02', '90-28-01', '84-22-02', '25-08-01', '10-36-04'];

/** A User Pro range written as one line is listed per extension up to this many extensions, else as one row. */
const EXPAND_MAX = 100;

const LEVELS: Record<number, string> = { 2: 'IN (installer)', 3: 'SA (system administrator)', 4: 'SB (administrator)', 5: 'UA (user)' };

const FACTORY = 'factory default: change it';

/** Every credential of the analysed export; `previous` (an analysis of an older export) marks what changed. */
export function collectCredentials(a: Analysis, opts: { file: string; date: Date; previous?: { analysis: Analysis; file: string } }): HandoverSheet {
  const tables = credentialTables(a);
  const sheet: HandoverSheet = {
    siteName: a.site.name,
    model: a.site.model,
    software: a.parsed.sections.find((s) => s.kind === 'site')?.entries.filter((e) => e.key.text === 'software').pop()?.value.text ?? '',
    file: opts.file,
    date: opts.date,
    tables,
    unreadLines: new Set(a.findings.filter((f) => /^SL00[1-4]$/.test(f.rule)).map((f) => f.span.line)).size,
  };
  if (opts.previous) sheet.previous = { file: opts.previous.file, removed: markChanges(tables, credentialTables(opts.previous.analysis)) };
  return sheet;
}

/** The tables of one export, in the order of the sheet; a kind with no credential has an empty table. */
export function credentialTables(a: Analysis): CredentialTable[] {
  return [programmingUsers(a), userPro(a), sipLogins(a), disa(a), sipTrunks(a), mailboxes(a)];
}

function programmingUsers(a: Analysis): CredentialTable {
  const rows: CredentialRow[] = [];
  for (let user = 2; user <= 8; user++) {
    const level = Number(a.config.get('90-02-03', user).value);
    if (level < 2 || level > 5) continue;
    const name = a.config.get('90-02-01', user);
    const pw = a.config.get('90-02-02', user);
    const notes: string[] = [];
    if (pw.write === null && pw.value !== '') notes.push(FACTORY);
    if (pw.value === '') notes.push('no password');
    rows.push({ key: `user ${user}`, values: [String(user), LEVELS[level], name.value, pw.value], notes: withBlanks(notes, [name.value, pw.value]) });
  }
  return {
    kind: 'programming-user', title: 'Programming users', source: '90-02',
    columns: [
      { title: 'User', width: 0.6 },
      { title: 'Level', width: 1.7 },
      { title: 'User name', login: true, secret: true, width: 1.6 },
      { title: 'Password', login: true, secret: true, width: 1.5 },
    ],
    rows,
  };
}

function userPro(a: Analysis): CredentialTable {
  const used = inUse(a.site);
  const rows: CredentialRow[] = [];
  for (const s of a.config.item('90-28-01').segments()) {
    if (s.value === '') continue;
    const [lo, hi] = s.box[0];
    const each = hi - lo < EXPAND_MAX ? range(lo, hi) : null;
    for (const [from, to] of each ? each.map((e) => [e, e] as Interval) : [[lo, hi] as Interval]) {
      const notes: string[] = [];
      const inuse = IntervalSet.range(from, to).intersect(used);
      if (inuse.isEmpty) notes.push('extension not in use');
      rows.push({ key: `extension ${from === to ? from : `${from}-${to}`}`, values: [from === to ? String(from) : `${from}-${to}`, s.value], notes: withBlanks(notes, [s.value]) });
    }
  }
  return {
    kind: 'user-pro', title: 'User Pro (web) passwords per extension', source: '90-28',
    columns: [{ title: 'Extension', width: 1 }, { title: 'Password', login: true, secret: true, width: 2 }],
    rows,
  };
}

function sipLogins(a: Analysis): CredentialTable {
  // Which extensions use each login record (15-05-27).
  const linked = new Map<number, Interval[]>();
  for (const s of a.config.item('15-05-27').segments()) {
    const record = Number(s.value);
    if (record === 0) continue;
    const l = linked.get(record) ?? [];
    l.push(s.box[0]);
    linked.set(record, l);
  }
  const rows: CredentialRow[] = [];
  for (let record = 1; record <= 128; record++) {
    const uid = a.config.get('84-22-01', record).value;
    const pw = a.config.get('84-22-02', record).value;
    if (uid === '' && pw === '') continue;
    const ext = linked.get(record);
    const notes: string[] = [];
    if (!ext) notes.push('no extension uses this login');
    if (pw === '') notes.push('no password');
    rows.push({ key: `login ${record}`, values: [String(record), ext ? IntervalSet.of(ext).format(6) : '', uid, pw], notes: withBlanks(notes, [uid, pw]) });
  }
  return {
    kind: 'sip-login', title: 'SIP phone logins', source: '84-22',
    columns: [
      { title: 'Login', width: 0.6 },
      { title: 'Extensions', width: 1.2 },
      { title: 'User ID', login: true, secret: true, width: 1.8 },
      { title: 'Password', login: true, secret: true, width: 1.8 },
    ],
    rows,
  };
}

function disa(a: Analysis): CredentialTable {
  const rows: CredentialRow[] = [];
  for (let user = 1; user <= 15; user++) {
    const pw = a.config.get('25-08-01', user).value;
    if (pw !== '') rows.push({ key: `disa ${user}`, values: [String(user), pw], notes: [] });
  }
  return {
    kind: 'disa', title: 'DISA (remote dial-in) passwords', source: '25-08',
    columns: [{ title: 'DISA user', width: 1 }, { title: 'Password', login: true, secret: true, width: 2 }],
    rows,
  };
}

function sipTrunks(a: Analysis): CredentialTable {
  const rows: CredentialRow[] = [];
  for (let reg = 0; reg <= 31; reg++) {
    const v = ['10-36-02', '10-36-03', '10-36-04'].map((ad) => a.config.get(ad, reg).value);
    if (v.every((x) => x === '')) continue;
    rows.push({ key: `register ${reg}`, values: [String(reg), ...v], notes: withBlanks(v[2] === '' ? ['no password'] : [], v) });
  }
  return {
    kind: 'sip-trunk', title: 'SIP trunk registrations', source: '10-36',
    columns: [
      { title: 'Register', width: 0.7 },
      { title: 'User ID', login: true, secret: true, width: 1.6 },
      { title: 'Authentication ID', login: true, secret: true, width: 1.6 },
      { title: 'Password', login: true, secret: true, width: 1.6 },
    ],
    rows,
  };
}

function mailboxes(a: Analysis): CredentialTable {
  const rows: CredentialRow[] = [];
  for (const mb of a.mailboxes) {
    if (mb.code === null) continue;
    rows.push({ key: `mailbox ${mb.number}`, values: [mb.number, mb.type === 1 ? 'personal' : 'group', mb.code], notes: mb.inUse ? [] : ['mailbox not in use'] });
  }
  rows.sort((x, y) => compareNumbers(x.values[0], y.values[0]));
  return {
    kind: 'mailbox', title: 'Voice mailbox security codes', source: '[mailbox N] code',
    columns: [{ title: 'Mailbox', width: 1 }, { title: 'Type', width: 1 }, { title: 'Security code', login: true, secret: true, width: 1.5 }],
    rows,
  };
}

/**
 * Marks each row of `now` new, changed or unchanged against `before` (by key, comparing the login columns) and
 * returns the subjects that `before` had and `now` has not. No value of `before` leaves this function.
 */
export function markChanges(now: CredentialTable[], before: CredentialTable[]): string[] {
  const removed: string[] = [];
  for (const t of now) {
    const old = before.find((b) => b.kind === t.kind);
    const login = (table: CredentialTable, r: CredentialRow) => table.columns.map((c, i) => (c.login ? r.values[i] : '')).join('\0');
    const oldRows = new Map((old?.rows ?? []).map((r) => [r.key, r] as const));
    for (const r of t.rows) {
      const o = oldRows.get(r.key);
      r.change = !o ? 'new' : login(old!, o) === login(t, r) ? 'unchanged' : 'changed';
    }
    const keys = new Set(t.rows.map((r) => r.key));
    for (const o of old?.rows ?? []) if (!keys.has(o.key)) removed.push(o.key);
  }
  return removed;
}

/** A note when a value begins or ends with a blank (written in quotes in the export), which print cannot show. */
function withBlanks(notes: string[], values: string[]): string[] {
  if (values.some((v) => v !== v.trim())) notes.push('a value begins or ends with a space');
  return notes;
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

function compareNumbers(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Every secret value of the sheet (what a test looks for, and what must never appear anywhere else). */
export function secretValues(sheet: HandoverSheet): string[] {
  const out = new Set<string>();
  for (const t of sheet.tables) for (const r of t.rows) t.columns.forEach((c, i) => { if (c.secret && r.values[i] !== '') out.add(r.values[i]); });
  return [...out];
}
