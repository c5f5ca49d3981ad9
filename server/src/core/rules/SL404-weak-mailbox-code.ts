import { allOneCharacter, isDigitRun } from '../weak';
import type { Rule } from './rule';

/** Shorter than 4, all one digit, a run of digits, or the mailbox number itself. */
export function isWeakMailboxCode(code: string, mailbox: string): boolean {
  return code.length < 4 || allOneCharacter(code) || isDigitRun(code) || code === mailbox;
}

// At the `code` value of every existing mailbox (in use or not). The message never contains the code.
export const SL404: Rule = {
  meta: { id: 'SL404', name: 'weak-mailbox-code', severity: 'warning', summary: 'A mailbox access code is shorter than 4, all one digit, a run of digits, or the mailbox number.' },
  check(ctx) {
    for (const mb of ctx.mailboxes) {
      const line = mb.data?.code;
      if (mb.code === null || !line || !isWeakMailboxCode(mb.code, mb.number)) continue;
      ctx.report({
        span: line.value.span,
        message: `The access code of mailbox ${mb.number} is easy to guess (shorter than 4 digits, all one digit, a run, or the mailbox number): whoever guesses it can set notification abroad. Use 6 digits with no pattern.`,
        fix: { kind: 'mailbox-code', mailboxes: [mb.number], line: line.line },
      });
    }
  },
};
