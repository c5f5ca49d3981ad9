// Lookups over the program catalog, value validation (SL004) and factory defaults as boxes.

import type { Interval, Model } from '../types';
import { PROGRAMS } from './programs';
import type { DefaultValue, Dimension, ItemDef, ProgramDef, ValueKind } from './schema';

export type { Dimension, ItemDef, Mark, ProgramDef, ValueKind } from './schema';
export { PROGRAMS } from './programs';

export interface CatalogItem {
  /** `90-02-02` */
  address: string;
  program: ProgramDef;
  def: ItemDef;
  dims: Dimension[];
}

const byProgram = new Map<string, ProgramDef>(PROGRAMS.map((p) => [p.program, p]));
const byAddress = new Map<string, CatalogItem>();
for (const p of PROGRAMS) {
  for (const def of p.items) {
    const address = `${p.program}-${def.item}`;
    byAddress.set(address, { address, program: p, def, dims: def.dims ?? p.dims });
  }
}

export function findProgram(program: string): ProgramDef | undefined {
  return byProgram.get(program);
}

export function findItem(address: string): CatalogItem | undefined {
  return byAddress.get(address);
}

export function allItems(): CatalogItem[] {
  return [...byAddress.values()];
}

export function isSecret(address: string): boolean {
  return byAddress.get(address)?.def.secret === true;
}

export type ValueCheck = Readonly<{ ok: true; value: string } | { ok: false; message: string }>;

/**
 * Results for values of numeric kinds (int, port, enum), per item: a full export repeats the same few values
 * thousands of times. Never for dial, digits or text kinds, which hold passwords and codes; at most 256 per item.
 */
const numericChecks = new Map<CatalogItem, Map<string, ValueCheck>>();
const NUMERIC_CACHE_MAX = 256;

/** A value accepted by the kind, normalised (numbers without leading zeros), or an explanation that never echoes it. */
export function checkValue(item: CatalogItem, value: string): ValueCheck {
  const k = item.def.value.kind;
  if ((k !== 'int' && k !== 'port' && k !== 'enum') || item.def.secret) return checkValueOnce(item, value);
  let cache = numericChecks.get(item);
  if (!cache) numericChecks.set(item, (cache = new Map()));
  let r = cache.get(value);
  if (!r) {
    r = checkValueOnce(item, value);
    if (cache.size < NUMERIC_CACHE_MAX) cache.set(value, r);
  }
  return r;
}

function checkValueOnce(item: CatalogItem, value: string): ValueCheck {
  const { def } = item;
  const what = `${item.address} (${def.name})`;
  if (value === '') {
    const k = def.value.kind;
    if (def.orBlank || k === 'dial' || k === 'digits' || k === 'text') return { ok: true, value };
    return { ok: false, message: `${what} needs a value: ${describeValue(def.value)}.` };
  }
  const bad = (why: string) => ({ ok: false as const, message: `${what} does not accept this value: ${why}.` });
  const v = def.value;
  switch (v.kind) {
    case 'int':
    case 'port': {
      const [min, max] = v.kind === 'port' ? [1, 65535] : [v.min, v.max];
      if (!/^\d{1,9}$/.test(value)) return bad(`expected a number from ${min} to ${max}`);
      const n = Number(value);
      if (n < min || n > max) return bad(`expected a number from ${min} to ${max}`);
      return { ok: true, value: String(n) };
    }
    case 'enum': {
      const n = /^\d{1,3}$/.test(value) ? String(Number(value)) : value;
      if (!(n in v.values)) return bad(`expected one of ${Object.entries(v.values).map(([c, m]) => `${c} (${m})`).join(', ')}`);
      return { ok: true, value: n };
    }
    case 'dial':
      if (v.wildcard && value === '@') return { ok: true, value };
      if (!/^[0-9*#]*$/.test(value)) return bad(`only the characters 0-9, * and # are allowed${v.wildcard ? ' (or @ alone)' : ''}`);
      if (value.length > v.max) return bad(`at most ${v.max} characters`);
      return { ok: true, value };
    case 'digits':
      if (!/^[0-9]*$/.test(value)) return bad('only the digits 0-9 are allowed');
      if (value.length > v.max) return bad(`at most ${v.max} digits`);
      return { ok: true, value };
    case 'text':
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(value)) return bad('control characters are not allowed');
      if (value.length > v.max) return bad(`at most ${v.max} characters`);
      return { ok: true, value };
    case 'ipv4':
      if (!isIPv4(value)) return bad('expected an IPv4 address A.B.C.D');
      return { ok: true, value };
  }
}

export function describeValue(v: ValueKind): string {
  switch (v.kind) {
    case 'int': return `a number from ${v.min} to ${v.max}`;
    case 'port': return 'a port from 1 to 65535';
    case 'enum': return Object.entries(v.values).map(([c, m]) => `${c} = ${m}`).join(', ');
    case 'dial': return `up to ${v.max} of 0-9 * #${v.wildcard ? ', or @ (everything not permitted)' : ''}`;
    case 'digits': return `up to ${v.max} digits`;
    case 'text': return `up to ${v.max} characters`;
    case 'ipv4': return 'an IPv4 address';
  }
}

export function isIPv4(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && m.slice(1).every((p) => Number(p) <= 255 && (p.length === 1 || p[0] !== '0'));
}

export function ipv4ToInt(s: string): number {
  return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function defaultFor(item: CatalogItem, model: Model): DefaultValue {
  const d = item.def.default;
  return typeof d === 'object' && 'SL2100' in d ? d[model] : (d as DefaultValue);
}

function specToInterval(spec: string, dim: Dimension): Interval {
  if (spec === '*') return [dim.lo, dim.hi];
  const [a, b] = spec.split('-').map(Number);
  return [a, b ?? a];
}

/** The factory default as disjoint boxes over the item's dimensions, plus the value of every other cell. */
export function defaultBoxes(item: CatalogItem, model: Model): DefaultBoxes {
  const key = `${item.address}/${model}`;
  let cached = boxCache.get(key);
  if (!cached) boxCache.set(key, (cached = computeDefaultBoxes(item, model)));
  return cached;
}

export interface DefaultBoxes {
  boxes: { box: Interval[]; value: string }[];
  rest: string;
}

const boxCache = new Map<string, DefaultBoxes>();

function computeDefaultBoxes(item: CatalogItem, model: Model): DefaultBoxes {
  const d = defaultFor(item, model);
  if (typeof d === 'string') return { boxes: [], rest: d };
  const boxes: { box: Interval[]; value: string }[] = [];
  for (const piece of d.pieces) {
    const box = piece.at.map((s, i) => specToInterval(s, item.dims[i]));
    if (typeof piece.value === 'string') {
      boxes.push({ box, value: piece.value });
    } else {
      const add = piece.value.plusIndex;
      for (let x = box[0][0]; x <= box[0][1]; x++) boxes.push({ box: [[x, x], ...box.slice(1)], value: String(x + add) });
    }
  }
  return { boxes, rest: d.else };
}

/** The factory default of one cell. */
export function defaultAt(item: CatalogItem, model: Model, index: number[]): string {
  const { boxes, rest } = defaultBoxes(item, model);
  for (const b of boxes) if (b.box.every(([lo, hi], i) => index[i] >= lo && index[i] <= hi)) return b.value;
  return rest;
}
