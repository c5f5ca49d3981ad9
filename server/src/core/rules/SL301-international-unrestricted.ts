import { inUse } from '../site';
import type { Rule } from './rule';
import { reportUnrestricted } from './sl3xx-util';

// Extensions in use (all of them when `extensions-in-use` is not declared), voicemail ports excepted: those are SL302's.
export const SL301: Rule = {
  meta: { id: 'SL301', name: 'international-unrestricted', severity: 'warning', summary: 'An extension in use can dial international numbers.' },
  check(ctx) {
    reportUnrestricted(ctx, inUse(ctx.site).minus(ctx.site.voicemailPorts), {
      note: ctx.site.extensionsInUse ? undefined : '`extensions-in-use` is not declared, so every extension counts as in use',
      one: 'Extension', many: 'Extensions',
      why: 'so a hijacked phone or SIP registration can run up calls abroad',
    });
  },
};
