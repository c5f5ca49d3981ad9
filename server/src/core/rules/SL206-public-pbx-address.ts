import { isIPv4 } from '../catalog';
import { isPrivateAddress } from '../router';
import type { Rule } from './rule';

export const SL206: Rule = {
  meta: { id: 'SL206', name: 'public-pbx-address', severity: 'error', summary: 'The phone system has a public address (10-12-01): every port is on the internet.' },
  check(ctx) {
    const cell = ctx.config.get('10-12-01');
    if (!cell.write || !isIPv4(cell.value) || isPrivateAddress(cell.value)) return;
    ctx.report({
      span: cell.write.entry.value.span,
      message: 'The phone system has a public address (10-12-01), so every port of it, WebPro, PCPro and SIP included, is reachable from the internet. Put it behind the router on a private address.',
    });
  },
};
