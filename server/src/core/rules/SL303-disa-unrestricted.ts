import type { Rule } from './rule';

export const SL303: Rule = {
  meta: { id: 'SL303', name: 'disa-unrestricted', severity: 'error', summary: 'A DISA user with a password can dial international numbers.' },
  check(ctx) {
    const reported = new Set<number>();
    for (let d = 1; d <= 15; d++) {
      const pw = ctx.config.get('25-08-01', d);
      if (pw.value === '' || !pw.write) continue;
      for (let m = 1; m <= 8; m++) {
        const cell = ctx.config.get('25-11-01', d, m);
        const cls = Number(cell.value);
        if (ctx.tolls.restricts(cls)) continue;
        const anchor = cell.write ?? pw.write;
        if (reported.has(anchor.entry.line)) continue;
        reported.add(anchor.entry.line);
        ctx.report({
          span: anchor.entry.value.span,
          message: `DISA user ${d} can call in from outside and dial international numbers: its toll restriction class ${cls} (25-11-01) does not block the international prefixes. Restrict the class, or delete the DISA password if DISA is not used.`,
          fix: { kind: 'restrict-class', classes: [cls], prefixes: ctx.site.internationalPrefixes },
        });
      }
    }
  },
};
