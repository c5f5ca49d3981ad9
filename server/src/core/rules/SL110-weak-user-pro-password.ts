import { WEBPRO } from '../router';
import { allOneCharacter, isDigitRun } from '../weak';
import type { Rule } from './rule';
import { indexText } from './util';

/** A 90-28-01 password of extensions `exts`: shorter than 4, all one character, a run of digits, or one of those extension numbers. */
export function isWeakUserProPassword(v: string, exts: readonly [number, number]): boolean {
  const isExt = /^[1-9]\d*$/.test(v) && Number(v) >= exts[0] && Number(v) <= exts[1];
  return v.length < 4 || allOneCharacter(v) || isDigitRun(v) || isExt;
}

export const SL110: Rule = {
  meta: { id: 'SL110', name: 'weak-user-pro-password', severity: 'warning', summary: 'A User Pro password (90-28-01) that is short, all one character, a run of digits, or the extension number; an error when WebPro is exposed.' },
  check(ctx) {
    const exposed = ctx.exposure.isExposed(Number(ctx.config.get(WEBPRO).value));
    const seen = new Set<number>();
    for (const s of ctx.config.item('90-28-01').segments()) {
      const w = s.write;
      if (!w || s.value === '' || seen.has(w.entry.line)) continue;
      const v = s.value;
      if (!isWeakUserProPassword(v, s.box[0])) continue;
      seen.add(w.entry.line);
      ctx.report({
        span: w.entry.value.span,
        severity: exposed ? 'error' : undefined,
        message: `The User Pro password set here (90-28-01[${indexText(w)}]) is weak: shorter than 4, all one character, a run of digits, or the extension number.${exposed ? ' WebPro is reachable from the internet, so it can be guessed from anywhere.' : ''} Set a stronger one or delete it.`,
        fix: { kind: 'generate-credential', credential: 'user-pro-password', address: '90-28-01', index: indexText(w), line: w.entry.line },
      });
    }
  },
};
