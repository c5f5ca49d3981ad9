import type { Rule } from './rule';
import { reportHits } from './util';

export const SL402: Rule = {
  meta: { id: 'SL402', name: 'unused-mailbox', severity: 'warning', summary: 'A personal mailbox exists for a number that is not an extension in use.' },
  check(ctx) {
    if (!ctx.site.extensionsInUse) return;
    const hits = ctx.mailboxes.filter((mb) => mb.type === 1 && !mb.inUse).map((mb) => {
      const writes = [mb.typeCell.write, mb.numberCell.write].filter((w) => w !== null);
      const last = writes.sort((a, b) => b.entry.line - a.entry.line)[0] ?? null;
      return {
        write: last ? { span: last.entry.value.span, line: last.entry.line } : null,
        label: `mailbox ${mb.number}`,
        fix: { kind: 'set-program' as const, address: '47-02-01', index: String(mb.slot), value: '0' },
      };
    });
    reportHits(ctx, hits, (labels) => `${labels.length === 1 ? 'Personal mailbox' : 'Personal mailboxes'} ${labels.map((l) => l.slice(8)).join(', ')} ${labels.length === 1 ? 'belongs' : 'belong'} to no extension in use: nobody would notice it being taken over. Delete ${labels.length === 1 ? 'it' : 'them'} (47-02-01 = 0).`,
      () => undefined);
  },
};
