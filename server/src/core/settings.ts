// Per-rule severity settings: `.slguard.json` ({"rules": {"SL205": "off"}}) and the editor's `slguard.rules`.
// Pure: the caller reads the file. Problems (bad JSON, unknown rule ids, bad values) are returned, never ignored.

import { ruleMeta } from './rules';
import type { SeverityOrOff } from './types';

export const SEVERITY_VALUES: readonly SeverityOrOff[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface SettingsProblem {
  /** A JSON path such as `rules.SL999`, or '' for the file as a whole. */
  path: string;
  message: string;
}

export interface RuleSettings {
  severities: Record<string, SeverityOrOff>;
  problems: SettingsProblem[];
}

/** Checks a `rules` object (from the file or the editor settings). */
export function readRuleSeverities(rules: unknown, where = 'rules'): RuleSettings {
  const out: RuleSettings = { severities: {}, problems: [] };
  if (rules === undefined || rules === null) return out;
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    out.problems.push({ path: where, message: `\`${where}\` must be an object mapping rule ids to ${SEVERITY_VALUES.join('|')}.` });
    return out;
  }
  for (const [key, value] of Object.entries(rules as Record<string, unknown>)) {
    const id = key.toUpperCase();
    if (!ruleMeta(id)) {
      out.problems.push({ path: `${where}.${key}`, message: `Unknown rule id \`${key}\`; it is ignored.` });
      continue;
    }
    if (typeof value !== 'string' || !SEVERITY_VALUES.includes(value as SeverityOrOff)) {
      out.problems.push({ path: `${where}.${key}`, message: `The severity of ${id} must be one of ${SEVERITY_VALUES.join(', ')}; it is ignored.` });
      continue;
    }
    out.severities[id] = value as SeverityOrOff;
  }
  return out;
}

/** Parses the text of a `.slguard.json` file. */
export function parseSettingsFile(text: string): RuleSettings {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { severities: {}, problems: [{ path: '', message: `Not valid JSON: ${(e as Error).message}` }] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { severities: {}, problems: [{ path: '', message: 'The file must hold a JSON object such as {"rules": {"SL205": "off"}}.' }] };
  }
  const { rules, ...rest } = json as Record<string, unknown>;
  const res = readRuleSeverities(rules);
  for (const key of Object.keys(rest)) res.problems.push({ path: key, message: `Unknown setting \`${key}\`; the only setting is \`rules\`.` });
  return res;
}

/** Editor settings overlaid by the workspace file: the file wins. */
export function mergeSeverities(editor: Record<string, SeverityOrOff>, file: Record<string, SeverityOrOff>): Record<string, SeverityOrOff> {
  return { ...editor, ...file };
}
