// The effective configuration: the model's factory defaults overlaid by the applied [programs] lines in file
// order. Index ranges stay intervals: a line writes one box (an interval per dimension), and the cells each
// line finally owns are found by painting over coordinate-compressed intervals, never cell by cell.
// Reports SL002 (unknown item), SL003 (bad index), SL004 (bad value) and SL005 (overridden line).

import { checkValue, defaultBoxes, findItem, findProgram, type CatalogItem } from './catalog';
import { IX_LEADING_ZERO, IX_STAR, IX_STRIDE, type ParsedFile, type ProgramEntry } from './parse';
import type { Interval, Model, Span } from './types';

export interface Write {
  entry: ProgramEntry;
  /** The normalised value. */
  value: string;
  /** One inclusive interval per dimension. */
  box: Interval[];
  /** Position among the applied writes of this item, in file order. */
  order: number;
}

export interface Cell {
  value: string;
  /** The applied line that set this cell last, or null when it holds the factory default. */
  write: Write | null;
}

export interface Segment extends Cell {
  box: Interval[];
}

export interface ConfigProblem {
  rule: 'SL002' | 'SL003' | 'SL004' | 'SL005';
  span: Span;
  message: string;
}

export class ItemState {
  readonly writes: Write[] = [];
  private segs: Segment[] | null = null;
  /** The widest dimension, along which segments are sorted. */
  private major = 0;
  private firstLater: Int32Array | null = null;

  constructor(readonly cat: CatalogItem, readonly model: Model) {}

  get address(): string {
    return this.cat.address;
  }

  /** The effective value of one cell. */
  get(...index: number[]): Cell {
    if (this.writes.length > 16) return this.lookup(index);
    for (let i = this.writes.length - 1; i >= 0; i--) {
      const w = this.writes[i];
      if (w.box.every(([lo, hi], d) => index[d] >= lo && index[d] <= hi)) return { value: w.value, write: w };
    }
    const { boxes, rest } = defaultBoxes(this.cat, this.model);
    for (const b of boxes) if (b.box.every(([lo, hi], d) => index[d] >= lo && index[d] <= hi)) return { value: b.value, write: null };
    return { value: rest, write: null };
  }

  /**
   * The whole index space as disjoint boxes, each holding one value set by one line (or the default).
   * Adjacent boxes with the same value and owner are merged along the major dimension.
   */
  segments(): Segment[] {
    if (!this.segs) this.compute();
    return this.segs!;
  }

  /**
   * A cell's segment by binary search: segments are grouped by minor block (blocks in lexicographic order of
   * the minor dimensions), and sorted along the major dimension inside a block.
   */
  private lookup(index: number[]): Cell {
    const segs = this.segments();
    if (this.cat.dims.length === 0) return segs[0]; // an item without an index is one segment
    const major = this.major;
    const compare = (sg: Segment): number => {
      for (let d = 0; d < index.length; d++) {
        if (d === major) continue;
        if (index[d] < sg.box[d][0]) return -1;
        if (index[d] > sg.box[d][1]) return 1;
      }
      const [lo, hi] = sg.box[major];
      return index[major] < lo ? -1 : index[major] > hi ? 1 : 0;
    };
    let a = 0;
    let b = segs.length - 1;
    while (a <= b) {
      const m = (a + b) >> 1;
      const c = compare(segs[m]);
      if (c === 0) return segs[m];
      if (c < 0) b = m - 1;
      else a = m + 1;
    }
    throw new Error(`no segment holds ${this.address}[${index.join(', ')}]`);
  }

  /** For each write (by order): the order of the first later write that sets one of its cells again, or -1. */
  overriddenBy(): Int32Array {
    if (!this.firstLater) this.compute();
    return this.firstLater!;
  }

