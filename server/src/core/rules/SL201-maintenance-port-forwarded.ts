import { covers, DIMM_PORT, PCPRO, WEBPRO } from '../router';
import type { Rule } from './rule';

export const SL201: Rule = {
  meta: { id: 'SL201', name: 'maintenance-port-forwarded', severity: 'error', summary: 'A forward open to any source reaches WebPro, PCPro or the DIMM port of the phone system.' },
  check(ctx) {
    const web = Number(ctx.config.get(WEBPRO).value);
    const pc = Number(ctx.config.get(PCPRO).value);
    for (const f of ctx.exposure.toPbx) {
      if (!f.open) continue;
      const hit = [[web, 'WebPro'], [pc, 'PCPro'], [DIMM_PORT, 'the DIMM port']].filter(([p]) => covers(f, p as number)).map(([, n]) => n);
      if (!hit.length) continue;
      ctx.report({
        span: f.stmt.span,
        message: `This forward opens ${hit.join(', ')} of the phone system to the whole internet: anyone can try the programming passwords. Remove it, or restrict it to the dealer's address with \`from\`.`,
        fix: { kind: 'delete-line', line: f.stmt.line },
      });
    }
  },
};
