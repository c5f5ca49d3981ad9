// Helpers of the voicemail rules (SL401-SL405).
import { IntervalSet } from '../intervals';
import { cleanDialed, type Mailbox } from '../mailbox';
import type { KeyValue } from '../parse';
import { stripTrunkCode } from '../tolls';
import type { FixData } from '../types';

/** The dialed number (after blanks, commas and dashes, and the trunk access code once) starts with an international prefix. */
export function dialsAbroad(number: string, trunkAccessCode: string, prefixes: string[]): boolean {
  const d = stripTrunkCode(cleanDialed(number), trunkAccessCode);
  return prefixes.some((p) => d.startsWith(p));
}

/** The non-empty `notify` in effect and every non-empty `find-me` of a mailbox's section. */
export function outcalls(mb: Mailbox): KeyValue[] {
  if (!mb.data) return [];
  return [...(mb.data.notify ? [mb.data.notify] : []), ...mb.data.findMe].filter((e) => e.value.text !== '').sort((a, b) => a.line - b.line);
}

/** Mailbox numbers, compact: `105-164`, or a list cut after `max` when some number is not a plain integer. */
export function mailboxNumbers(numbers: string[], max = 12): string {
  if (numbers.every((n) => /^[1-9]\d{0,7}$/.test(n))) return IntervalSet.of(numbers.map((n) => [Number(n), Number(n)] as const)).format(max);
  return numbers.length <= max ? numbers.join(', ') : `${numbers.slice(0, max).join(', ')} and ${numbers.length - max} more`;
}

/** `Mailbox 105 has` / `Mailboxes 105-164 have`. */
export function mailboxesSubject(numbers: string[], verbOne: string, verbMany: string): string {
  return numbers.length === 1 ? `Mailbox ${numbers[0]} ${verbOne}` : `Mailboxes ${mailboxNumbers(numbers)} ${verbMany}`;
}

/** A generated code for one mailbox, replacing its `code` line (`code = none`, `code =`) when it has one. */
export function codeFix(mb: Mailbox): FixData {
  const line = mb.data?.code?.line;
  return line === undefined ? { kind: 'mailbox-code', mailboxes: [mb.number] } : { kind: 'mailbox-code', mailboxes: [mb.number], line };
}
