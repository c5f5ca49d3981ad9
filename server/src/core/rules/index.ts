// The rule registry: every rule's metadata, and the rule modules that run on the effective configuration.

import type { RuleMeta } from '../types';
import type { Rule } from './rule';
import { SL1XX } from './sl1xx';
import { SL2XX } from './sl2xx';
import { SL3XX } from './sl3xx';
import { SL4XX } from './sl4xx';
import { SYNTAX_RULES } from './syntax';

export type { Rule, RuleContext } from './rule';

export const RULES: Rule[] = [...SL1XX, ...SL2XX, ...SL3XX, ...SL4XX];

export const ALL_RULES: RuleMeta[] = [...SYNTAX_RULES, ...RULES.map((r) => r.meta)].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(ALL_RULES.map((m) => [m.id, m]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
