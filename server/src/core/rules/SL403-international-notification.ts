import type { Rule } from './rule';
import { dialsAbroad, outcalls } from './sl4xx-util';

// `notify` / `find-me` whose number, cleaned (blanks, commas, dashes) and without the trunk access code (once),
// starts with an international prefix of the site. Every existing mailbox, in use or not. The message names the
// key, never the number.
export const SL403: Rule = {
  meta: { id: 'SL403', name: 'international-notification', severity: 'error', summary: 'Message notification or Find Me Follow Me dials an international number.' },
  check(ctx) {
    const { trunkAccessCode, internationalPrefixes } = ctx.site;
    for (const mb of ctx.mailboxes) {
      for (const e of outcalls(mb)) {
        if (!dialsAbroad(e.value.text, trunkAccessCode, internationalPrefixes)) continue;
        ctx.report({
          span: e.value.span,
          message: `\`${e.key.text}\` of mailbox ${mb.number} dials an international number: intruders set this up so that InMail calls abroad at the site's cost. Remove it unless the subscriber really needs it, and then check who set it.`,
          fix: { kind: 'delete-line', line: e.line },
        });
      }
    }
  },
};
