// Network exposure rules (RULES.md SL2xx).
import type { Rule } from './rule';
import { SL202 } from './SL202-pbx-in-dmz';

export const SL2XX: Rule[] = [SL202];