  private compute(): void {
    const dims = this.cat.dims;
    const firstLater = new Int32Array(this.writes.length).fill(-1);
    const { boxes: defBoxes, rest } = defaultBoxes(this.cat, this.model);
    const segs: Segment[] = [];
    if (dims.length === 0) {
      const n = this.writes.length;
      if (n > 0) segs.push({ box: [], value: this.writes[n - 1].value, write: this.writes[n - 1] });
      else segs.push({ box: [], value: rest, write: null });
      for (let i = 0; i < n - 1; i++) firstLater[i] = i + 1;
      this.segs = segs;
      this.firstLater = firstLater;
      return;
    }
    // The major dimension is the widest; the others (at most two small ones here) are compressed and enumerated.
    let major = 0;
    for (let d = 1; d < dims.length; d++) if (dims[d].hi - dims[d].lo > dims[major].hi - dims[major].lo) major = d;
    this.major = major;
    const minors = dims.map((_, d) => d).filter((d) => d !== major);
    const minorCuts = minors.map((d) => elementary(dims[d], [...this.writes.map((w) => w.box[d]), ...defBoxes.map((b) => b.box[d])]));
    const blocks = minorBlocks(minorCuts, minors.map((d) => dims[d].hi));
    // Each write and default piece goes to every minor block it covers (one pass, in file order).
    const wsBy: Write[][] = blocks.map(() => []);
    const dsBy: { box: Interval[]; value: string }[][] = blocks.map(() => []);
    const radix = minorCuts.map((_, k) => minorCuts.slice(k + 1).reduce((n, c) => n * c.length, 1));
    for (let i = 0; i < this.writes.length; i++) forBlocks(this.writes[i], minors, minorCuts, radix, wsBy);
    for (let i = 0; i < defBoxes.length; i++) forBlocks(defBoxes[i], minors, minorCuts, radix, dsBy);

    blocks.forEach((mb, b) => {
      const ws = wsBy[b];
      const ds = dsBy[b];
      const box = (lo: number, hi: number): Interval[] => dims.map((_, d) => (d === major ? [lo, hi] : mb[minors.indexOf(d)]));
      // A segment that is exactly a write's box shares it (most writes of an export set one cell or one run).
      const fits = (w: Write, lo: number, hi: number): boolean =>
        w.box[major][0] === lo && w.box[major][1] === hi && minors.every((d, k) => w.box[d][0] === mb[k][0] && w.box[d][1] === mb[k][1]);
      const ownBox = (w: Write, lo: number, hi: number): Interval[] => (fits(w, lo, hi) ? w.box : box(lo, hi));
      if (ascendingDisjoint(ws, major)) {
        // The common case (an export lists each cell once, in order): nothing is overridden, no painting needed.
        disjointSegments(ws, ds, major, dims[major], rest, box, ownBox, segs);
        return;
      }
      const cuts = elementary(dims[major], [...ws.map((w) => w.box[major]), ...ds.map((d) => d.box[major])]);
      const pos = (x: number) => lowerBound(cuts, x);
      const tree = AssignMinTree.scratch(cuts.length);
      // Reverse pass: the earliest later write over each elementary interval answers "overridden by".
      for (let i = ws.length - 1; i >= 0; i--) {
        const iv = ws[i].box[major];
        const a = pos(iv[0]);
        const z = pos(iv[1] + 1) - 1;
        const m = tree.min(a, z);
        if (m !== INF) {
          const o = ws[i].order;
          const later = ws[m].order;
          if (firstLater[o] === -1 || later < firstLater[o]) firstLater[o] = later;
        }
        tree.assign(a, z, i);
      }
      // Forward pass: the last write over each elementary interval owns it.
      tree.reset();
      for (let i = 0; i < ws.length; i++) {
        const iv = ws[i].box[major];
        tree.assign(pos(iv[0]), pos(iv[1] + 1) - 1, -(i + 1));
      }
      const own = tree.leaves();
      const def = new Array<string>(cuts.length).fill(rest);
      for (const d of ds) for (let e = pos(d.box[major][0]); e < pos(d.box[major][1] + 1); e++) def[e] = d.value;
      const end = (e: number) => (e + 1 < cuts.length ? cuts[e + 1] - 1 : dims[major].hi);
      // Runs of elementary intervals with one owner and value become one segment each.
      for (let e = 0; e < cuts.length;) {
        const w = own[e] === INF ? null : ws[-own[e] - 1];
        const value = w ? w.value : def[e];
        let f = e;
        while (f + 1 < cuts.length && own[f + 1] === own[e] && (w || def[f + 1] === value)) f++;
        segs.push({ box: w ? ownBox(w, cuts[e], end(f)) : box(cuts[e], end(f)), value, write: w });
        e = f + 1;
      }
    });
    this.segs = segs;
    this.firstLater = firstLater;
  }
}

