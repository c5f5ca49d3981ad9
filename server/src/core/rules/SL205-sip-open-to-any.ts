import { covers, SIP_PORTS } from '../router';
import type { Rule } from './rule';

export const SL205: Rule = {
  meta: { id: 'SL205', name: 'sip-open-to-any', severity: 'information', summary: 'A SIP port (5060, 5070, 5080) of the phone system is forwarded from any source.' },
  check(ctx) {
    for (const f of ctx.exposure.toPbx) {
      const ports = SIP_PORTS.filter((p) => covers(f, p));
      if (!f.open || !ports.length) continue;
      ctx.report({
        span: f.stmt.span,
        message: `SIP port ${ports.join(', ')} is open to any source: every SIP scanner on the internet can try to register a phone. Restrict it with \`from\` to the SIP provider's or remote phones' addresses where you can.`,
      });
    }
  },
};
