import type { Rule } from './rule';

export const SL202: Rule = {
  meta: { id: 'SL202', name: 'pbx-in-dmz', severity: 'error', summary: "The router's DMZ host is the phone system, so every port of it is open to the internet." },
  check(ctx) {
    const { dmz } = ctx.router;
    if (!dmz || !ctx.exposure.inDmz) return;
    ctx.report({
      span: dmz.stmt.span,
      message: `The router sends every unsolicited inbound packet to the phone system (dmz = 10-12-01), exposing WebPro, PCPro, the DIMM port and SIP. Remove the DMZ and forward only the SIP ports that are needed, from known sources.`,
      fix: { kind: 'delete-line', line: dmz.stmt.line },
    });
  },
};
