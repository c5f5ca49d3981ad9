// Programming access rules (RULES.md SL1xx).
import type { Rule } from './rule';
import { SL101 } from './SL101-default-installer-password';
import { SL102 } from './SL102-default-password';
import { SL103 } from './SL103-default-user-name';
import { SL104 } from './SL104-weak-password';
import { SL105 } from './SL105-shared-password';
import { SL110 } from './SL110-weak-user-pro-password';
import { SL111 } from './SL111-unused-user-pro-login';

export const SL1XX: Rule[] = [SL101, SL102, SL103, SL104, SL105, SL110, SL111];
