// Toll fraud rules (RULES.md SL3xx).
import type { Rule } from './rule';

export const SL3XX: Rule[] = [];
