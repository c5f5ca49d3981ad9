// Helpers of the toll fraud rules (SL301-SL305): unrestricted 21-04-01 cells, grouping by anchor line, wording.
import { IntervalSet } from '../intervals';
import type { Write } from '../config';
import type { Interval, Span } from '../types';
import type { RuleContext } from './rule';

/** The parts of `set` inside [lo, hi], found by binary search (no walk over the whole set). */
export function clip(set: IntervalSet, lo: number, hi: number): Interval[] {
  const parts = set.parts;
  let a = 0;
  let b = parts.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (parts[m][1] < lo) a = m + 1;
    else b = m;
  }
  const out: Interval[] = [];
  for (let i = a; i < parts.length && parts[i][0] <= hi; i++) out.push([Math.max(lo, parts[i][0]), Math.min(hi, parts[i][1])]);
  return out;
}

/** What one anchor line (or the defaults) leaves unrestricted, collected as plain intervals and merged once. */
export class Group {
  readonly items: Interval[] = [];
  readonly modes: Interval[] = [];
  readonly classes = new Set<number>();
  constructor(readonly span: Span | null) {}
}

/** Groups keyed by anchor line; `null` holds the cells that come from factory defaults. */
export class Groups {
  private readonly byLine = new Map<number, Group>();
  readonly defaults = new Group(null);

  at(write: Write | null): Group {
    if (!write) return this.defaults;
    let g = this.byLine.get(write.entry.line);
    if (!g) this.byLine.set(write.entry.line, (g = new Group(write.entry.value.span)));
    return g;
  }

  /** Written groups in line order. */
  written(): Group[] {
    return [...this.byLine.entries()].sort((x, y) => x[0] - y[0]).map(([, g]) => g);
  }
}

export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** `011` or `011, 00`, with its noun: `the prefix 011`, `the prefixes 011 and 00`. */
export function prefixesText(prefixes: string[]): string {
  return prefixes.length === 1 ? `the international prefix ${prefixes[0]}` : `the international prefixes ${prefixes.slice(0, -1).join(', ')} and ${prefixes[prefixes.length - 1]}`;
}

/** `mode 5`, `modes 1-4, 6`, or '' for every mode 1-8. */
export function modesText(modes: IntervalSet): string {
  if (modes.size >= 8) return '';
  return ` in day/night ${plural(modes.size, 'mode', 'modes')} ${modes.format()}`;
}

/** What to do about unrestricted classes: the cells to set. */
export function restrictAdvice(classes: number[], prefixes: string[]): string {
  const cells = classes.map((c) => `21-05-01[${c}] = 1`).join(', ');
  return `Set ${cells} and put ${prefixesText(prefixes)} into 21-06-01, or assign a class that already restricts international calls.`;
}

export const sortedClasses = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

/**
 * SL301 / SL302: every 21-04-01 line that leaves an extension of `relevant` unrestricted in some mode (one finding
 * per line, listing the extensions), plus one finding at the model line for extensions left at the default class.
 * Works on the item's segments and interval arithmetic only: cost follows the number of lines, not extensions.
 */
export function reportUnrestricted(
  ctx: RuleContext,
  relevant: IntervalSet,
  words: { one: string; many: string; why: string; note?: string },
): void {
  if (relevant.isEmpty) return;
  const groups = new Groups();
  for (const s of ctx.config.item('21-04-01').segments()) {
    const cls = Number(s.value);
    if (ctx.tolls.restricts(cls)) continue;
    const exts = clip(relevant, s.box[0][0], s.box[0][1]);
    if (exts.length === 0) continue;
    const g = groups.at(s.write);
    for (let i = 0; i < exts.length; i++) g.items.push(exts[i]);
    g.modes.push(s.box[1]);
    g.classes.add(cls);
  }
  const prefixes = ctx.site.internationalPrefixes;
  const describe = (g: Group) => {
    const exts = IntervalSet.of(g.items);
    const classes = sortedClasses(g.classes);
    const who = `${plural(exts.size, words.one, words.many)} ${exts.format()}${words.note ? ` (${words.note})` : ''}`;
    const cls = `toll restriction ${plural(classes.length, 'class', 'classes')} ${classes.join(', ')}`;
    const how = g.span
      ? `${who} can dial international numbers${modesText(IntervalSet.of(g.modes))}: the ${cls} set here (21-04-01) does not block ${prefixesText(prefixes)}, ${words.why}.`
      : `${who} ${plural(exts.size, 'is', 'are')} left at the factory ${cls} (21-04-01)${modesText(IntervalSet.of(g.modes))}, which does not block ${prefixesText(prefixes)}, ${words.why}.`;
    return { exts, classes, message: `${how} ${restrictAdvice(classes, prefixes)}` };
  };
  for (const g of groups.written()) {
    const d = describe(g);
    ctx.report({ span: g.span!, message: d.message, fix: { kind: 'restrict-class', classes: d.classes, prefixes } });
  }
  if (groups.defaults.items.length > 0) {
    const d = describe(groups.defaults);
    ctx.reportDefaults({
      message: d.message,
      items: d.exts.parts.map(([lo, hi]) => (lo === hi ? `extension ${lo}` : `extensions ${lo}-${hi}`)),
      fix: { kind: 'restrict-class', classes: d.classes, prefixes },
    });
  }
}
