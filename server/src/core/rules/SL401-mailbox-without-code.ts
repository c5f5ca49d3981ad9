import type { Rule } from './rule';
import { codeFix, mailboxesSubject } from './sl4xx-util';

// Personal and group mailboxes in use (a mailbox whose number is in `extensions-in-use`, or every mailbox when it is
// not declared) with no `code` (or `code =` / `code = none`). Anchor: the mailbox's first `[mailbox N]` header;
// mailboxes without a section get one finding at the model line, listing them.
export const SL401: Rule = {
  meta: { id: 'SL401', name: 'mailbox-without-code', severity: 'warning', summary: 'A mailbox in use has no access code.' },
  check(ctx) {
    const noSection: string[] = [];
    const why = (it: string) => `anyone who reaches InMail can open ${it} and set message notification or Find Me Follow Me to call abroad`;
    for (const mb of ctx.mailboxes) {
      if (!mb.inUse || mb.code !== null) continue;
      if (!mb.data) { noSection.push(mb.number); continue; }
      ctx.report({
        span: mb.data.headers[0],
        message: `Mailbox ${mb.number} has no access code (\`code\`): ${why('it')}. Give it a code.`,
        fix: codeFix(mb),
      });
    }
    if (noSection.length) {
      ctx.reportDefaults({
        message: `${mailboxesSubject(noSection, 'has', 'have')} no access code (no \`[mailbox N]\` section with a \`code\`): ${why(noSection.length === 1 ? 'it' : 'them')}. Give ${noSection.length === 1 ? 'it a code' : 'each a code'}, or delete the mailboxes nobody uses (47-02-01 = 0).`,
        items: noSection.map((n) => `mailbox ${n}`),
        fix: { kind: 'mailbox-code', mailboxes: noSection },
      });
    }
  },
};
