import type { Rule } from './rule';
import { enabled, users } from './util';

export const SL105: Rule = {
  meta: { id: 'SL105', name: 'shared-password', severity: 'warning', summary: 'Two enabled programming users have the same password.' },
  check(ctx) {
    const groups = new Map<string, { user: number; line: number | null; span: import('../types').Span | null }[]>();
    for (const { user, level } of users(ctx)) {
      if (!enabled(level)) continue;
      const pw = ctx.config.get('90-02-02', user);
      if (pw.value === '') continue;
      const g = groups.get(pw.value) ?? [];
      g.push({ user, line: pw.write?.entry.line ?? null, span: pw.write?.entry.value.span ?? null });
      groups.set(pw.value, g);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      const names = g.map((x) => x.user).join(', ');
      const message = `Programming users ${names} share one password (90-02-02): one leaked password opens several accounts, and the system's log cannot tell who made a change. Give each user its own.`;
      const written = g.filter((x) => x.line !== null).sort((a, b) => b.line! - a.line!);
      if (written.length) ctx.report({ span: written[0].span!, message });
      else ctx.reportDefaults({ message, items: g.map((x) => `user ${x.user}`) });
    }
  },
};
