// SL301 / SL302: extensions whose toll restriction class lets them dial abroad.
import { IntervalSet } from '../intervals';
import type { Span } from '../types';
import type { RuleContext } from './rule';

/** Reports every 21-04-01 line (and the defaults) that leaves an extension of `relevant` unrestricted in some mode. */
export function reportUnrestricted(ctx: RuleContext, relevant: IntervalSet, what: string): void {
  if (relevant.isEmpty) return;
  const byLine = new Map<number, { span: Span; exts: IntervalSet; classes: Set<number> }>();
  let defaults = IntervalSet.EMPTY;
  const defaultClasses = new Set<number>();
  for (const s of ctx.config.item('21-04-01').segments()) {
    const cls = Number(s.value);
    if (ctx.tolls.restricts(cls)) continue;
    const exts = relevant.intersectRange(s.box[0][0], s.box[0][1]);
    if (exts.isEmpty) continue;
    if (!s.write) { defaults = defaults.union(exts); defaultClasses.add(cls); continue; }
    const g = byLine.get(s.write.entry.line);
    if (g) { g.exts = g.exts.union(exts); g.classes.add(cls); } else byLine.set(s.write.entry.line, { span: s.write.entry.value.span, exts, classes: new Set([cls]) });
  }
  const prefixes = ctx.site.internationalPrefixes;
  const msg = (exts: IntervalSet, classes: Set<number>) =>
    `${what} ${exts.format()} can dial international numbers: toll restriction class ${[...classes].join(', ')} (21-04-01) does not block the prefix${prefixes.length > 1 ? 'es' : ''} ${prefixes.join(', ')}. Set 21-05-01 = 1 for the class and put the prefixes into 21-06-01.`;
  for (const g of byLine.values()) ctx.report({ span: g.span, message: msg(g.exts, g.classes), fix: { kind: 'restrict-class', classes: [...g.classes], prefixes } });
  if (!defaults.isEmpty) {
    ctx.reportDefaults({
      message: msg(defaults, defaultClasses),
      items: defaults.parts.slice(0, 50).map(([lo, hi]) => (lo === hi ? `extension ${lo}` : `extensions ${lo}-${hi}`)),
      fix: { kind: 'restrict-class', classes: [...defaultClasses], prefixes },
    });
  }
}
