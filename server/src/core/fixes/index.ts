// FixData → text edits, against the analysed document. Pure apart from the secure random source used for
// generated credentials and ports (made only here, when a fix is built, never during analysis).

import { randomInt } from 'node:crypto';
import type { Analysis } from '../analyze';
import type { ProgramsSection } from '../parse';
import { PCPRO, WEBPRO } from '../router';
import { generateMailboxCode, generatePassword, generateUserName, generateUserProPassword } from '../secrets';
import { stripTrunkCode } from '../tolls';
import type { FixData } from '../types';

/** A text edit: 0-based line, UTF-16 columns; an insertion has start === end on the same line. */
export interface Edit {
  line: number;
  start: number;
  endLine: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** Part of "fix all": changes nothing a person has to be told about (no credential, no port). */
  safe: boolean;
}

const RECORD = 'record it: there is no back door, a lost installer password means a full system reset';

export function buildFix(a: Analysis, fix: FixData, eol: string): Fix | null {
  const lines = a.parsed.lines;
  const valueSpan = (line: number) => {
    for (const s of a.parsed.sections) {
      if (s.kind === 'programs') { const e = s.entries.find((x) => x.line === line); if (e) return e.value.span; }
      if (s.kind === 'router') { const st = s.statements.find((x) => x.line === line); if (st?.value) return st.value.span; }
      if (s.kind === 'mailbox' || s.kind === 'site') { const e = s.entries.find((x) => x.line === line); if (e) return e.value.span; }
    }
    return null;
  };
  const replace = (line: number, text: string): Edit | null => {
    const sp = valueSpan(line);
    return sp ? { line, start: sp.start, endLine: line, end: sp.end, newText: text } : null;
  };
  const insertProgram = (text: string): Edit => insertProgramLines(a, [text], eol);
  const setCell = (address: string, index: string | undefined, value: string, line?: number): Edit | null =>
    line !== undefined ? replace(line, value) : insertProgram(`${address}${index ? `[${index}]` : ''} = ${value}`);

  switch (fix.kind) {
    case 'delete-line': {
      const edit = fix.line + 1 < lines.length
        ? { line: fix.line, start: 0, endLine: fix.line + 1, end: 0, newText: '' }
        : { line: Math.max(0, fix.line - 1), start: fix.line > 0 ? lines[fix.line - 1].length : 0, endLine: fix.line, end: lines[fix.line].length, newText: '' };
      return { title: 'Remove this line', edits: [edit], safe: true };
    }
    case 'set-program': {
      const e = setCell(fix.address, fix.index, fix.value, fix.line);
      return e && { title: `Set ${fix.address}${fix.index ? `[${fix.index}]` : ''} = ${fix.value}`, edits: [e], safe: true };
    }
    case 'set-router': {
      const e = replace(fix.line, fix.value);
      return e && { title: `Set ${fix.key} = ${fix.value}`, edits: [e], safe: true };
    }
    case 'generate-credential': {
      const gen = { 'installer-password': generatePassword, password: generatePassword, 'user-name': generateUserName, 'user-pro-password': generateUserProPassword }[fix.credential];
      const what = fix.credential === 'user-name' ? 'user name' : fix.credential === 'user-pro-password' ? 'User Pro password' : 'password';
      let edits: Edit[];
      if (fix.line !== undefined) {
        const e = replace(fix.line, gen());
        if (!e) return null;
        edits = [e];
      } else {
        const users = fix.users ?? [Number(fix.index)];
        edits = [insertProgramLines(a, users.map((u) => `${fix.address}[${u}] = ${gen()}`), eol)];
      }
      return { title: `Replace with a generated ${what} (${RECORD})`, edits, safe: false };
    }
    case 'mailbox-code': {
      const edits: Edit[] = [];
      const appended: string[] = [];
      for (const n of fix.mailboxes) {
        const mb = a.mailboxes.find((m) => m.number === n);
        const code = generateMailboxCode();
        const codeLine = mb?.data?.code?.line;
        if (codeLine !== undefined && fix.mailboxes.length === 1) { const e = replace(codeLine, code); if (e) edits.push(e); continue; }
        if (mb?.data) { const h = mb.data.headers[0].line; edits.push({ line: h + 1, start: 0, endLine: h + 1, end: 0, newText: `code = ${code}${eol}` }); continue; }
        appended.push(`[mailbox ${n}]`, `code = ${code}`, '');
      }
      if (appended.length) edits.push(appendLines(lines, ['', ...appended.slice(0, -1)], eol));
      return { title: `Add a generated access code to ${fix.mailboxes.length === 1 ? `mailbox ${fix.mailboxes[0]}` : `${fix.mailboxes.length} mailboxes`} (tell the subscriber)`, edits, safe: false };
    }
    case 'move-port': {
      const fwd = a.router.forwards.find((f) => f.stmt.line === fix.forwardLine);
      if (!fwd) return null;
      const used = new Set([Number(a.config.get(WEBPRO).value), Number(a.config.get(PCPRO).value), 5060, 5070, 5080, 5963]);
      for (const f of a.router.forwards) for (const [lo, hi] of [f.inside, f.outside]) for (let p = lo; p <= Math.min(hi, lo + 1000); p++) used.add(p);
      let port = randomInt(10000, 65001);
      while (used.has(port)) port = randomInt(10000, 65001);
      const program = setCell(fix.address, undefined, String(port), fix.programLine);
      const tok = fwd.stmt.forward!.targetPorts ?? fwd.stmt.forward!.ports;
      if (!program) return null;
      const name = fix.address === WEBPRO ? 'WebPro' : 'PCPro';
      return { title: `Move ${name} to port ${port} and change the forward to match`, edits: [program, { line: tok.span.line, start: tok.span.start, endLine: tok.span.line, end: tok.span.end, newText: String(port) }], safe: false };
    }
    case 'restrict-class': {
      // Classes already applying 21-06-01 only need the prefixes (writing 21-05-01 again would leave an SL005).
      const out = fix.classes.filter((c) => a.config.get('21-05-01', c).value !== '1').map((c) => `21-05-01[${c}] = 1`);
      const tac = a.site.trunkAccessCode;
      const entries: string[] = [];
      for (let e = 1; e <= 10; e++) entries.push(a.config.get('21-06-01', e).value);
      const covered = (p: string) => entries.some((e) => { const s = stripTrunkCode(e, tac); return s !== '' && p.startsWith(s); });
      for (const p of fix.prefixes) {
        if (covered(p)) continue;
        const free = entries.indexOf('');
        if (free < 0) break;
        entries[free] = p;
        out.push(`21-06-01[${free + 1}] = ${p}`);
      }
      return { title: `Restrict class ${fix.classes.join(', ')} from dialing ${fix.prefixes.join(', ')} (21-05-01, 21-06-01)`, edits: [insertProgramLines(a, out, eol)], safe: true };
    }
  }
}

