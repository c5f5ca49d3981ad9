import type { Rule } from './rule';

/** An 84-22-02 password linked from extensions `exts`: blank, shorter than 6, its 84-22-01 user id, or one of those extension numbers. */
export function isWeakSipPassword(pw: string, uid: string, exts: readonly [number, number]): boolean {
  const isExt = /^[1-9]\d*$/.test(pw) && Number(pw) >= exts[0] && Number(pw) <= exts[1];
  return pw.length < 6 || pw === uid || isExt;
}

export const SL209: Rule = {
  meta: { id: 'SL209', name: 'weak-sip-phone-login', severity: 'warning', summary: 'A SIP phone login (84-22) linked to an extension has a blank or weak password.' },
  check(ctx) {
    const mode = ctx.config.get('10-46-01').value;
    if (mode !== '1' && mode !== '2') return;
    const reported = new Set<number>();
    for (const s of ctx.config.item('15-05-27').segments()) {
      const record = Number(s.value);
      if (!s.write || record === 0) continue;
      const pw = ctx.config.get('84-22-02', record);
      const uid = ctx.config.get('84-22-01', record).value;
      if (!isWeakSipPassword(pw.value, uid, s.box[0])) continue;
      const anchor = pw.write ?? s.write;
      if (reported.has(anchor.entry.line)) continue;
      reported.add(anchor.entry.line);
      ctx.report({
        span: anchor.entry.value.span,
        message: `The SIP login record ${record} (84-22-02[${record}]) that extensions link to by 15-05-27 has a ${pw.value === '' ? 'blank' : 'weak'} password (shorter than 6, or equal to its user id or the extension number). Set a strong password of at least 6 characters.`,
      });
    }
  },
};
