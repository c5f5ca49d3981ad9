import type { Rule } from './rule';
import { codeFix, outcalls } from './sl4xx-util';

// A non-empty `notify` or `find-me` on a mailbox with no access code: at each such value. Every existing mailbox,
// in use or not. The fix puts a generated code into the section (replacing `code = none` / `code =` when present).
export const SL405: Rule = {
  meta: { id: 'SL405', name: 'notification-without-code', severity: 'error', summary: 'Notification or Find Me Follow Me is set on a mailbox with no access code.' },
  check(ctx) {
    for (const mb of ctx.mailboxes) {
      if (mb.code !== null) continue;
      for (const e of outcalls(mb)) {
        ctx.report({
          span: e.value.span,
          message: `Mailbox ${mb.number} calls out (\`${e.key.text}\`) but has no access code: anyone who reaches InMail can change the number it calls to one abroad. Give the mailbox a code.`,
          fix: codeFix(mb),
        });
      }
    }
  },
};
