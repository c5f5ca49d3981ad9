// Mailboxes: which exist (47-02, FORMAT.md "Which mailboxes exist") and their [mailbox N] subscriber data.
// Reports SL004 (bad code / dialed number), SL005 (repeated key) and SL007 (section for a mailbox that does not exist).

import type { Cell, Config } from './config';
import type { KeyValue, MailboxSection, ParsedFile } from './parse';
import { inUse, type SiteFacts } from './site';
import type { Span } from './types';

export interface MailboxData {
  /** Every `[mailbox N]` header for this number (more than one is SL006). */
  headers: Span[];
  /** The effective `code` line (the last), if any. */
  code: KeyValue | null;
  /** `notify` lines in effect (the last one) and every `find-me` line. */
  notify: KeyValue | null;
  findMe: KeyValue[];
}

export interface Mailbox {
  slot: number;
  /** The mailbox number as dialed (47-02-02). */
  number: string;
  /** 1 personal, 2 group. */
  type: 1 | 2;
  typeCell: Cell;
  numberCell: Cell;
  inUse: boolean;
  data: MailboxData | null;
  /** The access code, or null when there is none (no `code`, empty, or `none`). Secret: never print it. */
  code: string | null;
}

export interface MailboxProblem {
  rule: 'SL004' | 'SL005' | 'SL007';
  span: Span;
  message: string;
}

/** Removes blanks, commas and dashes from a dialed number. */
export function cleanDialed(s: string): string {
  return s.replace(/[ \t,-]/g, '');
}

export function readMailboxes(parsed: ParsedFile, config: Config, site: SiteFacts, report: (p: MailboxProblem) => void): Mailbox[] {
  const used = inUse(site);
  const list: Mailbox[] = [];
  const byNumber = new Map<string, Mailbox>();
  const types = config.item('47-02-01');
  const numbers = config.item('47-02-02');
  for (let slot = 1; slot <= 128; slot++) {
    const typeCell = types.get(slot);
    const numberCell = numbers.get(slot);
    if ((typeCell.value !== '1' && typeCell.value !== '2') || numberCell.value === '') continue;
    if (byNumber.has(numberCell.value)) continue;
    const n = numberCell.value;
    const mb: Mailbox = {
      slot, number: n, type: typeCell.value === '1' ? 1 : 2, typeCell, numberCell,
      inUse: /^[1-9]\d{0,7}$/.test(n) && used.has(Number(n)), data: null, code: null,
    };
    list.push(mb);
    byNumber.set(n, mb);
  }

  const sections = parsed.sections.filter((s): s is MailboxSection => s.kind === 'mailbox');
  const data = new Map<string, MailboxData>();
  for (const s of sections) {
    const mb = byNumber.get(s.arg.text);
    if (!mb) {
      report({ rule: 'SL007', span: s.header, message: `Mailbox ${s.arg.text} does not exist (47-02-01/47-02-02); this section is ignored.` });
      continue;
    }
    let d = data.get(mb.number);
    if (!d) data.set(mb.number, (d = { headers: [], code: null, notify: null, findMe: [] }));
    d.headers.push(s.header);
    for (const e of s.entries) {
      if (e.key.text === 'code') {
        const v = e.value.text;
        if (v !== '' && v.toLowerCase() !== 'none' && !/^\d{1,8}$/.test(v)) {
          report({ rule: 'SL004', span: e.value.span, message: `The mailbox access code is 1-8 digits (empty or \`none\` for no code).` });
          continue;
        }
        if (d.code) report({ rule: 'SL005', span: d.code.value.span, message: `\`code\` of mailbox ${mb.number} is set again on line ${e.line + 1}; this line has no effect.` });
        d.code = e;
      } else {
        if (!/^[0-9*#]*$/.test(cleanDialed(e.value.text))) {
          report({ rule: 'SL004', span: e.value.span, message: `\`${e.key.text}\` is a number as dialed: 0-9, * and #, with blanks, commas and dashes allowed between digits.` });
          continue;
        }
        if (e.key.text === 'find-me') {
          d.findMe.push(e);
        } else {
          if (d.notify) report({ rule: 'SL005', span: d.notify.value.span, message: `\`notify\` of mailbox ${mb.number} is set again on line ${e.line + 1}; this line has no effect.` });
          d.notify = e;
        }
      }
    }
  }
  for (const mb of list) {
    mb.data = data.get(mb.number) ?? null;
    const c = mb.data?.code?.value.text;
    mb.code = c === undefined || c === '' || c.toLowerCase() === 'none' ? null : c;
  }
  return list;
}
