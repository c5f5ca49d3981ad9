// .slcfg text → syntax tree with exact token spans (FORMAT.md). Tolerant: a bad line is reported and skipped,
// never hides the others. Reports SL001 (syntax), SL002 (unknown section / key / router statement), SL006.
// Values are not validated here: site.ts, router.ts, mailbox.ts and config.ts do that with the catalog.

import { PROGRAMS } from './catalog/programs';
import type { Span } from './types';

export interface Token {
  /** The token's meaning: for a value, the text with quotes removed and escapes resolved. */
  text: string;
  span: Span;
}

export interface KeyValue {
  line: number;
  key: Token;
  /** The value; for an empty value, `text` is '' and the span is empty, placed after `=`. */
  value: Token;
  quoted: boolean;
}

export interface IndexToken {
  span: Span;
  /** `*` (whole range), a number, or a range; `lo`/`hi` are the written numbers (may be out of range). */
  star: boolean;
  lo: number;
  hi: number;
  /** The written text. */
  raw: string;
  /** A number is written with a leading zero (`0101`): extension numbers never are. */
  leadingZero: boolean;
}

/** Index flags in `ProgramEntry.ix`. */
export const IX_STAR = 1;
export const IX_LEADING_ZERO = 2;
/** Numbers per index in `ProgramEntry.ix`: start, end, lo, hi, flags. */
export const IX_STRIDE = 5;

/**
 * A line of a program the catalog knows. A full export has tens of thousands of them, so the line keeps only
 * numbers and interned strings; its tokens (key, address, value, indexes) are made when first asked for.
 */
export class ProgramEntry implements KeyValue {
  private keyToken: Token | undefined = undefined;
  private addressToken: Token | undefined = undefined;
  private valueToken: Token | undefined = undefined;
  private indexTokens: IndexToken[] | null | undefined = undefined;

  constructor(
    readonly line: number,
    /** The line's text. */
    private readonly src: string,
    private readonly keyStart: number,
    private readonly keyEnd: number,
    /** `90-02`, interned. */
    readonly program: string,
    /** `02`, interned. */
    readonly item: string,
    /** `90-02-02`, interned: the address as written (it is always exactly PP-SS-II). */
    readonly addressText: string,
    /**
     * The indexes, IX_STRIDE numbers each: start and end column, `lo` and `hi` as written, flags (star, leading
     * zero); null when the line has no brackets.
     */
    readonly ix: readonly number[] | null,
    /** The value's meaning (quotes removed, escapes resolved) and its span on the line. */
    readonly valueText: string,
    private readonly valueStart: number,
    private readonly valueEnd: number,
    readonly quoted: boolean,
  ) {}

  get key(): Token {
    return (this.keyToken ??= { text: this.src.slice(this.keyStart, this.keyEnd), span: span(this.line, this.keyStart, this.keyEnd) });
  }

  /** The address token (its span covers only the address, not the brackets). */
  get address(): Token {
    return (this.addressToken ??= { text: this.addressText, span: span(this.line, this.keyStart, this.keyStart + 8) });
  }

  /** The value; for an empty value, `text` is '' and the span is empty, placed after `=`. */
  get value(): Token {
    return (this.valueToken ??= { text: this.valueText, span: span(this.line, this.valueStart, this.valueEnd) });
  }

  /** null when the line has no brackets. */
  get indexes(): IndexToken[] | null {
    if (this.indexTokens !== undefined) return this.indexTokens;
    const ix = this.ix;
    if (!ix) return (this.indexTokens = null);
    const out: IndexToken[] = [];
    for (let k = 0; k < ix.length; k += IX_STRIDE) {
      const flags = ix[k + 4];
      out.push({
        span: span(this.line, ix[k], ix[k + 1]), star: (flags & IX_STAR) !== 0, lo: ix[k + 2], hi: ix[k + 3],
        raw: this.src.slice(ix[k], ix[k + 1]), leadingZero: (flags & IX_LEADING_ZERO) !== 0,
      });
    }
    return (this.indexTokens = out);
  }
}

export interface ForwardStmt {
  proto: Token;
  ports: Token;
  target: Token;
  targetPorts?: Token;
  sources: Token[];
}

export interface RouterStmt {
  line: number;
  /** `wan`, `dmz`, `upnp` or `forward`, lower-cased. */
  keyword: string;
  keywordToken: Token;
  /** The whole statement, from its first to its last non-blank character. */
  span: Span;
  value?: Token;
  forward?: ForwardStmt;
}

