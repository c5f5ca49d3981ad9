// [site] facts: model, extensions in use, voicemail ports, international prefixes, trunk access code.
// Reports SL004 (bad value), SL005 (repeated key) and SL010 (no model).

import { IntervalSet, parseNumberList } from './intervals';
import type { KeyValue, ParsedFile } from './parse';
import type { Model, Span } from './types';

export interface SiteFacts {
  model: Model;
  /** The effective `model` line, when there is one. */
  modelLine: KeyValue | null;
  /** Where findings that come from factory defaults point: the model value, or line 1. */
  modelAnchor: Span;
  /** null: not declared, every extension counts as in use. */
  extensionsInUse: IntervalSet | null;
  voicemailPorts: IntervalSet;
  internationalPrefixes: string[];
  trunkAccessCode: string;
  name: string;
}

export interface SiteProblem {
  rule: 'SL004' | 'SL005' | 'SL010';
  span: Span;
  message: string;
}

export const DEFAULT_VOICEMAIL_PORTS: Record<Model, IntervalSet> = {
  SL2100: IntervalSet.range(213, 228),
  SL1100: IntervalSet.EMPTY,
};

export function readSite(parsed: ParsedFile, report: (p: SiteProblem) => void): SiteFacts {
  const sites = parsed.sections.filter((s) => s.kind === 'site');
  // Last line wins for each key; each earlier line of a repeated key is reported at its value.
  const last = new Map<string, KeyValue>();
  for (const s of sites) {
    for (const e of s.entries) {
      const prev = last.get(e.key.text);
      if (prev) {
        report({ rule: 'SL005', span: prev.value.span, message: `\`${e.key.text}\` is set again on line ${e.line + 1}; this line has no effect.` });
      }
      last.set(e.key.text, e);
    }
  }
  const facts: SiteFacts = {
    model: 'SL2100',
    modelLine: null,
    modelAnchor: lineOneAnchor(parsed),
    extensionsInUse: null,
    voicemailPorts: DEFAULT_VOICEMAIL_PORTS.SL2100,
    internationalPrefixes: ['011', '00'],
    trunkAccessCode: '9',
    name: '',
  };
  const bad = (e: KeyValue, message: string) => report({ rule: 'SL004', span: e.value.span, message });

  const model = last.get('model');
  if (model) {
    facts.modelLine = model;
    facts.modelAnchor = model.value.span;
    const m = model.value.text.toUpperCase();
    if (m === 'SL2100' || m === 'SL1100') facts.model = m;
    else bad(model, 'The model is SL2100 or SL1100; SL2100 is assumed.');
  } else if (sites.length > 0) {
    report({ rule: 'SL010', span: sites[0].header, message: '[site] has no `model`; SL2100 is assumed. The factory defaults differ between SL2100 and SL1100.' });
  } else {
    report({ rule: 'SL010', span: facts.modelAnchor, message: 'There is no [site] section with a `model`; SL2100 is assumed. The factory defaults differ between SL2100 and SL1100.' });
  }
  facts.voicemailPorts = DEFAULT_VOICEMAIL_PORTS[facts.model];

  const list = (key: string, what: string): IntervalSet | null => {
    const e = last.get(key);
    if (!e) return null;
    const set = e.value.text === '' ? null : parseNumberList(e.value.text);
    if (!set) bad(e, `\`${key}\` lists ${what}: numbers 1-99999999 without leading zeros, or ranges N-M, separated by commas; the default applies.`);
    return set;
  };
  facts.extensionsInUse = list('extensions-in-use', 'extension numbers');
  facts.voicemailPorts = list('voicemail-ports', 'the extension numbers of the InMail ports') ?? facts.voicemailPorts;

  const prefixes = last.get('international-prefix');
  if (prefixes) {
    const parts = prefixes.value.text.split(',').map((p) => p.trim());
    if (prefixes.value.text === '' || parts.some((p) => !/^\d+$/.test(p))) {
      bad(prefixes, '`international-prefix` lists digit strings separated by commas (for example `011, 00`); the default applies.');
    } else {
      facts.internationalPrefixes = [...new Set(parts)];
    }
  }
  const tac = last.get('trunk-access-code');
  if (tac) {
    if (!/^[0-9]{0,8}$/.test(tac.value.text)) bad(tac, '`trunk-access-code` is the digits dialed to seize an outside line (up to 8 digits, or empty for none).');
    else facts.trunkAccessCode = tac.value.text;
  }
  facts.name = last.get('name')?.value.text ?? '';
  return facts;
}

function lineOneAnchor(parsed: ParsedFile): Span {
  const t = parsed.lines[0] ?? '';
  const start = t.length - t.trimStart().length;
  const end = t.trimEnd().length;
  return { line: 0, start: Math.min(start, end), end };
}

/** Is this extension in use? Undeclared `extensions-in-use` means every extension is. */
export function inUse(site: SiteFacts): IntervalSet {
  return site.extensionsInUse ?? IntervalSet.range(1, 99999999);
}
