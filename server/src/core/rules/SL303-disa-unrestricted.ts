import { IntervalSet } from '../intervals';
import type { Rule } from './rule';
import { type Group, Groups, modesText, plural, prefixesText, restrictAdvice, sortedClasses } from './sl3xx-util';

// A DISA user exists when its 25-08-01 password is not blank (the default is blank). Its class 25-11-01[d, mode]
// must restrict international calls in every mode. Anchor: the 25-11-01 line that assigned the unrestricted class,
// or the 25-08-01 line when that class is the factory default (one finding per line, listing the DISA users).
export const SL303: Rule = {
  meta: { id: 'SL303', name: 'disa-unrestricted', severity: 'error', summary: 'A DISA user with a password can dial international numbers.' },
  check(ctx) {
    const groups = new Groups();
    const atDefaultClass = new Set<Group>();
    const passwords = ctx.config.item('25-08-01');
    const classes = ctx.config.item('25-11-01');
    for (let d = 1; d <= 15; d++) {
      const pw = passwords.get(d);
      if (pw.value === '' || !pw.write) continue;
      for (let m = 1; m <= 8; m++) {
        const cell = classes.get(d, m);
        const cls = Number(cell.value);
        if (ctx.tolls.restricts(cls)) continue;
        const g = groups.at(cell.write ?? pw.write);
        if (!cell.write) atDefaultClass.add(g);
        g.items.push([d, d]);
        g.modes.push([m, m]);
        g.classes.add(cls);
      }
    }
    const prefixes = ctx.site.internationalPrefixes;
    for (const g of groups.written()) {
      const users = IntervalSet.of(g.items);
      const cls = sortedClasses(g.classes);
      ctx.report({
        span: g.span!,
        message: `DISA ${plural(users.size, 'user', 'users')} ${users.format()} ${plural(users.size, 'has', 'have')} a password (25-08-01) and ${atDefaultClass.has(g) ? 'the factory ' : ''}toll restriction ${plural(cls.length, 'class', 'classes')} ${cls.join(', ')} (25-11-01)${modesText(IntervalSet.of(g.modes))}, which does not block ${prefixesText(prefixes)}: whoever finds the password can call in and dial abroad. ${restrictAdvice(cls, prefixes)} Delete the DISA password if DISA is not used.`,
        fix: { kind: 'restrict-class', classes: cls, prefixes },
      });
    }
  },
};
