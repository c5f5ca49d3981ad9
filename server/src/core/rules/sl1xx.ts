// Programming access rules (RULES.md SL1xx).
import type { Rule } from './rule';

export const SL1XX: Rule[] = [];
