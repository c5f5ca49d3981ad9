// Sets of integers kept as sorted, disjoint, non-adjacent inclusive intervals. Ranges are never expanded.

import type { Interval } from './types';

export class IntervalSet {
  private constructor(readonly parts: readonly Interval[]) {}

  static readonly EMPTY = new IntervalSet([]);

  static of(intervals: Iterable<Interval>): IntervalSet {
    const sorted = [...intervals].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const [lo, hi] of sorted) {
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
      else out.push([lo, hi]);
    }
    return new IntervalSet(out);
  }

  static range(lo: number, hi: number): IntervalSet {
    return IntervalSet.of([[lo, hi]]);
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  get size(): number {
    let n = 0;
    for (const [lo, hi] of this.parts) n += hi - lo + 1;
    return n;
  }

  has(x: number): boolean {
    let a = 0;
    let b = this.parts.length - 1;
    while (a <= b) {
      const m = (a + b) >> 1;
      const [lo, hi] = this.parts[m];
      if (x < lo) b = m - 1;
      else if (x > hi) a = m + 1;
      else return true;
    }
    return false;
  }

  union(other: IntervalSet): IntervalSet {
    return IntervalSet.of([...this.parts, ...other.parts]);
  }

  intersect(other: IntervalSet): IntervalSet {
    const out: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < this.parts.length && j < other.parts.length) {
      const [a0, a1] = this.parts[i];
      const [b0, b1] = other.parts[j];
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (lo <= hi) out.push([lo, hi]);
      if (a1 < b1) i++;
      else j++;
    }
    return new IntervalSet(out);
  }

  intersectRange(lo: number, hi: number): IntervalSet {
    return this.intersect(IntervalSet.range(lo, hi));
  }

  minus(other: IntervalSet): IntervalSet {
    const out: Interval[] = [];
    let j = 0;
    for (const [lo0, hi] of this.parts) {
      let lo = lo0;
      while (j < other.parts.length && other.parts[j][1] < lo) j++;
      let k = j;
      while (lo <= hi && k < other.parts.length && other.parts[k][0] <= hi) {
        const [b0, b1] = other.parts[k];
        if (b0 > lo) out.push([lo, b0 - 1]);
        lo = Math.max(lo, b1 + 1);
        k++;
      }
      if (lo <= hi) out.push([lo, hi]);
    }
    return new IntervalSet(out);
  }

  /** `101-106, 120`; at most `max` parts, then `and N more`. */
  format(max = 12): string {
    const shown = this.parts.slice(0, max).map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`));
    const more = this.parts.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
  }
}

/** Parses `101-112, 120` (numbers 1..max, no leading zeros, N <= M). Returns null when malformed. */
export function parseNumberList(text: string, max = 99999999): IntervalSet | null {
  const parts: Interval[] = [];
  for (const raw of text.split(',')) {
    const m = /^[ \t]*([1-9]\d*)(?:[ \t]*-[ \t]*([1-9]\d*))?[ \t]*$/.exec(raw);
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = Number(m[2] ?? m[1]);
    if (lo > hi || hi > max) return null;
    parts.push([lo, hi]);
  }
  return IntervalSet.of(parts);
}