export type SectionKind = 'site' | 'programs' | 'router' | 'mailbox';

export interface Section {
  kind: SectionKind;
  /** The header `[...]`, from `[` to `]`. */
  header: Span;
  /** For `[mailbox N]`: N as written (digits). */
  arg?: Token;
  /** Line after which the section ends (its last line, inclusive). */
  lastLine: number;
  /** True when an earlier section of the same kind (and argument) exists: SL006 was reported. */
  duplicate: boolean;
}

export interface SiteSection extends Section { kind: 'site'; entries: KeyValue[] }
export interface ProgramsSection extends Section {
  kind: 'programs';
  /** Lines of programs the catalog knows, parsed. */
  entries: ProgramEntry[];
  /** Line numbers of syntactically valid lines of other programs (accepted as they are, never analysed). */
  otherLines: number[];
}
export interface RouterSection extends Section { kind: 'router'; statements: RouterStmt[] }
export interface MailboxSection extends Section { kind: 'mailbox'; arg: Token; entries: KeyValue[] }
export type AnySection = SiteSection | ProgramsSection | RouterSection | MailboxSection;

export interface Suppression {
  line: number;
  /** The comment, from `;`/`#` to its last non-blank character. */
  span: Span;
  scope: 'next-line' | 'file';
  rules: Token[];
  reason: string | null;
  /** For next-line: the line it applies to (the next line that is neither blank nor a comment), or null at end of file. */
  target: number | null;
}

export interface SyntaxProblem {
  rule: 'SL001' | 'SL002' | 'SL006';
  span: Span;
  message: string;
}

export interface ParsedFile {
  /** The text's lines without line ends; a leading BOM reads as a blank (splitLines). */
  lines: string[];
  sections: AnySection[];
  suppressions: Suppression[];
  problems: SyntaxProblem[];
}

/**
 * Programs the catalog knows, as PP * 100 + SS: only their lines become entries; lines of other programs (most
 * of a full export) are syntax-checked and listed by line number, which keeps parsing cheap.
 */
const knownPrograms: ReadonlySet<number> = new Set(PROGRAMS.map((p) => Number(p.program.slice(0, 2)) * 100 + Number(p.program.slice(3, 5))));
const HEADER_NAMES: Record<string, SectionKind> = { site: 'site', programs: 'programs', router: 'router', mailbox: 'mailbox' };
const SITE_KEYS = new Set(['model', 'name', 'software', 'extensions-in-use', 'voicemail-ports', 'international-prefix', 'trunk-access-code']);
const MAILBOX_KEYS = new Set(['code', 'notify', 'find-me']);
const ROUTER_KEYS = new Set(['wan', 'dmz', 'upnp']);
const SUPPRESSION = /^slguard-disable(-next-line)?(?=[ \t]|$)/i;

/**
 * The file's lines: LF, CRLF and a lone CR each end a line, as LSP and every editor count them. A leading
 * byte-order mark stays a character of line 1 (LSP counts it) but reads as a blank, so positions on line 1
 * match the editor's and the line is read as if the mark were not there.
 */
export function splitLines(text: string): string[] {
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
  if (text.indexOf('\r') < 0) return text.split('\n');
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i));
      start = i + 1;
    } else if (c === 13) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function firstNonBlank(s: string, from = 0): number {
  let i = from;
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

function lastNonBlankEnd(s: string, upTo = s.length): number {
  let i = upTo;
  for (let c = s.charCodeAt(i - 1); i > 0 && (c === 32 || c === 9 || c === 13); c = s.charCodeAt(--i - 1));
  return i;
}

function span(line: number, start: number, end: number): Span {
  return { line, start, end };
}

/** What scanValue found (module state instead of a result object: it runs for every line). */
let valueText = '';
let valueStart = 0;
let valueEnd = 0;
let valueQuoted = false;

/**
 * Everything after `=` (from `from`): a plain value (trimmed) or a double-quoted one. Sets valueText, valueStart,
 * valueEnd and valueQuoted and returns null, or returns an error (text after the closing quote, no closing quote).
 */
function scanValue(text: string, from: number): string | null {
  const start = firstNonBlank(text, from);
  const end = lastNonBlankEnd(text);
  valueQuoted = false;
  if (start >= end) {
    valueText = '';
    valueStart = valueEnd = end > from ? end : from;
    return null;
  }
  valueStart = start;
  valueEnd = end;
  if (text.charCodeAt(start) !== 34 /* " */) {
    valueText = text.slice(start, end);
    return null;
  }
  let out = '';
  for (let i = start + 1; i < end; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      out += text[++i];
    } else if (c === '"') {
      if (i + 1 !== end) return 'text after the closing quote';
      valueText = out;
      valueQuoted = true;
      return null;
    } else {
      out += c;
    }
  }
  return 'a quoted value without its closing quote';
}

