import { IntervalSet } from '../intervals';
import { allOneCharacter, isDigitRun } from '../weak';
import type { Rule } from './rule';
import { Groups } from './sl3xx-util';

/** Shorter than 6, all one character, or a run of digits (as in SL104). Blank is no password: not weak, absent. */
export function isWeakDisaPassword(pw: string): boolean {
  return pw !== '' && (pw.length < 6 || allOneCharacter(pw) || isDigitRun(pw));
}

// At the 25-08-01 line (the default is blank, so a password is always written); one finding per line, listing the
// DISA users whose effective password that line set. The message names the cell, never the password.
export const SL305: Rule = {
  meta: { id: 'SL305', name: 'weak-disa-password', severity: 'warning', summary: 'A DISA password (25-08-01) is shorter than 6, all one character, or a run of digits.' },
  check(ctx) {
    const groups = new Groups();
    for (const s of ctx.config.item('25-08-01').segments()) {
      if (!s.write || !isWeakDisaPassword(s.value)) continue;
      groups.at(s.write).items.push(s.box[0]);
    }
    for (const g of groups.written()) {
      const users = IntervalSet.of(g.items);
      const cell = users.size === 1 ? `25-08-01[${users.parts[0][0]}]` : `25-08-01 of DISA users ${users.format()}`;
      ctx.report({
        span: g.span!,
        message: `The DISA password set here (${cell}) is easy to guess: shorter than 6 digits, all one digit, or a run. DISA gives an outside caller a dial tone, so a guessed password means calls abroad at the site's cost; use 6 digits with no pattern.`,
      });
    }
  },
};
