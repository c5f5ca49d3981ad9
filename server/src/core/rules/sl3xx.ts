// Toll fraud rules (RULES.md SL3xx).
import type { Rule } from './rule';
import { SL301 } from './SL301-international-unrestricted';
import { SL302 } from './SL302-voicemail-port-unrestricted';
import { SL303 } from './SL303-disa-unrestricted';
import { SL304 } from './SL304-off-premise-forwarding';
import { SL305 } from './SL305-weak-disa-password';

export const SL3XX: Rule[] = [SL301, SL302, SL303, SL304, SL305];
