// [router] facts and exposure (RULES.md "Precise semantics" 4). Reports SL004 for bad addresses, ports,
// protocols and sources; a statement with a bad value is not used.

import { ipv4ToInt, isIPv4 } from './catalog';
import type { Config } from './config';
import type { ParsedFile, RouterStmt, Token } from './parse';
import type { Interval, Span } from './types';

export interface Forward {
  stmt: RouterStmt;
  protocol: 'tcp' | 'udp' | 'tcp/udp';
  outside: Interval;
  /** The internal ports: `:PORTS` after the target, else the outside ports. */
  inside: Interval;
  target: string;
  /** The source list holds `any` or `0.0.0.0/0` (or no `from`): open to the internet. */
  open: boolean;
}

export interface RouterFacts {
  wan: { address: string; stmt: RouterStmt } | null;
  /** The effective dmz statement (the last one); address null for `dmz = off`. */
  dmz: { address: string | null; stmt: RouterStmt } | null;
  upnp: { on: boolean; stmt: RouterStmt } | null;
  forwards: Forward[];
}

export interface RouterProblem {
  rule: 'SL004';
  span: Span;
  message: string;
}

export function parsePorts(text: string): Interval | null {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = Number(m[2] ?? m[1]);
  return lo >= 1 && hi <= 65535 && lo <= hi ? [lo, hi] : null;
}

function isSource(s: string): boolean {
  if (s.toLowerCase() === 'any') return true;
  const [addr, bits, extra] = s.split('/');
  if (extra !== undefined || !isIPv4(addr)) return false;
  return bits === undefined || (/^\d{1,2}$/.test(bits) && Number(bits) <= 32);
}

export function readRouter(parsed: ParsedFile, report: (p: RouterProblem) => void): RouterFacts {
  const facts: RouterFacts = { wan: null, dmz: null, upnp: null, forwards: [] };
  const bad = (t: Token, message: string) => report({ rule: 'SL004', span: t.span, message });
  for (const section of parsed.sections) {
    if (section.kind !== 'router') continue;
    for (const st of section.statements) {
      const v = st.value;
      switch (st.keyword) {
        case 'wan':
          if (v && isIPv4(v.text)) facts.wan = { address: v.text, stmt: st };
          else if (v) bad(v, '`wan` is the router\'s public IPv4 address A.B.C.D.');
          break;
        case 'dmz':
          if (v && v.text.toLowerCase() === 'off') facts.dmz = { address: null, stmt: st };
          else if (v && isIPv4(v.text)) facts.dmz = { address: v.text, stmt: st };
          else if (v) bad(v, '`dmz` is an IPv4 address A.B.C.D or `off`.');
          break;
        case 'upnp': {
          const on = v?.text.toLowerCase();
          if (on === 'on' || on === 'off') facts.upnp = { on: on === 'on', stmt: st };
          else if (v) bad(v, '`upnp` is `on` or `off`.');
          break;
        }
        case 'forward': {
          const f = st.forward!;
          const proto = f.proto.text.toLowerCase();
          if (proto !== 'tcp' && proto !== 'udp' && proto !== 'tcp/udp') { bad(f.proto, 'The protocol is tcp, udp or tcp/udp.'); break; }
          const outside = parsePorts(f.ports.text);
          if (!outside) { bad(f.ports, 'Ports are a port N or a range N-M within 1-65535.'); break; }
          if (!isIPv4(f.target.text)) { bad(f.target, 'The target is an IPv4 address A.B.C.D, optionally followed by :PORTS.'); break; }
          let inside = outside;
          if (f.targetPorts) {
            const p = parsePorts(f.targetPorts.text);
            if (!p) { bad(f.targetPorts, 'Ports are a port N or a range N-M within 1-65535.'); break; }
            inside = p;
          }
          const badSource = f.sources.find((s) => !isSource(s.text));
          if (badSource) { bad(badSource, 'A source is `any`, an IPv4 address or a CIDR block A.B.C.D/N.'); break; }
          const open = f.sources.length === 0 || f.sources.some((s) => s.text.toLowerCase() === 'any' || s.text === '0.0.0.0/0');
          facts.forwards.push({ stmt: st, protocol: proto, outside, inside, target: f.target.text, open });
          break;
        }
      }
    }
  }
  return facts;
}

export const WEBPRO = '90-54-01';
export const PCPRO = '90-54-02';
export const DIMM_PORT = 5963;
export const SIP_PORTS = [5060, 5070, 5080];

export function isPrivateAddress(addr: string): boolean {
  const n = ipv4ToInt(addr);
  const inNet = (base: string, bits: number) => (n >>> (32 - bits)) === (ipv4ToInt(base) >>> (32 - bits));
  return inNet('10.0.0.0', 8) || inNet('172.16.0.0', 12) || inNet('192.168.0.0', 16) || inNet('127.0.0.0', 8) || inNet('169.254.0.0', 16);
}

/** How the phone system can be reached from the internet. */
export class Exposure {
  /** The phone system's address, 10-12-01. */
  readonly pbx: string;
  /** 10-12-01 is a public address: every port is exposed. */
  readonly publicAddress: boolean;
  /** `dmz` points at the phone system: every port is exposed. */
  readonly inDmz: boolean;
  /** Forwards whose target is the phone system. */
  readonly toPbx: Forward[];

  constructor(readonly router: RouterFacts, config: Config) {
    this.pbx = config.get('10-12-01').value;
    this.publicAddress = isIPv4(this.pbx) && !isPrivateAddress(this.pbx);
    this.inDmz = router.dmz?.address === this.pbx;
    this.toPbx = router.forwards.filter((f) => f.target === this.pbx);
  }

  webProPort(config: Config): number {
    return Number(config.get(WEBPRO).value);
  }

  pcProPort(config: Config): number {
    return Number(config.get(PCPRO).value);
  }

  /** Port p of the phone system is reachable from the internet. */
  isExposed(port: number): boolean {
    return this.publicAddress || this.inDmz || this.toPbx.some((f) => f.open && covers(f, port));
  }
}

export function covers(f: Forward, port: number): boolean {
  return port >= f.inside[0] && port <= f.inside[1];
}
