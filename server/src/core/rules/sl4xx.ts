// Voicemail rules (RULES.md SL4xx).
import type { Rule } from './rule';
import { SL401 } from './SL401-mailbox-without-code';
import { SL402 } from './SL402-unused-mailbox';
import { SL403 } from './SL403-international-notification';
import { SL404 } from './SL404-weak-mailbox-code';
import { SL405 } from './SL405-notification-without-code';

export const SL4XX: Rule[] = [SL401, SL402, SL403, SL404, SL405];
