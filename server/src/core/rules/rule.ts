// What a rule module is, and what it sees. A rule reads the effective configuration and reports findings;
// it never parses text, never formats output, never touches I/O.

import type { Config } from '../config';
import type { Mailbox } from '../mailbox';
import type { ParsedFile } from '../parse';
import type { Exposure, RouterFacts } from '../router';
import type { SiteFacts } from '../site';
import type { Tolls } from '../tolls';
import type { FixData, Related, RuleMeta, Severity, Span } from '../types';

export interface Report {
  span: Span;
  message: string;
  related?: Related[];
  fix?: FixData;
  /** Only for a rule with two severities (SL110): the severity in the stated condition. */
  severity?: Severity;
}

export interface DefaultsReport {
  message: string;
  /** The affected users, extensions or mailboxes, one related-information entry each (`user 3`, `mailbox 104`). */
  items: string[];
  fix?: FixData;
  severity?: Severity;
}

export interface RuleContext {
  readonly parsed: ParsedFile;
  readonly site: SiteFacts;
  readonly config: Config;
  readonly router: RouterFacts;
  readonly exposure: Exposure;
  readonly mailboxes: Mailbox[];
  readonly tolls: Tolls;
  /** A finding at a written place. */
  report(r: Report): void;
  /** One finding that arises only from factory defaults: at the model value (or line 1), items listed. */
  reportDefaults(r: DefaultsReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
