// SL0xx: syntax and values. These are found while reading the file (parse.ts, site.ts, config.ts, router.ts,
// mailbox.ts) and by the suppression pass (suppress.ts), so they are metadata only.

import type { RuleMeta } from '../types';

export const SYNTAX_RULES: RuleMeta[] = [
  { id: 'SL001', name: 'syntax-error', severity: 'error', summary: 'A line that is none of the forms of the .slcfg format, a bad section header, or text after a closing quote.' },
  { id: 'SL002', name: 'unknown-item', severity: 'warning', summary: 'An item the known program does not have, an unknown key, router statement or section.' },
  { id: 'SL003', name: 'bad-index', severity: 'error', summary: 'A wrong number of indexes, an index out of range, or a range N-M with N > M.' },
  { id: 'SL004', name: 'bad-value', severity: 'error', summary: 'A value the item does not accept: wrong characters, too long, out of range, a malformed address or port.' },
  { id: 'SL005', name: 'overridden', severity: 'hint', summary: 'A line whose cells (or key) a later line sets again, so it has no effect there.' },
  { id: 'SL006', name: 'duplicate-section', severity: 'error', summary: '[site], [programs] or [router] twice, or the same [mailbox N] twice.' },
  { id: 'SL007', name: 'unknown-mailbox', severity: 'warning', summary: 'A [mailbox N] section for a mailbox that does not exist.' },
  { id: 'SL008', name: 'suppression-without-reason', severity: 'warning', summary: 'A suppression comment with no `-- reason`.' },
  { id: 'SL009', name: 'unused-suppression', severity: 'hint', summary: 'A suppression comment that silences nothing, or names an unknown rule.' },
  { id: 'SL010', name: 'missing-model', severity: 'warning', summary: '[site] has no `model`, or there is no [site]; SL2100 is assumed.' },
  { id: 'SL011', name: 'invalid-encoding', severity: 'error', summary: 'A line holding bytes that are not UTF-8 (read as U+FFFD); the rest of the line is read as written.' },
];
