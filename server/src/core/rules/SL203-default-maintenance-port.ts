import { covers, PCPRO, WEBPRO } from '../router';
import type { Rule } from './rule';

export const SL203: Rule = {
  meta: { id: 'SL203', name: 'default-maintenance-port', severity: 'warning', summary: 'A forward reaches WebPro or PCPro while that port is still its well-known default (80, 8000).' },
  check(ctx) {
    const ports = [
      { address: WEBPRO, name: 'WebPro', dflt: 80 },
      { address: PCPRO, name: 'PCPro', dflt: 8000 },
    ] as const;
    for (const f of ctx.exposure.toPbx) {
      for (const p of ports) {
        const cell = ctx.config.get(p.address);
        if (Number(cell.value) !== p.dflt || !covers(f, p.dflt)) continue;
        ctx.report({
          span: f.stmt.span,
          message: `This forward reaches ${p.name} on its well-known port ${p.dflt} (${p.address}), which scanners look for first. Move ${p.name} to a port from 10000-65000 and change the forward to match.`,
          fix: { kind: 'move-port', address: p.address, oldPort: p.dflt, forwardLine: f.stmt.line, programLine: cell.write?.entry.line },
        });
        break; // one finding per statement: a forward covering both names the first
      }
    }
  },
};
