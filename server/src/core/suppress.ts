// Suppression comments (FORMAT.md, RULES.md semantics 8): mark the findings a comment silences, and report
// SL008 (no reason) and SL009 (silences nothing / unknown rule id).

import type { Suppression } from './parse';
import type { Finding, SeverityOrOff } from './types';

export const UNSUPPRESSIBLE = new Set(['SL008', 'SL009']);

/**
 * Marks silenced findings in place and returns the SL008 / SL009 findings (before severity settings).
 * `known(id)` tells whether a rule id exists; `severityOf(id)` its configured severity (`off` rules make no
 * suppression unused).
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: Suppression[],
  known: (id: string) => boolean,
  severityOf: (id: string) => SeverityOrOff,
): { rule: 'SL008' | 'SL009'; span: Suppression['span']; message: string }[] {
  const out: { rule: 'SL008' | 'SL009'; span: Suppression['span']; message: string }[] = [];
  const byLine = new Map<number, Finding[]>();
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (UNSUPPRESSIBLE.has(f.rule)) continue;
    let l = byLine.get(f.span.line);
    if (!l) byLine.set(f.span.line, (l = []));
    l.push(f);
    let r = byRule.get(f.rule);
    if (!r) byRule.set(f.rule, (r = []));
    r.push(f);
  }
  for (const s of suppressions) {
    if (s.reason === null) {
      out.push({ rule: 'SL008', span: s.span, message: 'This suppression gives no reason; write why after `--` so that a reviewer can judge it (it still takes effect).' });
    }
    if (s.rules.length === 0) {
      out.push({ rule: 'SL009', span: s.span, message: 'This suppression names no rule id, so it silences nothing; list the rules, for example `slguard-disable-next-line SL201 -- reason`.' });
      continue;
    }
    for (const id of s.rules) {
      if (UNSUPPRESSIBLE.has(id.text)) {
        out.push({ rule: 'SL009', span: s.span, message: `${id.text} cannot be suppressed; this part of the comment silences nothing.` });
        continue;
      }
      if (!known(id.text)) {
        out.push({ rule: 'SL009', span: s.span, message: `Unknown rule id \`${id.text.slice(0, 20)}\` in this suppression comment; it silences nothing.` });
        continue;
      }
      const candidates = s.scope === 'file' ? byRule.get(id.text) ?? [] : s.target === null ? [] : (byLine.get(s.target) ?? []).filter((f) => f.rule === id.text);
      let used = false;
      for (const f of candidates) {
        used = true;
        if (!f.suppressed) f.suppressed = { justification: s.reason ?? '', comment: s.span };
      }
      if (!used && severityOf(id.text) !== 'off') {
        const where = s.scope === 'file' ? 'in this file' : s.target === null ? 'after it (no line follows)' : `on line ${s.target + 1}`;
        out.push({ rule: 'SL009', span: s.span, message: `${id.text} reports nothing ${where}; remove it from this suppression comment.` });
      }
    }
  }
  return out;
}