/** Everything after `=`, as a token. */
function readValue(text: string, line: number, from: number): { token: Token; quoted: boolean } | { error: string } {
  const error = scanValue(text, from);
  if (error) return { error };
  return { token: { text: valueText, span: span(line, valueStart, valueEnd) }, quoted: valueQuoted };
}

/** Where parseIndexes collects a line's indexes, IX_STRIDE numbers each, before they are copied out. */
const IX_SCRATCH: number[] = [];
/** How many numbers of IX_SCRATCH are filled (the array is never shortened, so it keeps its storage). */
let ixCount = 0;

function pushIndex(start: number, end: number, lo: number, hi: number, flags: number): void {
  IX_SCRATCH[ixCount++] = start;
  IX_SCRATCH[ixCount++] = end;
  IX_SCRATCH[ixCount++] = lo;
  IX_SCRATCH[ixCount++] = hi;
  IX_SCRATCH[ixCount++] = flags;
}

/**
 * The index list between `open` ([) and `close` (]); with `collect`, its indexes go into IX_SCRATCH from
 * ixCount on (without it the list is only checked). Returns an error, or null.
 */
function parseIndexes(text: string, open: number, close: number, collect: boolean): string | null {
  let i = open + 1;
  for (;;) {
    i = firstNonBlank(text, i);
    const s = i;
    if (text.charCodeAt(i) === 42 /* * */) {
      i++;
      if (collect) pushIndex(s, i, 0, 0, IX_STAR);
    } else {
      let lo = 0;
      let j = i;
      for (let c = text.charCodeAt(j); c >= 48 && c <= 57; c = text.charCodeAt(++j)) lo = lo * 10 + (c - 48);
      let leadingZero = j - i > 1 && text.charCodeAt(i) === 48;
      if (j === i) return i >= close || text.charCodeAt(i) === 44 ? 'an empty index' : 'an index that is not a number, a range N-M or *';
      let hi = lo;
      let k = firstNonBlank(text, j);
      if (text.charCodeAt(k) === 45 /* - */) {
        k = firstNonBlank(text, k + 1);
        const m = k;
        hi = 0;
        for (let c = text.charCodeAt(k); c >= 48 && c <= 57; c = text.charCodeAt(++k)) hi = hi * 10 + (c - 48);
        if (k === m) return 'an index that is not a number, a range N-M or *';
        leadingZero ||= k - m > 1 && text.charCodeAt(m) === 48;
        j = k;
      }
      i = j;
      if (collect) pushIndex(s, i, lo, hi, leadingZero ? IX_LEADING_ZERO : 0);
    }
    i = firstNonBlank(text, i);
    if (i >= close) return null;
    if (text.charCodeAt(i) !== 44 /* , */) return 'an index that is not a number, a range N-M or *';
    i++;
  }
}

/** Interned two-digit strings, so program lines allocate no strings for their program and item. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function digitPair(t: string, at: number): number {
  const a = t.charCodeAt(at) - 48;
  const b = t.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `PP * 10000 + SS * 100 + II` for `PP-SS-II` at `at`, or -1. */
function readAddress(t: string, at: number): number {
  const p = digitPair(t, at);
  const q = digitPair(t, at + 3);
  const r = digitPair(t, at + 6);
  if (p < 0 || q < 0 || r < 0 || t.charCodeAt(at + 2) !== 45 || t.charCodeAt(at + 5) !== 45) return -1;
  return p * 10000 + q * 100 + r;
}

const BAD_ADDRESS = 'a program address is written PP-SS-II (two digits, dash, two digits, dash, two digits)';

/** What scanProgramKey found (module state instead of a result object: it runs for every program line). */
let keyAddress = 0;
let keyBracket = -1;

/**
 * Checks the key `PP-SS-II[...]` between keyStart and keyEnd: sets keyAddress (PPSSII as a number) and keyBracket
 * (the `[` position, or -1) and returns null, or returns an error.
 */