const INF = 0x7fffffff;

/**
 * Adds `x` to the list of every minor block that its box covers: block numbers are mixed radix over the minor
 * dimensions' elementary intervals (`radix[k]`: blocks per step of minor dimension k).
 */
function forBlocks<T extends { box: Interval[] }>(x: T, minors: number[], cuts: Float64Array[], radix: number[], lists: T[][], k = 0, base = 0): void {
  if (k === minors.length) {
    lists[base].push(x);
    return;
  }
  const iv = x.box[minors[k]];
  const c = cuts[k];
  for (let e = lowerBound(c, iv[0]), z = lowerBound(c, iv[1] + 1); e < z; e++) forBlocks(x, minors, cuts, radix, lists, k + 1, base + e * radix[k]);
}

/** The writes' major intervals come in increasing order and do not overlap. */
function ascendingDisjoint(ws: Write[], major: number): boolean {
  for (let i = 1; i < ws.length; i++) if (ws[i].box[major][0] <= ws[i - 1].box[major][1]) return false;
  return true;
}

/**
 * Segments along the major dimension when no two writes overlap: each write owns its interval, the gaps hold
 * the defaults (pieces `ds`, else `rest`). Adjacent default segments of equal value are merged.
 */
function disjointSegments(
  ws: Write[], ds: { box: Interval[]; value: string }[], major: number, dim: { lo: number; hi: number }, rest: string,
  box: (lo: number, hi: number) => Interval[], ownBox: (w: Write, lo: number, hi: number) => Interval[], out: Segment[],
): void {
  const pieces = [...ds].sort((a, b) => a.box[major][0] - b.box[major][0]);
  let k = 0;
  let last: Segment | null = null;
  const emitDefault = (lo: number, hi: number, value: string) => {
    if (lo > hi) return;
    if (last && last.write === null && last.value === value && last.box[major][1] === lo - 1) {
      last.box[major] = [last.box[major][0], hi];
      return;
    }
    last = { box: box(lo, hi), value, write: null };
    out.push(last);
  };
  const defaults = (lo: number, hi: number) => {
    let at = lo;
    while (k < pieces.length && pieces[k].box[major][1] < at) k++;
    for (let j = k; j < pieces.length && pieces[j].box[major][0] <= hi; j++) {
      const [plo, phi] = pieces[j].box[major];
      emitDefault(at, Math.min(hi, plo - 1), rest);
      emitDefault(Math.max(at, plo), Math.min(hi, phi), pieces[j].value);
      at = Math.max(at, phi + 1);
    }
    emitDefault(at, hi, rest);
  };
  let cursor = dim.lo;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lo = w.box[major][0];
    const hi = w.box[major][1];
    defaults(cursor, lo - 1);
    last = { box: ownBox(w, lo, hi), value: w.value, write: w };
    out.push(last);
    cursor = hi + 1;
  }
  defaults(cursor, dim.hi);
}

/** Sorted starts of the elementary intervals that the given intervals cut the dimension into. */
function elementary(dim: { lo: number; hi: number }, ivs: Interval[]): Float64Array {
  const cuts = new Float64Array(2 * ivs.length + 1);
  let n = 0;
  cuts[n++] = dim.lo;
  for (let i = 0; i < ivs.length; i++) {
    const lo = ivs[i][0];
    const hi = ivs[i][1];
    if (lo > dim.lo) cuts[n++] = lo;
    if (hi < dim.hi) cuts[n++] = hi + 1;
  }
  const sorted = cuts.subarray(0, n).sort();
  let k = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i];
  return sorted.slice(0, k);
}

