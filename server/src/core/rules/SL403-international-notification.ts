import type { Rule } from './rule';
import { dialsAbroad } from './sl4xx-util';

export const SL403: Rule = {
  meta: { id: 'SL403', name: 'international-notification', severity: 'error', summary: 'Message notification or Find Me Follow Me dials an international number.' },
  check(ctx) {
    for (const mb of ctx.mailboxes) {
      if (!mb.data) continue;
      for (const e of [...(mb.data.notify ? [mb.data.notify] : []), ...mb.data.findMe]) {
        if (e.value.text === '' || !dialsAbroad(e.value.text, ctx.site.trunkAccessCode, ctx.site.internationalPrefixes)) continue;
        ctx.report({
          span: e.value.span,
          message: `\`${e.key.text}\` of mailbox ${mb.number} dials an international number: this is exactly what intruders set up to run up calls abroad. Remove it unless the subscriber really needs it.`,
          fix: { kind: 'delete-line', line: e.line },
        });
      }
    }
  },
};
