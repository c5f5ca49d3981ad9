import { isWeakProgrammingPassword } from '../weak';
import type { Rule } from './rule';
import { at, enabled, isFactoryPassword, isInstallerDefault, list, reportHits, users } from './util';

export const SL104: Rule = {
  meta: { id: 'SL104', name: 'weak-password', severity: 'warning', summary: 'An enabled programming user has a password shorter than 8, all one character, or a run of digits.' },
  check(ctx) {
    const hits = users(ctx).flatMap(({ user, level }) => {
      const pw = ctx.config.get('90-02-02', user);
      if (!enabled(level) || !isWeakProgrammingPassword(pw.value)) return [];
      if (isInstallerDefault(level, pw.value) || isFactoryPassword(level, pw.value)) return []; // SL101 / SL102
      return [{ write: at(pw.write), label: `user ${user}`, fix: { kind: 'generate-credential' as const, credential: 'password' as const, address: '90-02-02', index: String(user), line: pw.write?.entry.line } }];
    });
    reportHits(ctx, hits, (u) => `The password of programming ${u.length > 1 ? 'users' : 'user'} ${list(u.map((x) => x.slice(5)))} (90-02-02) is weak: shorter than 8 characters, all one character, or a run of digits. Use 8 characters of 0-9 * # with at least one * or #.`,
      (u) => ({ kind: 'generate-credential', credential: 'password', address: '90-02-02', index: u[0].slice(5), users: u.map((x) => Number(x.slice(5))) }));
  },
};