function scanProgramKey(text: string, keyStart: number, keyEnd: number): string | null {
  let bracket = text.indexOf('[', keyStart);
  if (bracket >= keyEnd) bracket = -1;
  const addrEnd = bracket < 0 ? keyEnd : lastNonBlankEnd(text, bracket);
  const addr = addrEnd - keyStart === 8 ? readAddress(text, keyStart) : -1;
  if (addr < 0) return BAD_ADDRESS;
  if (bracket >= 0 && text.charCodeAt(keyEnd - 1) !== 93 /* ] */) return 'an index list without its closing bracket';
  keyAddress = addr;
  keyBracket = bracket;
  return null;
}

/** Interned program (`90-02`) and address (`90-02-02`) strings of the programs the catalog knows. */
const PROGRAM_TEXT = new Map<number, string>();
const ADDRESS_TEXT = new Map<number, string>();
for (const pq of knownPrograms) {
  const program = `${TWO_DIGITS[Math.floor(pq / 100)]}-${TWO_DIGITS[pq % 100]}`;
  PROGRAM_TEXT.set(pq, program);
  for (let r = 0; r < 100; r++) ADDRESS_TEXT.set(pq * 100 + r, `${program}-${TWO_DIGITS[r]}`);
}

/** A line of a program the catalog knows: its key between keyStart and keyEnd, its value after `eq`. */
function parseProgramLine(text: string, line: number, keyStart: number, keyEnd: number, eq: number): ProgramEntry | string {
  const err = scanProgramKey(text, keyStart, keyEnd);
  if (err) return err;
  const addr = keyAddress;
  const bracket = keyBracket;
  let ix: number[] | null = null;
  if (bracket >= 0) {
    ixCount = 0;
    const bad = parseIndexes(text, bracket, keyEnd - 1, true);
    if (bad) return bad;
    ix = IX_SCRATCH.slice(0, ixCount);
  }
  const bad = scanValue(text, eq + 1);
  if (bad) return bad;
  const pq = Math.floor(addr / 100);
  return new ProgramEntry(
    line, text, keyStart, keyEnd, PROGRAM_TEXT.get(pq)!, TWO_DIGITS[addr % 100], ADDRESS_TEXT.get(addr)!, ix,
    valueText, valueStart, valueEnd, valueQuoted,
  );
}

/** A line of a program the catalog does not know: only its syntax is checked. Returns an error or null. */
function checkOtherProgramLine(text: string, keyStart: number, keyEnd: number, eq: number): string | null {
  const err = scanProgramKey(text, keyStart, keyEnd);
  if (err) return err;
  if (keyBracket >= 0) {
    const bad = parseIndexes(text, keyBracket, keyEnd - 1, false);
    if (bad) return bad;
  }
  return text.charCodeAt(firstNonBlank(text, eq + 1)) === 34 /* " */ ? scanValue(text, eq + 1) : null;
}

/** Splits `text` into blank-separated words with their spans. */
function words(text: string, line: number, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    i = firstNonBlank(text, i);
    if (i >= to) break;
    let j = i;
    while (j < to && !isBlank(text.charCodeAt(j))) j++;
    out.push({ text: text.slice(i, j), span: span(line, i, j) });
    i = j;
  }
  return out;
}

function parseForward(text: string, line: number, w: Token[]): ForwardStmt | string {
  // forward PROTO PORTS to A.B.C.D[:PORTS] [from SOURCE[, SOURCE ...]]
  if (w.length < 5 || w[3].text.toLowerCase() !== 'to') return 'a forward is written `forward PROTO PORTS to ADDRESS[:PORTS] [from SOURCE]`';
  const tgt = w[4];
  const colon = tgt.text.indexOf(':');
  const target: Token = colon < 0 ? tgt : { text: tgt.text.slice(0, colon), span: span(line, tgt.span.start, tgt.span.start + colon) };
  const targetPorts: Token | undefined = colon < 0 ? undefined
    : { text: tgt.text.slice(colon + 1), span: span(line, tgt.span.start + colon + 1, tgt.span.end) };
  const fwd: ForwardStmt = { proto: w[1], ports: w[2], target, targetPorts, sources: [] };
  if (w.length === 5) return fwd;
  if (w[5].text.toLowerCase() !== 'from' || w.length === 6) return 'after the target only `from SOURCE` may follow';
  // The sources: the rest of the line, comma separated, blanks allowed around commas.
  const restStart = w[6].span.start;
  const restEnd = w[w.length - 1].span.end;
  let pos = restStart;
  for (const part of text.slice(restStart, restEnd).split(',')) {
    const s = pos + firstNonBlank(part);
    const e = pos + lastNonBlankEnd(part);
    pos += part.length + 1;
    const t = text.slice(s, e);
    if (t === '' || /[ \t]/.test(t)) return 'sources are addresses, CIDR blocks or `any`, separated by commas';
    fwd.sources.push({ text: t, span: span(line, s, e) });
  }
  return fwd;
}

