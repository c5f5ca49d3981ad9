import type { Rule } from './rule';
import { at, isFactoryPassword, list, reportHits, users } from './util';

export const SL102: Rule = {
  meta: { id: 'SL102', name: 'default-password', severity: 'warning', summary: 'An administrator user (level 3-5) still has a factory password of this family.' },
  check(ctx) {
    const hits = users(ctx).flatMap(({ user, level }) => {
      const pw = ctx.config.get('90-02-02', user);
      if (!isFactoryPassword(level, pw.value)) return [];
      return [{ write: at(pw.write), label: `user ${user}`, fix: { kind: 'generate-credential' as const, credential: 'password' as const, address: '90-02-02', index: String(user), line: pw.write?.entry.line } }];
    });
    reportHits(ctx, hits, (u) => `Programming ${u.length > 1 ? 'users' : 'user'} ${list(u.map((x) => x.slice(5)))} (level 3-5) ${u.length > 1 ? 'have' : 'has'} a factory password (90-02-02) that anyone with the manual knows. Set a new one, or set the level (90-02-03) to 0 if the account is not used.`,
      (u) => ({ kind: 'generate-credential', credential: 'password', address: '90-02-02', index: u[0].slice(5), users: u.map((x) => Number(x.slice(5))) }));
  },
};
