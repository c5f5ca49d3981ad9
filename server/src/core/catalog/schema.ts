// The shape of the program catalog (catalog/programs.ts holds the data, NEC-PROGRAMS.md is its source).

import type { Model } from '../types';

/** Where a fact comes from: a manual page of that model, a sibling model's manual, or dealer guidance / convention. */
export type Mark = 'manual' | 'family' | 'assumed';

export interface Dimension {
  /** user, extension, mode, class, trunk, slot, login, register, disa-user, entry, table */
  name: string;
  lo: number;
  hi: number;
}

export type ValueKind =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: Record<string, string> }
  /** Up to `max` of 0-9 * #; `wildcard` also accepts the single value `@`. */
  | { kind: 'dial'; max: number; wildcard?: boolean }
  | { kind: 'digits'; max: number }
  | { kind: 'text'; max: number }
  | { kind: 'ipv4' }
  | { kind: 'port' };

/**
 * A factory default: one value for every cell, or a list of pieces (first match wins) with a fallback.
 * A piece's `at` holds one index spec per dimension (`101`, `1-64`, `*`); `plusIndex` makes the value the
 * cell's first index plus that number (47-02-02: slot i → 100 + i).
 */
export type DefaultValue = string | { pieces: { at: string[]; value: string | { plusIndex: number } }[]; else: string };

export interface ItemDef {
  item: string;
  name: string;
  value: ValueKind;
  /** The value may be blank even though its kind would not allow it. */
  orBlank?: boolean;
  /** Holds a credential: never echoed in a message, hover, log or report. */
  secret?: boolean;
  /** Index dimensions when they differ from the program's. */
  dims?: Dimension[];
  default: DefaultValue | Record<Model, DefaultValue>;
  mark: Mark;
  /** Free text for hover: what the default is based on, cautions. */
  note?: string;
}

export interface ProgramDef {
  program: string;
  name: string;
  dims: Dimension[];
  mark: Mark;
  /** The manual page(s) the facts come from. */
  source: string;
  items: ItemDef[];
}

export const DIM = {
  user: { name: 'user', lo: 1, hi: 8 },
  extension: { name: 'extension', lo: 1, hi: 99999999 },
  mode: { name: 'mode', lo: 1, hi: 8 },
  class: { name: 'class', lo: 1, hi: 15 },
  trunk: { name: 'trunk', lo: 1, hi: 128 },
  slot: { name: 'slot', lo: 1, hi: 128 },
  login: { name: 'login', lo: 1, hi: 128 },
  register: { name: 'register', lo: 0, hi: 31 },
  disaUser: { name: 'disa-user', lo: 1, hi: 15 },
  table: { name: 'table', lo: 1, hi: 4 },
  entry: (hi: number): Dimension => ({ name: 'entry', lo: 1, hi }),
} as const satisfies Record<string, Dimension | ((hi: number) => Dimension)>;
