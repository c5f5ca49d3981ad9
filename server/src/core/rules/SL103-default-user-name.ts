import type { Rule } from './rule';
import { at, enabled, list, reportHits, users } from './util';

const FACTORY_NAMES = new Set(['tech', 'sltech', 'admin1', 'admin2', 'user1']);

/** A factory 90-02 user name (case-insensitive). */
export const isFactoryUserName = (name: string): boolean => FACTORY_NAMES.has(name.toLowerCase());

export const SL103: Rule = {
  meta: { id: 'SL103', name: 'default-user-name', severity: 'warning', summary: 'An enabled programming user keeps a factory user name.' },
  check(ctx) {
    const hits = users(ctx).flatMap(({ user, level }) => {
      const name = ctx.config.get('90-02-01', user);
      if (!enabled(level) || !isFactoryUserName(name.value)) return [];
      return [{ write: at(name.write), label: `user ${user}`, fix: { kind: 'generate-credential' as const, credential: 'user-name' as const, address: '90-02-01', index: String(user), line: name.write?.entry.line } }];
    });
    reportHits(ctx, hits, (u) => `Programming ${u.length > 1 ? 'users' : 'user'} ${list(u.map((x) => x.slice(5)))} ${u.length > 1 ? 'keep' : 'keeps'} a factory user name (90-02-01), so an intruder only has to guess the password. Rename the account.`,
      (u) => ({ kind: 'generate-credential', credential: 'user-name', address: '90-02-01', index: u[0].slice(5), users: u.map((x) => Number(x.slice(5))) }));
  },
};
