import { allOneCharacter, isDigitRun } from '../weak';
import type { Rule } from './rule';

export const SL404: Rule = {
  meta: { id: 'SL404', name: 'weak-mailbox-code', severity: 'warning', summary: 'A mailbox access code is shorter than 4, all one digit, a run of digits, or the mailbox number.' },
  check(ctx) {
    for (const mb of ctx.mailboxes) {
      const c = mb.code;
      const line = mb.data?.code;
      if (c === null || !line) continue;
      if (!(c.length < 4 || allOneCharacter(c) || isDigitRun(c) || c === mb.number)) continue;
      ctx.report({
        span: line.value.span,
        message: `The access code of mailbox ${mb.number} is easy to guess (shorter than 4, all one digit, a run, or the mailbox number). Use at least 4 digits, better 6, with no pattern.`,
        fix: { kind: 'mailbox-code', mailboxes: [mb.number], line: line.line },
      });
    }
  },
};
