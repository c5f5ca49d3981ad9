import type { Write } from '../config';
import { IntervalSet } from '../intervals';
import type { FixData, Interval } from '../types';
import type { Rule } from './rule';
import { mailboxesSubject } from './sl4xx-util';

// Personal mailboxes (47-02-01 = 1) whose number is not in `extensions-in-use`; only when that key is declared.
// Anchor: the later of the lines that last set the slot's 47-02-01 and 47-02-02 cells, or the model line when both
// cells hold their defaults (one finding per line, listing the mailboxes).
export const SL402: Rule = {
  meta: { id: 'SL402', name: 'unused-mailbox', severity: 'warning', summary: 'A personal mailbox exists for a number that is not an extension in use.' },
  check(ctx) {
    if (!ctx.site.extensionsInUse) return;
    const groups = new Map<number, { write: Write | null; slots: Interval[]; numbers: string[] }>();
    for (const mb of ctx.mailboxes) {
      if (mb.type !== 1 || mb.inUse) continue;
      const t = mb.typeCell.write;
      const n = mb.numberCell.write;
      const write = t && n ? (t.entry.line > n.entry.line ? t : n) : t ?? n;
      const key = write ? write.entry.line : -1;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { write, slots: [], numbers: [] }));
      g.slots.push([mb.slot, mb.slot]);
      g.numbers.push(mb.number);
    }
    for (const g of [...groups.values()].sort((a, b) => (a.write?.entry.line ?? -1) - (b.write?.entry.line ?? -1))) {
      const slots = IntervalSet.of(g.slots);
      const one = g.numbers.length === 1;
      const message = `${mailboxesSubject(g.numbers, 'is a personal mailbox', 'are personal mailboxes')} of no extension in use (\`extensions-in-use\`): nobody would notice ${one ? 'it' : 'them'} being taken over to set up notification abroad. Delete ${one ? 'it' : 'them'}: 47-02-01 = 0 for ${slots.size === 1 ? 'slot' : 'slots'} ${slots.format()}.`;
      const fix = deleteFix(slots, g.write);
      if (g.write) ctx.report({ span: g.write.entry.value.span, message, fix });
      else ctx.reportDefaults({ message, items: g.numbers.map((n) => `mailbox ${n}`), fix });
    }
  },
};

/**
 * `47-02-01[slots] = 0`. A set-program fix writes one index range, so for slots in several runs it covers the first
 * run only (the finding stays for the rest). When the anchor is a 47-02-01 line that sets exactly that run, its
 * value is replaced instead of adding a line that would override it.
 */
function deleteFix(slots: IntervalSet, write: Write | null): FixData {
  const [lo, hi] = slots.parts[0];
  const index = lo === hi ? `${lo}` : `${lo}-${hi}`;
  const box = write?.entry.address.text === '47-02-01' ? write.box[0] : null;
  if (box && box[0] === lo && box[1] === hi) return { kind: 'set-program', address: '47-02-01', index, value: '0', line: write!.entry.line };
  return { kind: 'set-program', address: '47-02-01', index, value: '0' };
}
