// The language client in a real workbench: the extension starts dist/server.js, diagnostics of a .slcfg
// reach the Problems collection and follow edits, and the commands are there and work.
// Waits on vscode.languages.onDidChangeDiagnostics, never on time.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'slguard.slguard';
const TYPO = '[site]\nmodel = SL2100\n\n[programs]\n90-54-01 = http\n';

function slguard(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'slguard');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolves with the file's SL Guard diagnostics once `pred` holds for them. */
function diagnostics(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what: string, timeout = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = slguard(uri);
      if (!pred(ds)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; now: ${JSON.stringify(slguard(uri).map(codeOf))}`));
    }, timeout);
    check();
  });
}

const hasSL004 = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'SL004');

/** The SL Guard language servers that this extension host started (test/e2e/procs.js, beside the sources). */
function serverPids(): number[] {
  // out/test/e2e/suite/ -> test/e2e/procs.js
  const procs = require(path.join(__dirname, '..', '..', '..', '..', 'test', 'e2e', 'procs.js')) as { languageServers(o: { ppid: number }): number[] };
  return procs.languageServers({ ppid: process.pid });
}

suite('language client', () => {
  let folder: vscode.Uri;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await ext.activate();
    folder = vscode.workspace.workspaceFolders![0].uri;
  });

  test('the three commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['slguard.generateCredentials', 'slguard.reviewWorkspace', 'slguard.showRuleDocumentation']) {
      assert.ok(all.includes(id), id);
    }
  });

  test('an open .slcfg gets diagnostics from the server, and they follow edits', async () => {
    const uri = vscode.Uri.joinPath(folder, 'client-typo.slcfg');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TYPO));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const ds = await diagnostics(uri, hasSL004, 'SL004 on the WebPro port');
    const d = ds.find((x) => codeOf(x) === 'SL004')!;
    assert.strictEqual(d.range.start.line, 4);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(typeof d.code === 'object' && d.code.target.toString().endsWith('/SL004.md'), 'the code links to the rule page');

    const line = doc.lineAt(4);
    await editor.edit((b) => b.replace(line.range, '90-54-01 = 18080'));
    await diagnostics(uri, (x) => !hasSL004(x), 'SL004 gone after the edit');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Review workspace reports a file that was never opened', async () => {
    const uri = vscode.Uri.joinPath(folder, 'sites', 'never-opened.slcfg');
    // Let the file watchers see the creation first: a create and a delete in one batch cancel out, and then
    // the delete below would never be reported.
    const watcher = vscode.workspace.createFileSystemWatcher('**/never-opened.slcfg');
    const created = new Promise<void>((resolve) => watcher.onDidCreate(() => resolve()));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TYPO));
    await created;
    watcher.dispose();
    const shown = diagnostics(uri, hasSL004, 'SL004 in a file that is not open');
    const res = await vscode.commands.executeCommand<{ files: number; problems: number }>('slguard.reviewWorkspace');
    assert.ok(res && res.files >= 1, `review summary ${JSON.stringify(res)}`);
    await shown;
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file was not opened');

    // Kept current: deleting the file clears its diagnostics (the client's file watcher tells the server).
    const cleared = diagnostics(uri, (x) => x.length === 0, 'diagnostics cleared after delete');
    await vscode.workspace.fs.delete(uri);
    await cleared;
  });

  // Last in this suite: the suites after it use the restarted server.
  test('a crashed server is restarted and the diagnostics follow edits again', async () => {
    const uri = vscode.Uri.joinPath(folder, 'client-crash.slcfg');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TYPO));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await diagnostics(uri, hasSL004, 'SL004 before the crash');
    const before = serverPids();
    assert.strictEqual(before.length, 1, `one server process: ${JSON.stringify(before)}`);
    process.kill(before[0], 'SIGKILL');

    // Only a server started again can check the edited text: the diagnostics must follow it. (When the server
    // dies the client clears them, so "no SL004" alone would not do: the file keeps findings from defaults.)
    await editor.edit((b) => b.replace(doc.lineAt(4).range, '90-54-01 = 18080'));
    await diagnostics(uri, (x) => x.length > 0 && !hasSL004(x), 'the edited text checked by a restarted server');
    const after = serverPids();
    assert.strictEqual(after.length, 1, `one server process: ${JSON.stringify(after)}`);
    assert.notStrictEqual(after[0], before[0], 'a new server process');
    await editor.edit((b) => b.replace(doc.lineAt(4).range, '90-54-01 = http'));
    await diagnostics(uri, hasSL004, 'SL004 again: the new server keeps following edits');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
