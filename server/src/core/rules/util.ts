// Reporting helpers shared by the rule modules: one finding per anchor line, one from defaults.

import type { Write } from '../config';
import type { FixData, Span } from '../types';
import type { RuleContext } from './rule';

export interface Hit {
  /** The line that caused it, or null when it comes from factory defaults. */
  write: { span: Span; line: number } | null;
  /** What is affected: `user 3`, `extension 104`, `mailbox 105`. */
  label: string;
  fix?: FixData;
}

export const at = (w: Write | null): Hit['write'] => (w ? { span: w.entry.value.span, line: w.entry.line } : null);

/** Groups hits by anchor line (one finding each) and reports the ones from defaults once at the model line. */
export function reportHits(ctx: RuleContext, hits: Hit[], message: (labels: string[], fromDefaults: boolean) => string, defaultsFix?: (labels: string[]) => FixData | undefined): void {
  const byLine = new Map<number, { span: Span; labels: string[]; fix?: FixData }>();
  const defaults: string[] = [];
  for (const h of hits) {
    if (!h.write) { defaults.push(h.label); continue; }
    const g = byLine.get(h.write.line);
    if (g) g.labels.push(h.label);
    else byLine.set(h.write.line, { span: h.write.span, labels: [h.label], fix: h.fix });
  }
  for (const g of byLine.values()) ctx.report({ span: g.span, message: message(g.labels, false), fix: g.fix });
  if (defaults.length) ctx.reportDefaults({ message: message(defaults, true), items: defaults, fix: defaultsFix?.(defaults) });
}

export function list(labels: string[], max = 8): string {
  return labels.length <= max ? labels.join(', ') : `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}

/** Users 2–8 (user 1 is the manufacturer's account), with their effective level. */
export function users(ctx: RuleContext): { user: number; level: number }[] {
  const out = [];
  for (let user = 2; user <= 8; user++) out.push({ user, level: Number(ctx.config.get('90-02-03', user).value) });
  return out;
}

export const enabled = (level: number) => level >= 2 && level <= 5;
export const isInstallerDefault = (level: number, pw: string) => level === 2 && pw === '12345678';
export const isFactoryPassword = (level: number, pw: string) => level >= 3 && level <= 5 && (pw === '0000' || pw === '9999' || pw === '1111');

/** The index list of a program line as written (`101-106, *`). */
export function indexText(w: Write): string {
  return (w.entry.indexes ?? []).map((i) => i.raw).join(', ');
}
