// Does a toll restriction class restrict international calls? (RULES.md "Toll fraud" and semantics 5)

import type { Config } from './config';
import type { SiteFacts } from './site';

/** A table entry after the trunk access code is removed once; '' never covers anything. */
export function stripTrunkCode(s: string, trunkAccessCode: string): string {
  return trunkAccessCode !== '' && s.startsWith(trunkAccessCode) ? s.slice(trunkAccessCode.length) : s;
}

export class Tolls {
  private readonly memo = new Map<number, boolean>();

  constructor(private readonly config: Config, private readonly site: SiteFacts) {}

  /** Class `cls` (1-15) restricts every international prefix of the site. */
  restricts(cls: number): boolean {
    let r = this.memo.get(cls);
    if (r === undefined) this.memo.set(cls, (r = this.compute(cls)));
    return r;
  }

  private compute(cls: number): boolean {
    const { config, site } = this;
    if (config.get('21-05-01', cls).value === '1' && this.coversAll(this.entries('21-06-01', [], 1, 10))) return true;
    const t = Number(config.get('21-05-08', cls).value);
    if (t >= 1 && t <= 4) {
      const entries = this.entries('21-06-07', [t], 1, 60);
      if (entries.includes('@') || this.coversAll(entries)) return true;
    }
    void site;
    return false;
  }

  private entries(address: string, prefix: number[], lo: number, hi: number): string[] {
    const out: string[] = [];
    for (let e = lo; e <= hi; e++) out.push(this.config.get(address, ...prefix, e).value);
    return out;
  }

  private coversAll(entries: string[]): boolean {
    const tac = this.site.trunkAccessCode;
    const usable = entries.filter((e) => e !== '@').map((e) => stripTrunkCode(e, tac)).filter((e) => e !== '');
    return this.site.internationalPrefixes.every((p) => usable.some((e) => p.startsWith(e)));
  }
}
