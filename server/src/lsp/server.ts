// The language server: capabilities, and the handlers that connect the LSP connection to the documents, the
// settings, the diagnostics (validation.ts), the workspace review (workspace.ts) and the language features
// (features.ts). Every handler is guarded: an exception is logged and answered with an empty result.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DidChangeTextDocumentParams,
  type DidChangeWatchedFilesParams,
  type DidCloseTextDocumentParams,
  type DidOpenTextDocumentParams,
  type DidSaveTextDocumentParams,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { version as serverVersion } from '../../../package.json';
import type { Analysis } from '../core/analyze';
import { settingsProblemDiagnostics } from './diagnostics';
import { Documents, type AnalyzeFn } from './documents';
import * as features from './features';
import { guarded, describeError, type Log } from './guard';
import { toFolder, uriToPath, type Folder } from './paths';
import { generatePassword, generateUserName } from '../core/secrets';
import { generateCredentials } from './credentials';
import { GENERATE_CREDENTIALS_REQUEST, REVIEW_WORKSPACE_REQUEST, type ReviewWorkspaceResult } from './requests';
import { DEFAULT_EDITOR_SETTINGS, readEditorSettings, SettingsStore, type EditorSettings } from './settings';
import { Validation } from './validation';
import { WorkspaceReview } from './workspace';

export const LANGUAGE_ID = 'nec-sl';
export const FIX_ALL_KIND = 'source.fixAll.slguard';

