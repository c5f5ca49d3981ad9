// Hover: what a program address means (names, indexes, accepted values, this model's factory default, the
// manual/family/assumed mark and source page), enum meanings on values, rule summaries in suppression comments.
// Never a secret value: defaults of secret items are described, not shown.

import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { defaultBoxes, describeValue, findItem, type CatalogItem } from '../core/catalog';
import { ruleMeta } from '../core/rules';
import { ruleHref, type Model, type Span } from '../core/types';

const inside = (s: Span, p: Position) => s.line === p.line && p.character >= s.start && p.character <= s.end;

const MARK: Record<string, string> = {
  manual: 'read on a manual page of this model',
  family: 'read in a sibling NEC manual (SL1000 / SV8100 / SV9100): check it on this system',
  assumed: 'no manual page found; follows dealer guidance: **double-check it on the system**',
};

function describeDefault(cat: CatalogItem, model: Model): string {
  if (cat.def.secret) return 'a factory value (not shown: it is a credential; if it is still in force, change it)';
  const { boxes, rest } = defaultBoxes(cat, model);
  if (boxes.length === 0) return rest === '' ? 'blank' : `\`${rest}\``;
  const shown = boxes.slice(0, 6).map((b) => `${b.box.map(([lo, hi]) => (lo === hi ? lo : `${lo}-${hi}`)).join(', ')} → \`${b.value || 'blank'}\``);
  return `varies by ${cat.dims.map((d) => d.name).join(' and ')}: ${shown.join('; ')}${boxes.length > 6 ? '; …' : ''}; otherwise \`${rest || 'blank'}\``;
}

export function itemHover(cat: CatalogItem, model: Model): string {
  const dims = cat.dims.length ? cat.dims.map((d) => `${d.name} ${d.lo}-${d.hi}`).join(', ') : 'none';
  return [
    `**${cat.address}** ${cat.program.name}: **${cat.def.name}**${cat.def.secret ? ' *(credential)*' : ''}`,
    '',
    `- Indexes: ${dims}`,
    `- Values: ${describeValue(cat.def.value)}${cat.def.orBlank ? ', or blank' : ''}`,
    `- Factory default (${model}): ${describeDefault(cat, model)}`,
    `- Source: ${cat.program.source} — *${cat.def.mark}*: ${MARK[cat.def.mark]}`,
    ...(cat.def.note ? ['', cat.def.note] : []),
  ].join('\n');
}

export function hover(doc: TextDocument, analysis: Analysis, position: Position): Hover | null {
  void doc;
  const model = analysis.site.model;
  const md = (value: string): Hover => ({ contents: { kind: 'markdown', value } });
  for (const s of analysis.parsed.suppressions) {
    const id = s.rules.find((r) => inside(r.span, position));
    if (!id) continue;
    const m = ruleMeta(id.text);
    return md(m ? `**${m.id}** ${m.name} (${m.severity})\n\n${m.summary}\n\n[Rule documentation](${ruleHref(m.id)})` : `Unknown rule id: it silences nothing.`);
  }
  for (const s of analysis.parsed.sections) {
    if (s.kind !== 'programs') continue;
    const e = s.entries.find((x) => x.line === position.line);
    if (e) {
      const cat = findItem(e.address.text);
      if (!cat) return md(`Program ${e.program} has no item ${e.item} in SL Guard's catalog.`);
      if (inside(e.value.span, position) && cat.def.value.kind === 'enum' && !cat.def.secret) {
        const meaning = cat.def.value.values[String(Number(e.value.text))];
        if (meaning) return md(`\`${e.value.text}\` = **${meaning}** (${cat.address} ${cat.def.name})`);
      }
      if (position.character <= e.key.span.end) {
        const idx = (e.indexes ?? []).findIndex((i) => inside(i.span, position));
        const dim = idx >= 0 ? cat.dims[idx] : undefined;
        return md(`${dim ? `Index ${idx + 1}: **${dim.name}** (${dim.lo}-${dim.hi})\n\n` : ''}${itemHover(cat, model)}`);
      }
      return null;
    }
    if (s.otherLines.includes(position.line)) {
      const program = analysis.parsed.lines[position.line].trim().slice(0, 5);
      return md(`Program ${program} is not in SL Guard's catalog: accepted as it is, not checked.`);
    }
  }
  return null;
}

