import type { Rule } from './rule';
import { reportUnrestricted } from './sl3xx-util';

// Voicemail ports (`voicemail-ports`, or the model's default), whether or not they are in `extensions-in-use`.
export const SL302: Rule = {
  meta: { id: 'SL302', name: 'voicemail-port-unrestricted', severity: 'error', summary: 'A voicemail (InMail) port can dial international numbers, the path of notification fraud.' },
  check(ctx) {
    reportUnrestricted(ctx, ctx.site.voicemailPorts, {
      one: 'Voicemail port', many: 'Voicemail ports',
      why: 'so message notification or Find Me Follow Me, which InMail dials on these ports, can be set to call abroad',
    });
  },
};
