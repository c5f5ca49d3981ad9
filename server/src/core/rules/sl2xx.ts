// Network exposure rules (RULES.md SL2xx).
import type { Rule } from './rule';
import { SL201 } from './SL201-maintenance-port-forwarded';
import { SL202 } from './SL202-pbx-in-dmz';
import { SL203 } from './SL203-default-maintenance-port';
import { SL204 } from './SL204-unneeded-port-forwarded';
import { SL205 } from './SL205-sip-open-to-any';
import { SL206 } from './SL206-public-pbx-address';
import { SL207 } from './SL207-upnp-enabled';
import { SL208 } from './SL208-sip-phone-plug-and-play';
import { SL209 } from './SL209-weak-sip-phone-login';

export const SL2XX: Rule[] = [SL201, SL202, SL203, SL204, SL205, SL206, SL207, SL208, SL209];
