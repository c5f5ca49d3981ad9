import type { Rule } from './rule';

export const SL208: Rule = {
  meta: { id: 'SL208', name: 'sip-phone-plug-and-play', severity: 'error', summary: 'SIP phones register without authentication (10-46-01 = 0) while port 5080 is exposed.' },
  check(ctx) {
    const cell = ctx.config.get('10-46-01');
    if (cell.value !== '0' || !ctx.exposure.isExposed(5080)) return;
    const message = 'SIP multiline phones register in Plug and Play mode (10-46-01 = 0, no authentication) while port 5080 is reachable from the internet: anyone can register a phone and make calls. Set 10-46-01 to 1 (automatic login).';
    const fix = { kind: 'set-program' as const, address: '10-46-01', value: '1', line: cell.write?.entry.line };
    if (cell.write) ctx.report({ span: cell.write.entry.value.span, message, fix });
    else ctx.reportDefaults({ message, items: ['10-46-01 (factory default 0)'], fix });
  },
};
