import type { Rule } from './rule';

export const SL401: Rule = {
  meta: { id: 'SL401', name: 'mailbox-without-code', severity: 'warning', summary: 'A mailbox in use has no access code.' },
  check(ctx) {
    const fromDefaults: string[] = [];
    for (const mb of ctx.mailboxes) {
      if (!mb.inUse || mb.code !== null) continue;
      if (!mb.data) { fromDefaults.push(mb.number); continue; }
      ctx.report({
        span: mb.data.headers[0],
        message: `Mailbox ${mb.number} has no access code: anyone who reaches InMail can change its greeting, notification and Find Me Follow Me to dial abroad. Give it a code.`,
        fix: { kind: 'mailbox-code', mailboxes: [mb.number], line: mb.data.code?.line },
      });
    }
    if (fromDefaults.length) {
      ctx.reportDefaults({
        message: `${fromDefaults.length === 1 ? 'Mailbox' : 'Mailboxes'} ${fromDefaults.length > 10 ? `${fromDefaults.slice(0, 10).join(', ')} and ${fromDefaults.length - 10} more` : fromDefaults.join(', ')} ${fromDefaults.length === 1 ? 'has' : 'have'} no access code: anyone who reaches InMail can change notification and Find Me Follow Me to dial abroad. Give each a code, or delete the mailboxes nobody uses.`,
        items: fromDefaults.map((n) => `mailbox ${n}`),
        fix: { kind: 'mailbox-code', mailboxes: fromDefaults },
      });
    }
  },
};
