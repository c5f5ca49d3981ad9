import type { Rule } from './rule';
import { at, isInstallerDefault, list, reportHits, users } from './util';

export const SL101: Rule = {
  meta: { id: 'SL101', name: 'default-installer-password', severity: 'error', summary: 'An installer (IN) user still has the factory installer password.' },
  check(ctx) {
    const hits = users(ctx).flatMap(({ user, level }) => {
      const pw = ctx.config.get('90-02-02', user);
      if (!isInstallerDefault(level, pw.value)) return [];
      return [{ write: at(pw.write), label: `user ${user}`, fix: { kind: 'generate-credential' as const, credential: 'installer-password' as const, address: '90-02-02', index: String(user), line: pw.write?.entry.line } }];
    });
    reportHits(ctx, hits, (u) => `Installer ${u.length > 1 ? 'users' : 'user'} ${list(u.map((x) => x.slice(5)))} ${u.length > 1 ? 'have' : 'has'} the factory installer password (90-02-02); it is published in NEC manuals and is the first thing an intruder tries. Set a new one and record it.`,
      (u) => ({ kind: 'generate-credential', credential: 'installer-password', address: '90-02-02', index: u[0].slice(5), users: u.map((x) => Number(x.slice(5))) }));
  },
};