/** What the VS Code client tells the server in `initializationOptions`. */
export interface InitializationOptions {
  /** The client watches `**∕.slguard.json` and `**∕*.slcfg` itself (synchronize.fileEvents): do not register watchers. */
  watchesFiles?: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isPosition(p: unknown): boolean {
  return isObject(p) && Number.isSafeInteger(p.line) && Number.isSafeInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
}

/** The params with `position` and `range` moved inside the document: past a line's end to that end, past the last line to the document's end. */
function clampPositions<P>(doc: TextDocument, params: P): P {
  const p = params as Record<string, unknown>;
  const clamp = (x: unknown) => doc.positionAt(doc.offsetAt(x as Position));
  const out: Record<string, unknown> = { ...p };
  if ('position' in p) out.position = clamp(p.position);
  if ('range' in p) out.range = { start: clamp((p.range as Range).start), end: clamp((p.range as Range).end) };
  return out as P;
}

/** The request's `position` and `range`, where it has them, are made of non-negative integers. */
function validPositions(params: unknown): boolean {
  if (!isObject(params)) return false;
  if ('position' in params && !isPosition(params.position)) return false;
  if ('range' in params && !(isObject(params.range) && isPosition(params.range.start) && isPosition(params.range.end))) return false;
  return true;
}

/** Is this document one of ours? The language id, or (for editors with other ids) the file extension. */
function isSiteExport(uri: string, languageId: unknown): boolean {
  return languageId === LANGUAGE_ID || /\.slcfg$/i.test(uri);
}

/** What a caller (a test) may replace. */
export interface ServerOptions {
  /** The analysis (default: the core's `analyze`). */
  analyze?: AnalyzeFn;
}

/** What the entry point needs to know of a running server. */
export interface RunningServer {
  /** Has the client sent the shutdown request? (Then the end of its stream is a clean exit.) */
  shutdownReceived(): boolean;
}

export function startServer(connection: Connection, options: ServerOptions = {}): RunningServer {
  const log: Log = {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
  };
  const settings = new SettingsStore();
  const docs = new Documents((uri) => settings.forUri(uri).severities, () => settings.generation, options.analyze);
  let caps: ClientCapabilities = {};
  let clientWatchesFiles = false;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => { resolveReady = resolve; });

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number): void => {
    connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics }).catch((e: unknown) => log.error(`publishing diagnostics failed: ${describeError(e)}`));
  };

  /** A notice for the user: window/showMessage (a notification; nothing to answer). */
  const notify = (message: string): void => {
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch((e: unknown) => log.error(`showing a message failed: ${describeError(e)}`));
  };
  let validation = new Validation({ docs, settings, log, pull: false, ready, publish, refresh: () => {}, notify });
  const review = new WorkspaceReview({ docs, settings, log, publish: (uri, d) => publish(uri, d), analyze: docs.run });

  // ---- settings ----------------------------------------------------------------------------------------

  /** What the last didChangeConfiguration carried, for clients without workspace/configuration. */
  let pushedSection: unknown = undefined;
  const reportedEditorProblems = new Set<string>();
  /** `.slguard.json` files that have diagnostics now. */
  const settingsFilesWithProblems = new Set<string>();

  const loadEditorSettings = async (): Promise<void> => {
    let sections: unknown[];
    const folders = settings.folders;
    if (caps.workspace?.configuration) {
      try {
        const items = [{ section: 'slguard' }, ...folders.map((f) => ({ scopeUri: f.uri, section: 'slguard' }))];
        const res: unknown = await connection.workspace.getConfiguration(items);
        sections = Array.isArray(res) ? res : [];
      } catch (e) {
        log.warn(`reading the settings failed; defaults are used: ${describeError(e).split('\n')[0]}`);
        sections = [];
      }
    } else {
      sections = [pushedSection];
    }
    const read = (s: unknown): EditorSettings => {
      if (s === undefined || s === null) return DEFAULT_EDITOR_SETTINGS;
      const { settings: out, problems } = readEditorSettings(s);
      for (const p of problems) {
        const line = `settings: ${p.path}: ${p.message}`;
        if (!reportedEditorProblems.has(line)) { reportedEditorProblems.add(line); log.warn(line); }
      }
      return out;
    };
    const global = read(sections[0]);
    const byFolder = new Map<string, EditorSettings>();
    folders.forEach((f, i) => byFolder.set(f.uri, caps.workspace?.configuration ? read(sections[i + 1] ?? sections[0]) : global));
    settings.setEditor(global, byFolder);
  };

  const reloadSettingsFile = (folder: Folder): void => {
    const file = settings.reloadFile(folder);
    if (!file) return;
    if (file.problems.length || settingsFilesWithProblems.has(file.uri)) {
      publish(file.uri, settingsProblemDiagnostics(file.text, file.problems));
      if (file.problems.length) settingsFilesWithProblems.add(file.uri);
      else settingsFilesWithProblems.delete(file.uri);
    }
  };

  /** Settings changed: every open document is checked again, and the workspace review runs again. */
  const afterSettingsChange = (): void => {
    validation.settingsChanged();
    if (caps.workspace?.inlayHint?.refreshSupport) connection.languages.inlayHint.refresh().catch(() => {});
    review.review(false).catch((e: unknown) => log.error(`workspace review failed: ${describeError(e)}`));
  };

  // Settings reloads run one after another, so an older read never overwrites a newer one.
  let settingsQueue: Promise<void> = Promise.resolve();
  const reloadSettings = (what: { editor: boolean; files: Folder[] }): Promise<void> => {
    settingsQueue = settingsQueue.then(async () => {
      if (what.editor) await loadEditorSettings();
      for (const f of what.files) reloadSettingsFile(f);
      afterSettingsChange();
    }).catch((e: unknown) => log.error(`reloading the settings failed: ${describeError(e)}`));
    return settingsQueue;
  };

  // ---- lifecycle ---------------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    try {
      caps = isObject(params?.capabilities) ? params.capabilities : {};
      const opts = (isObject(params?.initializationOptions) ? params.initializationOptions : {}) as InitializationOptions;
      clientWatchesFiles = opts.watchesFiles === true;
      const folders: Folder[] = Array.isArray(params?.workspaceFolders)
        ? params.workspaceFolders.filter((f) => typeof f?.uri === 'string').map((f) => toFolder(f.uri))
        : typeof params?.rootUri === 'string' ? [toFolder(params.rootUri)] : [];
      settings.setFolders(folders);
    } catch (e) {
      log.error(`initialize: ${describeError(e)}`);
    }
    const pull = !!caps.textDocument?.diagnostic;
    validation = new Validation({
      docs, settings, log, pull, ready, publish, notify,
      refresh: () => { if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh(); },
    });
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['[', '-', '=', ' '] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'slguard', version: serverVersion },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: 'slguard', interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(guarded(log, 'initialized', undefined, async () => {
    // The library's workspace-folders feature owns the notification when the client announced folder support.
    if (caps.workspace?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => onFoldersChanged({ event }));
    else connection.onNotification(DidChangeWorkspaceFoldersNotification.type, onFoldersChanged);
    try {
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'slguard' });
      }
      if (!clientWatchesFiles && caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.slguard.json' }, { globPattern: '**/*.slcfg' }],
        });
      }
    } catch (e) {
      log.warn(`registering for settings and file changes failed: ${describeError(e).split('\n')[0]}`);
    }
    await reloadSettings({ editor: true, files: [...settings.folders] });
    resolveReady();
  }));

  let shutdown = false;
  connection.onShutdown(() => { shutdown = true; validation.dispose(); });

  // ---- settings and file notifications ---------------------------------------------------------------

  connection.onDidChangeConfiguration(guarded(log, 'didChangeConfiguration', undefined, async (params) => {
    if (isObject(params) && isObject(params.settings) && 'slguard' in params.settings) pushedSection = params.settings.slguard;
    await reloadSettings({ editor: true, files: [] });
  }));

  const onFoldersChanged = guarded(log, 'didChangeWorkspaceFolders', undefined, async (params: { event: WorkspaceFoldersChangeEvent }) => {
    const removed = new Set((params?.event?.removed ?? []).map((f) => f?.uri));
    const added = (params?.event?.added ?? []).filter((f) => typeof f?.uri === 'string').map((f) => toFolder(f.uri));
    for (const f of settings.folders) {
      const file = settings.fileSettings(f);
      if (removed.has(f.uri) && file && settingsFilesWithProblems.delete(file.uri)) publish(file.uri, []);
    }
    const kept = settings.folders.filter((f) => !removed.has(f.uri) && !added.some((a) => a.uri === f.uri));
    settings.setFolders([...kept, ...added]);
    await reloadSettings({ editor: true, files: added });
  });

  connection.onDidChangeWatchedFiles(guarded(log, 'didChangeWatchedFiles', undefined, async (params: DidChangeWatchedFilesParams) => {
    const settingsFolders = new Set<Folder>();
    for (const change of Array.isArray(params?.changes) ? params.changes : []) {
      const p = uriToPath(change?.uri);
      if (p === null) continue;
      if (path.basename(p) === '.slguard.json') {
        const folder = settings.folderOfSettingsFile(p);
        if (folder) settingsFolders.add(folder);
      } else if (change.type === FileChangeType.Deleted) {
        review.fileDeleted(p);
      } else {
        review.fileChanged(p);
      }
    }
    if (settingsFolders.size) await reloadSettings({ editor: false, files: [...settingsFolders] });
  }));

  // ---- documents -------------------------------------------------------------------------------------

  connection.onDidOpenTextDocument(guarded(log, 'didOpen', undefined, (params: DidOpenTextDocumentParams) => {
    const td = params?.textDocument;
    if (typeof td?.uri !== 'string' || typeof td.text !== 'string' || !isSiteExport(td.uri, td.languageId)) return;
    const doc = docs.open(td.uri, String(td.languageId ?? LANGUAGE_ID), Number.isInteger(td.version) ? td.version : 0, td.text);
    review.documentOpened(doc.uri, validation.pullMode);
    validation.opened(doc);
  }));

  connection.onDidChangeTextDocument(guarded(log, 'didChange', undefined, (params: DidChangeTextDocumentParams) => {
    const td = params?.textDocument;
    if (typeof td?.uri !== 'string' || !Array.isArray(params.contentChanges)) return;
    const current = docs.get(td.uri);
    if (!current) return;
    const doc = docs.change(td.uri, Number.isInteger(td.version) ? td.version : current.version + 1, params.contentChanges);
    if (doc) validation.changed(doc);
  }));

  connection.onDidSaveTextDocument(guarded(log, 'didSave', undefined, (params: DidSaveTextDocumentParams) => {
    const doc = docs.get(params?.textDocument?.uri);
    if (doc) validation.saved(doc);
  }));

  connection.onDidCloseTextDocument(guarded(log, 'didClose', undefined, (params: DidCloseTextDocumentParams) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string' || !docs.close(uri)) return;
    validation.closed(uri);
    // A reviewed file shows its disk state again; otherwise what the server pushed is cleared.
    if (!review.documentClosed(uri) && !validation.pullMode) publish(uri, []);
  }));

  // ---- diagnostics (pull) ----------------------------------------------------------------------------

  connection.languages.diagnostics.on(guarded(log, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params, token) => validation.pullDiagnostics(params, token)));

  // ---- language features (features.ts) ----------------------------------------------------------------

  /**
   * A feature handler: finds the open document, its (cached) analysis, and calls `fn`; `fallback` otherwise.
   * A position or range whose line or character is not a non-negative integer gets `fallback`; one past the end
   * of a line or of the document stands for that end (as LSP says of characters).
   */
  function feature<P extends { textDocument: { uri: string } }, R>(what: string, fallback: R, fn: (doc: TextDocument, analysis: Analysis, params: P) => R | null | undefined) {
    return guarded(log, what, fallback, async (params: P, token?: CancellationToken): Promise<R> => {
      const doc = docs.get(params?.textDocument?.uri);
      if (!doc || !validPositions(params)) return fallback;
      await ready;
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return fn(doc, docs.analysis(doc), clampPositions(doc, params)) ?? fallback;
    });
  }

  connection.onCodeAction(feature('textDocument/codeAction', [], (doc, a, p) => features.codeActions(doc, a, p)));
  connection.onHover(feature('textDocument/hover', null, (doc, a, p) => features.hover(doc, a, p.position)));
  connection.onCompletion(feature('textDocument/completion', [], (doc, a, p) => features.completion(doc, a, p.position)));
  connection.onDocumentSymbol(feature('textDocument/documentSymbol', [], (_doc, a) => features.documentSymbols(a)));
  connection.onFoldingRanges(feature('textDocument/foldingRange', [], (_doc, a) => features.foldingRanges(a)));
  connection.languages.inlayHint.on(feature('textDocument/inlayHint', [], (doc, a, p) =>
    settings.forUri(doc.uri).editor.inlayHints ? features.inlayHints(a, p.range) : []));

  // ---- the server's own requests (requests.ts) --------------------------------------------------------

  connection.onRequest(GENERATE_CREDENTIALS_REQUEST, guarded(log, GENERATE_CREDENTIALS_REQUEST, null, (p: unknown) => generateCredentials(p, { generateUserName, generatePassword })));

  const noReview: ReviewWorkspaceResult = { folders: 0, files: 0, problems: 0, notChecked: 0, truncated: false, superseded: false };
  connection.onRequest(REVIEW_WORKSPACE_REQUEST, guarded(log, REVIEW_WORKSPACE_REQUEST, noReview, async (): Promise<ReviewWorkspaceResult> => {
    await ready;
    return review.review(true);
  }));

  return { shutdownReceived: () => shutdown };
}
