// The VS Code extension: starts dist/server.js over node-ipc and adds the three commands. Everything it uses
// works in desktop, remote and web (code-server) UIs: no Node file system access, no desktop-only APIs.

import * as vscode from 'vscode';
import {
  CloseAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ALL_RULES } from '../../server/src/core/rules';
import { ruleHref } from '../../server/src/core/types';
import {
  DIAGNOSTIC_SOURCE,
  GENERATE_CREDENTIALS_REQUEST,
  LANGUAGE_ID,
  REVIEW_WORKSPACE_REQUEST,
  type GenerateCredentialsParams,
  type GenerateCredentialsResult,
  type ReviewWorkspaceResult,
} from '../../server/src/lsp/requests';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  // --expose-gc lets the server give memory back after checking a large export (server/src/lsp/memory.ts).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--expose-gc'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--expose-gc', '--nolazy', '--inspect=6019'] } },
  };

  const outputChannel = vscode.window.createOutputChannel('SL Guard');
  context.subscriptions.push(outputChannel);

  // The default handler's behaviour (restart after a crash, give up after 5 crashes in 3 minutes) is kept;
  // a restart is also reported, since the default one only writes a line to the output channel.
  let defaults: ErrorHandler | undefined;
  const errorHandler: ErrorHandler = {
    error: (error, message, count) => defaults!.error(error, message, count),
    closed: async (): Promise<CloseHandlerResult> => {
      const result = await defaults!.closed();
      if (result.action === CloseAction.Restart) {
        void vscode.window
          .showWarningMessage('The SL Guard language server stopped unexpectedly and was restarted.', 'Show Output')
          .then((choice) => { if (choice) outputChannel.show(true); });
        return { ...result, message: result.message ?? 'The SL Guard language server stopped unexpectedly; restarting it.', handled: true };
      }
      return result;
    },
  };

  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/.slguard.json'),
    vscode.workspace.createFileSystemWatcher('**/*.slcfg'),
  ];
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { fileEvents: watchers },
    // The watchers above report file events, so the server registers none of its own.
    initializationOptions: { watchesFiles: true },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel,
    errorHandler,
  };

  const c = new LanguageClient('slguard', 'SL Guard', serverOptions, clientOptions);
  defaults = c.createDefaultErrorHandler();
  client = c;

  context.subscriptions.push(
    vscode.commands.registerCommand('slguard.generateCredentials', () => generateCredentials(c)),
    vscode.commands.registerCommand('slguard.reviewWorkspace', () => reviewWorkspace(c)),
    vscode.commands.registerCommand('slguard.showRuleDocumentation', (arg?: unknown) => showRuleDocumentation(context, arg)),
  );

  await c.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}

// ---- Generate strong credentials ----------------------------------------------------------------------

async function generateCredentials(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage('Open a site export (.slcfg) and place the cursor in [programs] to insert generated credentials.');
    return;
  }
  let res: GenerateCredentialsResult;
  try {
    const params: GenerateCredentialsParams = { user: 2 };
    res = await c.sendRequest<GenerateCredentialsResult>(GENERATE_CREDENTIALS_REQUEST, params);
  } catch (e) {
    void vscode.window.showErrorMessage(`SL Guard could not generate credentials: ${(e as Error).message}`);
    return;
  }
  const doc = editor.document;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const cursor = editor.selection.active;
  const line = doc.lineAt(cursor.line);
  const block = res.lines.join(eol);
  // On an empty line the lines go where the cursor is; otherwise they go on new lines after the cursor's line.
  const ok = await editor.edit((b) => {
    if (line.isEmptyOrWhitespace) b.replace(line.range, block);
    else b.insert(line.range.end, eol + block);
  });
  if (!ok) return;
  // Not awaited: the command is done once the lines are in; the dialog stays until the user answers.
  void vscode.window.showWarningMessage(
    'Record the new installer user name and password now.',
    {
      modal: true,
      detail: `SL Guard inserted a generated user name and password for 90-02 user ${res.user} (the installer account). `
        + 'Record them in the customer\'s password safe before you upload this export: NEC systems have no back door, '
        + 'and a lost installer password means a full system reset.',
    },
    'I have recorded them',
  );
}

// ---- Review workspace ----------------------------------------------------------------------------------

/** Runs the review; resolves with its summary (for other extensions and tests) once it is done. */
async function reviewWorkspace(c: LanguageClient): Promise<ReviewWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder to review the site exports in it.');
    return undefined;
  }
  let res: ReviewWorkspaceResult;
  try {
    res = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'SL Guard: reviewing the site exports in the workspace…' },
      () => c.sendRequest<ReviewWorkspaceResult>(REVIEW_WORKSPACE_REQUEST),
    );
  } catch (e) {
    void vscode.window.showErrorMessage(`SL Guard could not review the workspace: ${(e as Error).message}`);
    return undefined;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let text = `SL Guard reviewed ${plural(res.files, 'site export')}: ${plural(res.problems, 'problem')}.`;
  if (res.notChecked) text += ` ${plural(res.notChecked, 'file')} could not be checked (see the SL Guard output).`;
  if (res.truncated) text += ' The workspace has more exports than one review covers; open a smaller folder to see them all.';
  void vscode.window.showInformationMessage(text, 'Show Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return res;
}

// ---- Show rule documentation ---------------------------------------------------------------------------

function ruleIdOf(v: unknown): string | undefined {
  if (typeof v === 'string' && /^SL\d{3}$/i.test(v)) return v.toUpperCase();
  if (typeof v === 'object' && v !== null) {
    const o = v as { value?: unknown; code?: unknown; rule?: unknown };
    return ruleIdOf(o.rule) ?? ruleIdOf(o.code) ?? ruleIdOf(o.value);
  }
  return undefined;
}

async function pickRule(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const at = editor.selection.active;
    const here = [...new Set(vscode.languages.getDiagnostics(editor.document.uri)
      .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.contains(at))
      .map((d) => ruleIdOf(d.code))
      .filter((id): id is string => id !== undefined))];
    if (here.length === 1) return here[0];
    if (here.length > 1) {
      const pick = await vscode.window.showQuickPick(here.map((id) => ({ label: id, description: ALL_RULES.find((r) => r.id === id)?.name })), { placeHolder: 'Which rule?' });
      return pick?.label;
    }
  }
  const pick = await vscode.window.showQuickPick(
    ALL_RULES.map((r) => ({ label: r.id, description: r.name, detail: r.summary })),
    { placeHolder: 'Show the documentation of an SL Guard rule', matchOnDescription: true, matchOnDetail: true },
  );
  return pick?.label;
}

async function showRuleDocumentation(context: vscode.ExtensionContext, arg?: unknown): Promise<void> {
  const id = ruleIdOf(arg) ?? (await pickRule());
  if (!id) return;
  // The page shipped with the extension, in the markdown preview; the online page when it is not there.
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
    return;
  } catch {
    // not shipped, or no markdown preview in this editor
  }
  await vscode.env.openExternal(vscode.Uri.parse(ruleHref(id)));
}
