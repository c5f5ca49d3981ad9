import type { Rule } from './rule';

export const SL405: Rule = {
  meta: { id: 'SL405', name: 'notification-without-code', severity: 'error', summary: 'Notification or Find Me Follow Me is set on a mailbox with no access code.' },
  check(ctx) {
    for (const mb of ctx.mailboxes) {
      if (!mb.data || mb.code !== null) continue;
      for (const e of [...(mb.data.notify ? [mb.data.notify] : []), ...mb.data.findMe]) {
        if (e.value.text === '') continue;
        ctx.report({
          span: e.value.span,
          message: `Mailbox ${mb.number} calls out (\`${e.key.text}\`) but has no access code: anyone can change where it calls. Give the mailbox a code.`,
          fix: { kind: 'mailbox-code', mailboxes: [mb.number], line: mb.data.code?.line },
        });
      }
    }
  },
};
