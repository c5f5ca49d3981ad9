import type { Rule } from './rule';
import { reportUnrestricted } from './sl3xx-util';

export const SL302: Rule = {
  meta: { id: 'SL302', name: 'voicemail-port-unrestricted', severity: 'error', summary: 'A voicemail (InMail) port can dial international numbers, the path of notification fraud.' },
  check(ctx) {
    reportUnrestricted(ctx, ctx.site.voicemailPorts, 'Voicemail ports');
  },
};
