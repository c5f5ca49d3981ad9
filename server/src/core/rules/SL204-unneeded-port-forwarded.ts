import { DIMM_PORT, PCPRO, SIP_PORTS, WEBPRO } from '../router';
import type { Rule } from './rule';

export const SL204: Rule = {
  meta: { id: 'SL204', name: 'unneeded-port-forwarded', severity: 'warning', summary: 'A forward to the phone system covers a port that is neither SIP nor a maintenance port.' },
  check(ctx) {
    const known = new Set([...SIP_PORTS, DIMM_PORT, Number(ctx.config.get(WEBPRO).value), Number(ctx.config.get(PCPRO).value)]);
    for (const f of ctx.exposure.toPbx) {
      const [lo, hi] = f.inside;
      let inside = 0;
      for (const p of known) if (p >= lo && p <= hi) inside++;
      if (hi - lo + 1 <= inside) continue;
      ctx.report({
        span: f.stmt.span,
        message: `This forward sends ports to the phone system that it does not need (only SIP 5060, 5070 and 5080 are ever needed from outside). Remove it, or narrow it to the SIP ports in use.`,
        fix: { kind: 'delete-line', line: f.stmt.line },
      });
    }
  },
};
