import { inUse } from '../site';
import type { Rule } from './rule';
import { reportUnrestricted } from './sl3xx-util';

export const SL301: Rule = {
  meta: { id: 'SL301', name: 'international-unrestricted', severity: 'warning', summary: 'An extension in use can dial international numbers.' },
  check(ctx) {
    reportUnrestricted(ctx, inUse(ctx.site).minus(ctx.site.voicemailPorts), 'Extensions in use');
  },
};