export function parse(text: string): ParsedFile {
  const lines = splitLines(text);
  const sections: AnySection[] = [];
  const suppressions: Suppression[] = [];
  const problems: SyntaxProblem[] = [];
  const seen = new Set<string>();
  let current: AnySection | null = null;
  /** After a bad header or in an unknown section: skip lines up to the next valid header. */
  let skipping = false;
  const pendingNextLine: Suppression[] = [];

  const syntax = (line: number, message: string): void => {
    const t = lines[line];
    const s = firstNonBlank(t);
    problems.push({ rule: 'SL001', span: span(line, s, Math.max(s, lastNonBlankEnd(t))), message: `Syntax error: ${message}.` });
  };

  for (let n = 0; n < lines.length; n++) {
    const t = lines[n];
    const s = firstNonBlank(t);
    const e = lastNonBlankEnd(t);
    if (s >= e) continue;
    const c = t[s];
    if (c === ';' || c === '#') {
      const body = s + 1 + (firstNonBlank(t.slice(s + 1, e)));
      const rest = t.slice(body, e);
      const m = SUPPRESSION.exec(rest);
      if (m) {
        const sup = parseSuppression(t, n, s, body, e, m[1] ? 'next-line' : 'file');
        suppressions.push(sup);
        if (sup.scope === 'next-line') pendingNextLine.push(sup);
      }
      continue;
    }
    // A line that is neither blank nor a comment: the target of pending next-line suppressions.
    if (pendingNextLine.length) {
      for (let k = 0; k < pendingNextLine.length; k++) pendingNextLine[k].target = n;
      pendingNextLine.length = 0;
    }

    if (c === '[') {
      if (current) current.lastLine = n - 1;
      current = null;
      skipping = true;
      const close = t.indexOf(']', s);
      if (close < 0 || close + 1 !== e) {
        syntax(n, close < 0 ? 'a section header without its closing bracket' : 'text after a section header');
        continue;
      }
      const inner = t.slice(s + 1, close);
      const parts = words(t, n, s + 1, close);
      const header = span(n, s, e);
      if (parts.length === 0) { syntax(n, 'an empty section header'); continue; }
      const kind = HEADER_NAMES[parts[0].text.toLowerCase()];
      if (!kind) {
        problems.push({ rule: 'SL002', span: header, message: `Unknown section; its lines are skipped. Sections are [site], [programs], [router] and [mailbox N].` });
        continue;
      }
      if (kind === 'mailbox') {
        if (parts.length !== 2 || !/^\d+$/.test(parts[1].text)) { syntax(n, 'a mailbox section is written [mailbox N] with N the mailbox number'); continue; }
      } else if (parts.length !== 1) {
        syntax(n, `the [${kind}] header takes no argument`); continue;
      }
      void inner;
      const arg = kind === 'mailbox' ? parts[1] : undefined;
      const id = kind === 'mailbox' ? `mailbox ${arg!.text}` : kind;
      const duplicate = seen.has(id);
      if (duplicate) problems.push({ rule: 'SL006', span: header, message: `[${id}] appears more than once; its lines are still read.` });
      seen.add(id);
      skipping = false;
      const base = { header, lastLine: lines.length - 1, duplicate };
      switch (kind) {
        case 'site': current = { ...base, kind, entries: [] }; break;
        case 'programs': current = { ...base, kind, entries: [], otherLines: [] }; break;
        case 'router': current = { ...base, kind, statements: [] }; break;
        case 'mailbox': current = { ...base, kind, arg: arg!, entries: [] }; break;
      }
      sections.push(current);
      continue;
    }

    if (skipping) continue;
    if (!current) { syntax(n, 'only comments and blank lines may come before the first section header'); continue; }

    if (current.kind === 'router') {
      const st = parseRouterLine(t, n, s, e);
      if ('problem' in st) problems.push(st.problem);
      else current.statements.push(st);
      continue;
    }

    const eq = t.indexOf('=', s);
    if (eq < 0) { syntax(n, 'expected `key = value`'); continue; }
    const keyEnd = lastNonBlankEnd(t, eq);
    if (keyEnd <= s) { syntax(n, 'a line with a value but no key'); continue; }
    if (current.kind === 'programs') {
      const p = digitPair(t, s);
      const q = digitPair(t, s + 3);
      if (p >= 0 && q >= 0 && t.charCodeAt(s + 2) === 45 && !knownPrograms.has(p * 100 + q)) {
        const err = checkOtherProgramLine(t, s, keyEnd, eq);
        if (err) syntax(n, err);
        else current.otherLines.push(n);
        continue;
      }
      const pe = parseProgramLine(t, n, s, keyEnd, eq);
      if (typeof pe === 'string') syntax(n, pe);
      else current.entries.push(pe);
      continue;
    }
    const v = readValue(t, n, eq + 1);
    if ('error' in v) { syntax(n, v.error); continue; }
    const key: Token = { text: t.slice(s, keyEnd), span: span(n, s, keyEnd) };

    const known = current.kind === 'site' ? SITE_KEYS : MAILBOX_KEYS;
    if (!known.has(key.text.toLowerCase())) {
      if (/[ \t]/.test(key.text)) { syntax(n, 'a key is one word'); continue; }
      problems.push({ rule: 'SL002', span: key.span, message: `Unknown key in [${current.kind === 'site' ? 'site' : 'mailbox N'}]; the line is ignored. Keys are ${[...known].join(', ')}.` });
      continue;
    }
    current.entries.push({ line: n, key: { text: key.text.toLowerCase(), span: key.span }, value: v.token, quoted: v.quoted });
  }
  if (current) current.lastLine = lines.length - 1;
  return { lines, sections, suppressions, problems };
}

