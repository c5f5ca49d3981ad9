import type { Rule } from './rule';

export const SL304: Rule = {
  meta: { id: 'SL304', name: 'off-premise-forwarding', severity: 'information', summary: 'Call forward off-premise (20-11-12) or trunk-to-trunk transfer (14-01-13) is allowed.' },
  check(ctx) {
    const items = [
      ['20-11-12', 'Call forward off-premise is allowed for a class of service (20-11-12)'],
      ['14-01-13', 'Trunk-to-trunk transfer is allowed on a trunk (14-01-13)'],
    ] as const;
    for (const [address, what] of items) {
      const seen = new Set<number>();
      for (const s of ctx.config.item(address).segments()) {
        if (s.value !== '1' || !s.write || seen.has(s.write.entry.line)) continue;
        seen.add(s.write.entry.line);
        ctx.report({ span: s.write.entry.value.span, message: `${what}: a call from outside can be sent back out, which intruders use to reach international numbers. Allow it only where the site needs it.` });
      }
    }
  },
};
