// Voicemail rules (RULES.md SL4xx).
import type { Rule } from './rule';

export const SL4XX: Rule[] = [];
