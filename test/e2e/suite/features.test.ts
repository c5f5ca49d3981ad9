// Quick fixes, fix-all, hover, completion and a severity setting, through the real workbench APIs.
// Waits on vscode.languages.onDidChangeDiagnostics, never on time.
import * as assert from 'assert';
import * as vscode from 'vscode';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'slguard');

function until(uri: vscode.Uri, pred: (codes: string[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = ours(uri);
      if (!pred(ds.map(codeOf))) return;
      sub.dispose(); clearTimeout(timer); resolve(ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) check(); });
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${what}; now ${ours(uri).map(codeOf)}`)); }, 30_000);
    check();
  });
}

const SITE = ['[site]', 'model = SL2100', 'extensions-in-use = 101', 'international-prefix = 011', '', '[programs]', '10-12-01 = 192.168.1.20',
  '90-02-01[2] = Xq7!mK2#pl', '90-02-02[2] = 7*4#9*1#', '90-02-03[3-4] = 0', '21-04-01[*, *] = 3', '21-05-01[3] = 1', '21-06-01[1] = 011', '47-02-01[2-64] = 0',
  '', '[router]', 'dmz = 192.168.1.20', 'upnp = on', 'forward udp 5060 to 192.168.1.20', '', '[mailbox 101]', 'code = 480613', ''].join('\n');

suite('language features', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await vscode.extensions.getExtension('slguard.slguard')!.activate();
    uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'features.slcfg');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(SITE));
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await until(uri, (c) => c.includes('SL202') && c.includes('SL207'), 'SL202 and SL207');
  });

  test('a quick fix applied through executeCommand removes its finding', async () => {
    const d = ours(uri).find((x) => codeOf(x) === 'SL202')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // (the command's results do not always carry isPreferred / diagnostics; the fix is the action that is not the disable comment)
    const fix = actions.find((a) => !a.title.startsWith('Disable '));
    assert.ok(fix?.edit, `a fix for SL202 among ${actions.map((a) => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await until(uri, (c) => !c.includes('SL202'), 'SL202 gone');
    assert.ok(!doc.getText().includes('dmz = 192.168.1.20'));
  });

  test('fix all applies the safe fixes', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.slguard');
    const all = actions.find((a) => a.kind?.value === 'source.fixAll.slguard');
    assert.ok(all?.edit, 'a fix-all action');
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await until(uri, (c) => !c.includes('SL207'), 'SL207 gone');
  });

  test('hover and completion return what the server says', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(9, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /90-02-03/);
    assert.match(text, /level/);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(9, 0));
    assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '90-02-01'));
  });

  test('a severity setting change takes effect', async () => {
    await until(uri, (c) => c.includes('SL205'), 'SL205');
    const config = vscode.workspace.getConfiguration('slguard');
    await config.update('rules', { SL205: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until(uri, (c) => !c.includes('SL205'), 'SL205 off');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(uri, (c) => c.includes('SL205'), 'SL205 back');
  });
});
