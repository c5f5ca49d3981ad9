// Plain data shared by the whole analysis core. No LSP or VS Code types, no I/O.

/** A single-line token range: 0-based line, UTF-16 start (inclusive) and end (exclusive) columns, as LSP counts. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 4, warning: 3, information: 2, hint: 1 };

export type Model = 'SL2100' | 'SL1100';

/** An inclusive integer interval [lo, hi]. */
export type Interval = readonly [number, number];

export interface Related {
  span: Span;
  message: string;
}

/**
 * What a quick fix needs, as plain data. `core/fixes` turns it into text edits against the parsed file;
 * credentials are generated only then, never at analysis time (so no generated secret travels in a diagnostic).
 */
export type FixData =
  /** Delete one whole line (a forward, the dmz line, a 90-28-01 line, a notify / find-me line). */
  | { kind: 'delete-line'; line: number }
  /** Set a program cell: replace the value of `line` when given, else insert `address[index] = value` into [programs]. */
  | { kind: 'set-program'; address: string; index?: string; value: string; line?: number }
  /** Set `[router] key = value` on `line`. */
  | { kind: 'set-router'; key: 'upnp' | 'dmz'; value: string; line: number }
  /** Replace (line given) or insert a generated credential into a program cell. */
  | { kind: 'generate-credential'; credential: 'installer-password' | 'password' | 'user-name' | 'user-pro-password'; address: string; index: string; line?: number; users?: number[] }
  /** Put a generated 6-digit code into `[mailbox N]` (replacing `line` when given), creating the section if needed. */
  | { kind: 'mailbox-code'; mailboxes: string[]; line?: number }
  /** Move WebPro (90-54-01) or PCPro (90-54-02) to a free port in 10000–65000 and change the forward on `forwardLine` to match. */
  | { kind: 'move-port'; address: '90-54-01' | '90-54-02'; oldPort: number; forwardLine: number; programLine?: number }
  /** Make toll restriction class `cls` restrict international calls: 21-05-01[cls] = 1 and the site's prefixes into 21-06-01. */
  | { kind: 'restrict-class'; classes: number[]; prefixes: string[] };

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  related?: Related[];
  fix?: FixData;
  /** Set when a suppression comment silences the finding (only findings that a comment silences). */
  suppressed?: { justification: string; comment: Span };
}

export interface RuleMeta {
  id: string;
  name: string;
  severity: Severity;
  /** One sentence, for hover, SARIF shortDescription and the docs index. */
  summary: string;
}

export const DOCS_BASE = 'https://github.com/slguard/slguard/blob/main/docs/rules/';

export function ruleHref(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