/** The product of the minor dimensions' elementary intervals (`cuts[k]` are the starts, `his[k]` the last index). */
function minorBlocks(cuts: Float64Array[], his: number[]): Interval[][] {
  let acc: Interval[][] = [[]];
  cuts.forEach((starts, k) => {
    const out: Interval[][] = [];
    for (const prefix of acc) {
      for (let e = 0; e < starts.length; e++) out.push([...prefix, [starts[e], e + 1 < starts.length ? starts[e + 1] - 1 : his[k]]]);
    }
    acc = out;
  });
  return acc;
}

function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (a[m] < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * Range assign, range minimum over n leaves, with lazy propagation. One tree's buffers are reused by every
 * item and block of an analysis (`scratch`): the painting passes run one after another, never nested.
 */
class AssignMinTree {
  private static shared: AssignMinTree | null = null;
  private mn: Int32Array;
  private lz: Int32Array;
  private n = 1;

  private constructor(capacity: number) {
    this.mn = new Int32Array(4 * capacity);
    this.lz = new Int32Array(4 * capacity);
  }

  /** The shared tree, emptied and sized for n leaves (a tree over 2^18 leaves is made for this use only, not kept). */
  static scratch(n: number): AssignMinTree {
    if (n > 1 << 18) {
      const own = new AssignMinTree(n);
      own.n = n;
      own.reset();
      return own;
    }
    let t = AssignMinTree.shared;
    if (!t || t.mn.length < 4 * Math.max(1, n)) t = AssignMinTree.shared = new AssignMinTree(Math.max(1, n, t ? t.mn.length / 2 : 0));
    t.n = Math.max(1, n);
    t.reset();
    return t;
  }

  /** Every leaf back to empty. */
  reset(): void {
    this.mn.fill(INF, 0, 4 * this.n);
    this.lz.fill(INF, 0, 4 * this.n);
  }

  assign(l: number, r: number, v: number): void {
    if (l <= r) this.doAssign(1, 0, this.n - 1, l, r, v);
  }

  min(l: number, r: number): number {
    return l <= r ? this.doMin(1, 0, this.n - 1, l, r) : INF;
  }

  leaves(): Int32Array {
    const out = new Int32Array(this.n);
    this.collect(1, 0, this.n - 1, out);
    return out;
  }

  private push(x: number): void {
    const v = this.lz[x];
    if (v !== INF) {
      this.mn[2 * x] = this.lz[2 * x] = v;
      this.mn[2 * x + 1] = this.lz[2 * x + 1] = v;
      this.lz[x] = INF;
    }
  }

  private doAssign(x: number, a: number, b: number, l: number, r: number, v: number): void {
    if (r < a || b < l) return;
    if (l <= a && b <= r) { this.mn[x] = this.lz[x] = v; return; }
    this.push(x);
    const m = (a + b) >> 1;
    this.doAssign(2 * x, a, m, l, r, v);
    this.doAssign(2 * x + 1, m + 1, b, l, r, v);
    this.mn[x] = Math.min(this.mn[2 * x], this.mn[2 * x + 1]);
  }

  private doMin(x: number, a: number, b: number, l: number, r: number): number {
    if (r < a || b < l) return INF;
    if (l <= a && b <= r) return this.mn[x];
    this.push(x);
    const m = (a + b) >> 1;
    return Math.min(this.doMin(2 * x, a, m, l, r), this.doMin(2 * x + 1, m + 1, b, l, r));
  }

  private collect(x: number, a: number, b: number, out: Int32Array): void {
    if (a === b) { out[a] = this.mn[x]; return; }
    this.push(x);
    const m = (a + b) >> 1;
    this.collect(2 * x, a, m, out);
    this.collect(2 * x + 1, m + 1, b, out);
  }
}

export class Config {
  private readonly items = new Map<string, ItemState>();

  constructor(readonly model: Model) {}

  /** The state of a catalog item (`90-02-02`); throws for an address the catalog does not know. */
  item(address: string): ItemState {
    let s = this.items.get(address);
    if (!s) {
      const cat = findItem(address);
      if (!cat) throw new Error(`not in the catalog: ${address}`);
      s = new ItemState(cat, this.model);
      this.items.set(address, s);
    }
    return s;
  }

  /** The effective value of one cell of a catalog item. */
  get(address: string, ...index: number[]): Cell {
    return this.item(address).get(...index);
  }

  /** Items that at least one applied line writes. */
  writtenItems(): ItemState[] {
    return [...this.items.values()].filter((s) => s.writes.length > 0);
  }
}

/** Validates every [programs] line against the catalog and applies the good ones in file order. */
export function buildConfig(parsed: ParsedFile, model: Model, report: (p: ConfigProblem) => void): Config {
  const config = new Config(model);
  for (const section of parsed.sections) {
    if (section.kind !== 'programs') continue;
    const entries = section.entries;
    for (let i = 0; i < entries.length; i++) applyEntry(config, entries[i], report);
  }
  for (const state of config.writtenItems()) {
    const later = state.overriddenBy();
    for (let i = 0; i < state.writes.length; i++) {
      const w = state.writes[i];
      const j = later[w.order];
      if (j < 0) continue;
      const by = state.writes[j].entry;
      report({
        rule: 'SL005', span: w.entry.value.span,
        message: `Some cells of ${w.entry.address.text} set here are set again by line ${by.line + 1}; this line has no effect on them.`,
      });
    }
  }
  return config;
}

function applyEntry(config: Config, entry: ProgramEntry, report: (p: ConfigProblem) => void): void {
  const cat = findItem(entry.addressText);
  if (!cat) {
    // The parser makes entries only for programs the catalog knows: the program is there, the item is not.
    const p = findProgram(entry.program);
    if (!p) return;
    report({
      rule: 'SL002', span: entry.address.span,
      message: `Program ${p.program} (${p.name}) has no item ${entry.item}; the line is ignored. Items: ${p.items.map((i) => `${i.item} ${i.name}`).join(', ')}.`,
    });
    return;
  }
  const box = resolveIndexes(cat, entry, report);
  if (!box) return;
  const v = checkValue(cat, entry.valueText);
  if (!v.ok) {
    report({ rule: 'SL004', span: entry.value.span, message: v.message });
    return;
  }
  const state = config.item(cat.address);
  state.writes.push({ entry, value: v.value, box, order: state.writes.length });
}

/** Shared single-cell intervals [x, x] for small indexes (intervals are never changed in place). */
const CELLS: readonly Interval[] = Array.from({ length: 1024 }, (_, x) => [x, x] as const);

function resolveIndexes(cat: CatalogItem, entry: ProgramEntry, report: (p: ConfigProblem) => void): Interval[] | null {
  const dims = cat.dims;
  const ix = entry.ix;
  const count = ix ? ix.length / IX_STRIDE : 0;
  if (count !== dims.length) {
    const given = entry.indexes ?? [];
    const span = given.length > dims.length ? given[dims.length].span : given.length > 0 ? given[given.length - 1].span : entry.key.span;
    const names = dims.map((d) => d.name).join(', ');
    const message = dims.length === 0
      ? `${cat.address} (${cat.def.name}) takes no index; write it without brackets.`
      : `${cat.address} (${cat.def.name}) takes ${dims.length} ${dims.length === 1 ? 'index' : 'indexes'} (${names}); ${given.length} given.`;
    report({ rule: 'SL003', span, message });
    return null;
  }
  const box: Interval[] = [];
  for (let d = 0; d < dims.length; d++) {
    const k = d * IX_STRIDE;
    const dim = dims[d];
    const flags = ix![k + 4];
    if (flags & IX_STAR) { box.push([dim.lo, dim.hi]); continue; }
    const lo = ix![k + 2];
    const hi = ix![k + 3];
    let why: string | null = null;
    if (lo > hi) why = `a range N-M needs N ≤ M`;
    else if (lo < dim.lo || hi > dim.hi) why = `the ${dim.name} index runs from ${dim.lo} to ${dim.hi}`;
    else if (dim.name === 'extension' && flags & IX_LEADING_ZERO) why = 'extension numbers are written without leading zeros';
    if (why) {
      report({ rule: 'SL003', span: entry.indexes![d].span, message: `Bad ${dim.name} index for ${cat.address}: ${why}.` });
      return null;
    }
    box.push(lo === hi && lo < CELLS.length ? CELLS[lo] : [lo, hi]);
  }
  return box;
}
