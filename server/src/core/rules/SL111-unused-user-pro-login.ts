import { IntervalSet } from '../intervals';
import type { Rule } from './rule';
import { indexText } from './util';

export const SL111: Rule = {
  meta: { id: 'SL111', name: 'unused-user-pro-login', severity: 'warning', summary: 'A User Pro password is set for an extension that is not in use.' },
  check(ctx) {
    const inUse = ctx.site.extensionsInUse;
    if (!inUse) return;
    const byLine = new Map<number, { w: NonNullable<ReturnType<typeof ctx.config.get>['write']>; unused: IntervalSet }>();
    for (const s of ctx.config.item('90-28-01').segments()) {
      if (!s.write || s.value === '') continue;
      const unused = IntervalSet.range(s.box[0][0], s.box[0][1]).minus(inUse);
      if (unused.isEmpty) continue;
      const g = byLine.get(s.write.entry.line);
      byLine.set(s.write.entry.line, { w: s.write, unused: g ? g.unused.union(unused) : unused });
    }
    for (const { w, unused } of byLine.values()) {
      const [lo, hi] = w.box[0];
      const anyInUse = !IntervalSet.range(lo, hi).intersect(inUse).isEmpty;
      ctx.report({
        span: w.entry.value.span,
        message: `A User Pro login (90-28-01[${indexText(w)}]) is set for extensions not in use (${unused.format()}); nobody watches it, so it is an open door. Delete it.${anyInUse ? ' The line also covers extensions in use, so no automatic fix is offered.' : ''}`,
        fix: anyInUse ? undefined : { kind: 'delete-line', line: w.entry.line },
      });
    }
  },
};