/** Inserts lines at the end of the last [programs] section, creating the section at the end of the file. */
function insertProgramLines(a: Analysis, texts: string[], eol: string): Edit {
  const lines = a.parsed.lines;
  const programs = a.parsed.sections.filter((s): s is ProgramsSection => s.kind === 'programs').pop();
  if (!programs) return appendLines(lines, ['', '[programs]', ...texts], eol);
  let last = programs.lastLine;
  while (last > programs.header.line && lines[last].trim() === '') last--;
  if (last + 1 < lines.length) return { line: last + 1, start: 0, endLine: last + 1, end: 0, newText: texts.map((t) => t + eol).join('') };
  return { line: last, start: lines[last].length, endLine: last, end: lines[last].length, newText: texts.map((t) => eol + t).join('') };
}

/** Appends lines at the end of the file. */
function appendLines(lines: string[], texts: string[], eol: string): Edit {
  const last = lines.length - 1;
  const endsWithNewline = lines[last] === '';
  const body = texts.join(eol) + eol;
  return endsWithNewline
    ? { line: last, start: 0, endLine: last, end: 0, newText: body }
    : { line: last, start: lines[last].length, endLine: last, end: lines[last].length, newText: eol + body };
}

/** Applies edits to a text (for tests and the command line); edits must not overlap. */
export function applyEdits(text: string, edits: Edit[]): string {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (line: number, ch: number) => (starts[line] ?? text.length) + ch;
  const sorted = [...edits].sort((x, y) => off(y.line, y.start) - off(x.line, x.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.line, e.start)) + e.newText + out.slice(off(e.endLine, e.end));
  return out;
}
