// A small LSP client for the protocol tests: starts `node dist/server.js --stdio` as a child process and talks
// JSON-RPC to it with vscode-jsonrpc. Everything waits on messages (promises with timeouts), never on time.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  Registration,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

import { ROOT, SPEC_EXAMPLES } from '../repo';

export { ROOT, SPEC_EXAMPLES };
export const SERVER = path.join(ROOT, 'dist', 'server.js');
/** A server whose analysis throws for a marked text (servers/throwing.ts, from the tsc output). */
export const THROWING_SERVER = path.join(__dirname, 'servers', 'throwing.js');
const DEFAULT_TIMEOUT = 10_000;

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

export interface StartOptions {
  /** How to talk to the server: `--stdio` (default) or `--node-ipc`, as the VS Code client does. */
  transport?: 'stdio' | 'ipc';
  /** Announce textDocument/diagnostic (pull) support. */
  pull?: boolean;
  /** Announce workspace/configuration support (the server then asks for `slguard`). */
  configuration?: boolean;
  /** The `slguard` settings section the client answers with (mutable: `client.settings`). */
  settings?: Record<string, unknown>;
  /** Workspace folders (file system paths). */
  folders?: string[];
  /** initializationOptions.watchesFiles. */
  watchesFiles?: boolean;
  /** Announce dynamic registration of didChangeWatchedFiles. */
  dynamicWatchers?: boolean;
  /** The server's script (default dist/server.js). */
  server?: string;
}

interface Waiter<T> {
  test: (v: T) => boolean;
  resolve: (v: T) => void;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: { type: number; message: string }[] = [];
  /** window/showMessage notifications, in order. */
  readonly shown: { type: number; message: string }[] = [];
  readonly registrations: Registration[] = [];
  refreshes = 0;
  stderr = '';
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private waiters: Waiter<PublishDiagnosticsParams>[] = [];
  private refreshWaiters: (() => void)[] = [];
  private configurationWaiters: (() => void)[] = [];
  private registrationWaiters: (() => void)[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly conn: MessageConnection, opts: StartOptions) {
    this.settings = opts.settings ?? {};
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr?.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => this.logs.push(p));
    conn.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      const res = p.items.map((i) => (i.section === 'slguard' ? this.settings : null));
      const ws = this.configurationWaiters;
      this.configurationWaiters = [];
      setImmediate(() => ws.forEach((w) => w()));
      return res;
    });
    conn.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      const ws = this.registrationWaiters;
      this.registrationWaiters = [];
      ws.forEach((w) => w());
      return null;
    });
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      const ws = this.refreshWaiters;
      this.refreshWaiters = [];
      ws.forEach((w) => w());
      return null;
    });
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => this.shown.push(p));
    conn.onNotification('telemetry/event', () => {});
  }

  /** Starts the server, initializes it and sends `initialized`. */
  static async start(opts: StartOptions = {}): Promise<TestClient> {
    let child: ChildProcess;
    let conn: MessageConnection;
    if (opts.transport === 'ipc') {
      child = fork(opts.server ?? SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [opts.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new TestClient(child, conn, opts);
    conn.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true } },
      },
      workspace: {
        configuration: !!opts.configuration,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: !!opts.configuration },
        didChangeWatchedFiles: { dynamicRegistration: !!opts.dynamicWatchers },
        ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
    };
    const folders = (opts.folders ?? []).map((f) => ({ uri: fileUri(f), name: path.basename(f) }));
    // Until initialized has been handled (settings read), a configuration request may come: wait for it.
    const configured = opts.configuration ? client.nextConfigurationRequest() : Promise.resolve();
    client.initializeResult = await withTimeout(conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length ? folders : null,
      capabilities,
      initializationOptions: opts.watchesFiles === undefined ? undefined : { watchesFiles: opts.watchesFiles },
    }), DEFAULT_TIMEOUT, 'initialize');
    await conn.sendNotification('initialized', {});
    await withTimeout(configured, DEFAULT_TIMEOUT, 'the first workspace/configuration request');
    return client;
  }

  /** Resolves when the server next asks for the configuration (and the answer has been sent). */
  nextConfigurationRequest(): Promise<void> {
    return new Promise((resolve) => this.configurationWaiters.push(resolve));
  }

  /** Resolves when a registration for `method` has arrived (or already has). */
  registration(method: string, timeout = DEFAULT_TIMEOUT): Promise<Registration> {
    const find = () => this.registrations.find((r) => r.method === method);
    const p = new Promise<Registration>((resolve) => {
      const check = () => {
        const r = find();
        if (r) resolve(r);
        else this.registrationWaiters.push(check);
      };
      check();
    });
    return withTimeout(p, timeout, `a registration of ${method}`);
  }

  nextRefresh(timeout = DEFAULT_TIMEOUT): Promise<void> {
    return withTimeout(new Promise<void>((resolve) => this.refreshWaiters.push(resolve)), timeout, 'workspace/diagnostic/refresh');
  }

  /**
   * The first publishDiagnostics for `uri` matching `test`, among those that arrive from now on (and, with
   * `includePast`, those already received).
   */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, opts: { includePast?: boolean; timeout?: number } = {}): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && test(p);
    if (opts.includePast) {
      const past = this.published.find(match);
      if (past) return Promise.resolve(past);
    }
    const p = new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ test: match, resolve }));
    return withTimeout(p, opts.timeout ?? DEFAULT_TIMEOUT, `diagnostics for ${uri}`, () =>
      `published so far: ${JSON.stringify(this.published.filter((q) => q.uri === uri).map((q) => ({ v: q.version, n: q.diagnostics.length })))}; stderr: ${this.stderr.slice(-500)}`);
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  open(uri: string, text: string, version = 1, languageId = 'nec-sl'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  save(uri: string): Promise<void> {
    return this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  changeConfiguration(settings: unknown = null): Promise<void> {
    return this.conn.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  watchedFiles(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  request<R>(method: string, params?: unknown, timeout = DEFAULT_TIMEOUT): Promise<R> {
    return withTimeout(this.conn.sendRequest<R>(method, params), timeout, method);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Shuts the server down politely, and kills it if it does not exit in time. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.running) {
      try {
        await withTimeout(this.conn.sendRequest('shutdown'), 3000, 'shutdown');
        await this.conn.sendNotification('exit');
        await withTimeout(this.exited, 3000, 'exit');
      } catch {
        // fall through to kill
      }
    }
    if (this.running) this.child.kill('SIGKILL');
    this.conn.dispose();
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string, detail?: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}${detail ? `; ${detail()}` : ''}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** `SL201@23` (1-based line) for each diagnostic, sorted. */
export function ruleLines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`).sort();
}
