// Diagnostics of open documents. PULL (textDocument/diagnostic) when the client supports it, PUSH
// (publishDiagnostics with the version) otherwise: one model per session, so never both for one document.
// Work waits a short, size-aware delay; a newer change cancels it; a result for an older version is dropped.
// With `slguard.run: onSave` a document is checked when opened and when saved.

import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { cappedDiagnostics, internalErrorDiagnostic, MAX_DIAGNOSTICS, tooManyMessage } from './diagnostics';
import type { Documents } from './documents';
import { describeError, detached, type Log } from './guard';
import { collectAfterCheck } from './memory';
import type { SettingsStore } from './settings';

const MIN_DELAY_MS = 25;
const CHARS_PER_MS = 50_000;
const MAX_DELAY_MS = 300;

/** How long to wait after a change before checking: 25 ms, plus 1 ms per 50,000 characters, at most 300 ms (the analysis itself costs about 1 ms per 5,000 lines; see npm run bench). */
export function delayFor(length: number): number {
  return Math.min(MIN_DELAY_MS + Math.floor(length / CHARS_PER_MS), MAX_DELAY_MS);
}

/** Resolves after `ms`, or as soon as `token` is cancelled. */
function wait(ms: number, token: CancellationToken | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (token?.isCancellationRequested) return resolve();
    const sub = token?.onCancellationRequested(() => { clearTimeout(timer); sub?.dispose(); resolve(); });
    const timer = setTimeout(() => { sub?.dispose(); resolve(); }, ms);
  });
}

export interface ValidationDeps {
  docs: Documents;
  settings: SettingsStore;
  log: Log;
  /** true: the client pulls; false: the server pushes (asked each time: known once the client initialized). */
  pull(): boolean;
  /** Resolves once the settings are loaded. */
  ready: Promise<void>;
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  /** Asks the client to pull again (workspace/diagnostic/refresh), when it supports that. */
  refresh(): void;
  /** Tells the user something once (window/showMessage). */
  notify(message: string): void;
}

interface Pending {
  timer: NodeJS.Timeout;
  version: number;
}

interface Report {
  resultId: string;
  items: Diagnostic[];
  generation: number;
}

export class Validation {
  private pending = new Map<string, Pending>();
  /** Pull + onSave: the report of the version last opened or saved. */
  private savedReports = new Map<string, Report>();
  /** A number per opening of a document, so result ids never repeat across close and reopen. */
  private openings = new Map<string, number>();
  private openCount = 0;
  /** Documents whose user was told, since they were opened, that not every problem is shown. */
  private toldTooMany = new Set<string>();

  constructor(private deps: ValidationDeps) {}

  get pullMode(): boolean {
    return this.deps.pull();
  }

  private runMode(uri: string) {
    return this.deps.settings.forUri(uri).editor.run;
  }

  opened(doc: TextDocument): void {
    this.openings.set(doc.uri, ++this.openCount);
    this.savedReports.delete(doc.uri);
    this.toldTooMany.delete(doc.uri);
    if (!this.deps.pull()) this.schedule(doc);
  }

  changed(doc: TextDocument): void {
    if (this.deps.pull()) return; // the client pulls on change
    if (this.runMode(doc.uri) === 'onType') this.schedule(doc);
  }

  saved(doc: TextDocument): void {
    if (this.runMode(doc.uri) !== 'onSave') return;
    if (!this.deps.pull()) return this.schedule(doc, 0);
    this.savedReports.set(doc.uri, this.report(doc, 's'));
    this.deps.refresh();
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.savedReports.delete(uri);
    this.openings.delete(uri);
    this.toldTooMany.delete(uri);
  }

  /** Stops every pending check (shutdown). */
  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  /** Settings changed: check every open document again. */
  settingsChanged(): void {
    if (this.deps.pull()) {
      this.savedReports.clear();
      this.deps.refresh();
      return;
    }
    for (const doc of this.deps.docs.all()) this.schedule(doc);
  }

  /** Push: (re)starts the delay for a document; the older pending check, if any, is cancelled. */
  private schedule(doc: TextDocument, delay = delayFor(doc.getText().length)): void {
    this.cancel(doc.uri);
    const version = doc.version;
    const entry: Pending = {
      version,
      timer: setTimeout(() => detached(this.deps.log, 'diagnostics', () => this.push(doc.uri, entry)), delay),
    };
    this.pending.set(doc.uri, entry);
  }

  private cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (p) clearTimeout(p.timer);
    this.pending.delete(uri);
  }

  private async push(uri: string, entry: Pending): Promise<void> {
    await this.deps.ready;
    if (this.pending.get(uri) !== entry) return; // superseded or cancelled while settings loaded
    this.pending.delete(uri);
    const doc = this.deps.docs.get(uri);
    if (!doc || doc.version !== entry.version) return; // an older version: dropped
    const diagnostics = this.diagnostics(doc);
    if (this.deps.docs.get(uri) !== doc || doc.version !== entry.version) return;
    this.deps.publish(uri, diagnostics, doc.version);
    collectAfterCheck(doc.getText().length);
  }

  private resultId(doc: TextDocument, suffix = ''): string {
    return `${this.openings.get(doc.uri) ?? 0}.${this.deps.settings.generation}.${doc.version}${suffix}`;
  }

  private report(doc: TextDocument, suffix = ''): Report {
    return { resultId: this.resultId(doc, suffix), items: this.diagnostics(doc), generation: this.deps.settings.generation };
  }

  /**
   * The document's diagnostics, at most MAX_DIAGNOSTICS; the first time there are more, the user is told. When
   * the analysis throws: the one internal-error diagnostic (never the previous, stale result), and a log line.
   */
  private diagnostics(doc: TextDocument): Diagnostic[] {
    let findings;
    try {
      findings = this.deps.docs.analysis(doc).findings;
    } catch (e) {
      this.deps.log.error(`checking ${doc.uri} (version ${doc.version}) failed: ${describeError(e)}`);
      return [internalErrorDiagnostic(doc.getText())];
    }
    const { items, total } = cappedDiagnostics(findings, doc.uri, doc.version);
    if (total > MAX_DIAGNOSTICS && !this.toldTooMany.has(doc.uri)) {
      this.toldTooMany.add(doc.uri);
      this.deps.notify(tooManyMessage(doc.uri, total));
    }
    return items;
  }

  private static answer(r: Report, previousResultId: string | undefined): DocumentDiagnosticReport {
    return previousResultId === r.resultId
      ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.resultId }
      : { kind: DocumentDiagnosticReportKind.Full, resultId: r.resultId, items: r.items };
  }

  /** textDocument/diagnostic. */
  async pullDiagnostics(params: DocumentDiagnosticParams, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? this.deps.docs.get(uri) : undefined;
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    await this.deps.ready;
    if (this.runMode(doc.uri) === 'onSave') {
      let r = this.savedReports.get(doc.uri);
      if (!r || r.generation !== this.deps.settings.generation) this.savedReports.set(doc.uri, (r = this.report(doc, 's')));
      return Validation.answer(r, params.previousResultId);
    }
    const version = doc.version;
    if (params.previousResultId === this.resultId(doc)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
    await wait(delayFor(doc.getText().length), token);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (this.deps.docs.get(doc.uri) !== doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] }; // closed meanwhile
    if (doc.version !== version) {
      // The document changed while we waited: this request's version is gone; the client asks again.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed.', { retriggerRequest: true });
    }
    const answer = Validation.answer(this.report(doc), params.previousResultId);
    collectAfterCheck(doc.getText().length);
    return answer;
  }
}
