import { IntervalSet } from '../intervals';
import type { Rule } from './rule';
import { Groups, plural } from './sl3xx-util';

// 20-11-12[class] = 1 or 14-01-13[trunk] = 1, effective and written (both default to 0): one finding per line
// that allows it, naming the classes of service or trunks it still allows.
export const SL304: Rule = {
  meta: { id: 'SL304', name: 'off-premise-forwarding', severity: 'information', summary: 'Call forward off-premise (20-11-12) or trunk-to-trunk transfer (14-01-13) is allowed.' },
  check(ctx) {
    const items = [
      { address: '20-11-12', one: 'class of service', many: 'classes of service', what: 'Call forward off-premise' },
      { address: '14-01-13', one: 'trunk', many: 'trunks', what: 'Trunk-to-trunk transfer' },
    ];
    for (const it of items) {
      const groups = new Groups();
      for (const s of ctx.config.item(it.address).segments()) {
        if (s.value !== '1' || !s.write) continue;
        groups.at(s.write).items.push(s.box[0]);
      }
      for (const g of groups.written()) {
        const which = IntervalSet.of(g.items);
        ctx.report({
          span: g.span!,
          message: `${it.what} is allowed for ${plural(which.size, it.one, it.many)} ${which.format()} (${it.address} = 1): a call from outside can be sent back out over a trunk, which intruders use to reach international numbers. Allow it only where the site needs it, and keep international calls restricted.`,
        });
      }
    }
  },
};
