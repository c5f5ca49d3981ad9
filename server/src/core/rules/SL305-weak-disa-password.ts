import { allOneCharacter, isDigitRun } from '../weak';
import type { Rule } from './rule';

export const SL305: Rule = {
  meta: { id: 'SL305', name: 'weak-disa-password', severity: 'warning', summary: 'A DISA password (25-08-01) is shorter than 6, all one character, or a run of digits.' },
  check(ctx) {
    const seen = new Set<number>();
    for (const s of ctx.config.item('25-08-01').segments()) {
      const v = s.value;
      if (!s.write || v === '' || seen.has(s.write.entry.line)) continue;
      if (!(v.length < 6 || allOneCharacter(v) || isDigitRun(v))) continue;
      seen.add(s.write.entry.line);
      ctx.report({ span: s.write.entry.value.span, message: `The DISA password set here (25-08-01) is weak: shorter than 6 digits, all one digit, or a run. DISA gives an outside caller a dial tone; use 6 digits that are not a pattern.` });
    }
  },
};