function parseRouterLine(t: string, n: number, s: number, e: number): RouterStmt | { problem: SyntaxProblem } {
  const whole = span(n, s, e);
  const eq = t.indexOf('=', s);
  const first = words(t, n, s, eq < 0 ? e : eq);
  const kw = first[0];
  const lower = kw ? kw.text.toLowerCase() : '';
  if (eq >= 0 && first.length === 1) {
    if (!ROUTER_KEYS.has(lower)) {
      if (lower === 'forward') return { problem: { rule: 'SL001', span: whole, message: 'Syntax error: a forward is written `forward PROTO PORTS to ADDRESS[:PORTS] [from SOURCE]`, without `=`.' } };
      return { problem: { rule: 'SL002', span: kw.span, message: 'Unknown router statement; the line is ignored. Statements are wan, dmz, upnp and forward.' } };
    }
    const v = readValue(t, n, eq + 1);
    if ('error' in v) return { problem: { rule: 'SL001', span: whole, message: `Syntax error: ${v.error}.` } };
    return { line: n, keyword: lower, keywordToken: kw, span: whole, value: v.token };
  }
  if (lower === 'forward') {
    const f = parseForward(t, n, words(t, n, s, e));
    if (typeof f === 'string') return { problem: { rule: 'SL001', span: whole, message: `Syntax error: ${f}.` } };
    return { line: n, keyword: lower, keywordToken: kw, span: whole, forward: f };
  }
  if (ROUTER_KEYS.has(lower)) return { problem: { rule: 'SL001', span: whole, message: `Syntax error: expected \`${lower} = value\`.` } };
  return { problem: { rule: 'SL002', span: kw ? kw.span : whole, message: 'Unknown router statement; the line is ignored. Statements are wan, dmz, upnp and forward.' } };
}

function parseSuppression(t: string, n: number, s: number, body: number, e: number, scope: 'next-line' | 'file'): Suppression {
  const directive = scope === 'file' ? 'slguard-disable'.length : 'slguard-disable-next-line'.length;
  const listStart = body + directive;
  const dash = t.indexOf('--', listStart);
  const listEnd = dash >= 0 && dash < e ? dash : e;
  const reasonText = dash >= 0 && dash < e ? t.slice(dash + 2, e).trim() : '';
  const rules: Token[] = [];
  let pos = listStart;
  for (const part of t.slice(listStart, listEnd).split(',')) {
    const a = pos + firstNonBlank(part);
    const b = pos + lastNonBlankEnd(part);
    pos += part.length + 1;
    if (b > a) rules.push({ text: t.slice(a, b).toUpperCase(), span: span(n, a, b) });
  }
  return { line: n, span: span(n, s, e), scope, rules, reason: reasonText === '' ? null : reasonText, target: null };
}
