// The language server: capabilities, and the handlers that connect the LSP connection to the documents, the
// settings (settingsSync.ts), the diagnostics (validation.ts), the workspace review (workspace.ts) and the language features
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
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { version as serverVersion } from '../../../package.json';
import type { Analysis } from '../core/analyze';
import { Documents, type AnalyzeFn } from './documents';
import * as features from './features';
import { guarded, describeError, type Log } from './guard';
import { toFolder, uriToPath, type Folder } from './paths';
import { generatePassword, generateUserName } from '../core/secrets';
import { generateCredentials } from './credentials';
import {
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  GENERATE_CREDENTIALS_REQUEST,
  LANGUAGE_ID,
  REVIEW_WORKSPACE_REQUEST,
  SETTINGS_SECTION,
  type ReviewWorkspaceResult,
} from './requests';
import { SettingsStore } from './settings';
import { SettingsSync } from './settingsSync';
import { clampPositions, isObject, validPositions } from './params';
import { Validation } from './validation';
import { WorkspaceReview } from './workspace';

/** What the VS Code client tells the server in `initializationOptions`. */
export interface InitializationOptions {
  /** The client watches `**∕.slguard.json` and `**∕*.slcfg` itself (synchronize.fileEvents): do not register watchers. */
  watchesFiles?: boolean;
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
  /** Does the client pull diagnostics? Known once initialize has been handled. */
  let pull = false;
  const validation = new Validation({
    docs, settings, log, ready, publish, notify,
    pull: () => pull,
    refresh: () => { if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh(); },
  });
  const review = new WorkspaceReview({ docs, settings, log, publish: (uri, d) => publish(uri, d), analyze: docs.run });

  // ---- settings (settingsSync.ts) ---------------------------------------------------------------------

  const sync = new SettingsSync({
    settings, log, publish,
    clientHasConfiguration: () => !!caps.workspace?.configuration,
    getConfiguration: (items) => connection.workspace.getConfiguration(items),
    // Settings changed: every open document is checked again, and the workspace review runs again.
    changed: () => {
      validation.settingsChanged();
      if (caps.workspace?.inlayHint?.refreshSupport) connection.languages.inlayHint.refresh().catch(() => {});
      review.review(false).catch((e: unknown) => log.error(`workspace review failed: ${describeError(e)}`));
    },
  });

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
    pull = !!caps.textDocument?.diagnostic;
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
      serverInfo: { name: DIAGNOSTIC_SOURCE, version: serverVersion },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(guarded(log, 'initialized', undefined, async () => {
    // The library's workspace-folders feature owns the notification when the client announced folder support.
    if (caps.workspace?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => onFoldersChanged({ event }));
    else connection.onNotification(DidChangeWorkspaceFoldersNotification.type, onFoldersChanged);
    try {
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
      if (!clientWatchesFiles && caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.slguard.json' }, { globPattern: '**/*.slcfg' }],
        });
      }
    } catch (e) {
      log.warn(`registering for settings and file changes failed: ${describeError(e).split('\n')[0]}`);
    }
    await sync.reload({ editor: true, files: [...settings.folders] });
    resolveReady();
  }));

  let shutdown = false;
  connection.onShutdown(() => { shutdown = true; validation.dispose(); });

  // ---- settings and file notifications ---------------------------------------------------------------

  connection.onDidChangeConfiguration(guarded(log, 'didChangeConfiguration', undefined, async (params) => {
    if (isObject(params) && isObject(params.settings) && SETTINGS_SECTION in params.settings) sync.pushed(params.settings[SETTINGS_SECTION]);
    await sync.reload({ editor: true, files: [] });
  }));

  const onFoldersChanged = guarded(log, 'didChangeWorkspaceFolders', undefined, async (params: { event: WorkspaceFoldersChangeEvent }) => {
    const removed = new Set((params?.event?.removed ?? []).map((f) => f?.uri));
    const added = (params?.event?.added ?? []).filter((f) => typeof f?.uri === 'string').map((f) => toFolder(f.uri));
    await sync.foldersChanged(removed, added);
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
    if (settingsFolders.size) await sync.reload({ editor: false, files: [...settingsFolders] });
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
