// Smoke test: VS Code came up with the fixture workspace, knows the extension, and maps
// *.slcfg to the nec-sl language. Nothing here needs the language server.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'slguard.slguard';

suite('smoke', () => {
  test('the fixture workspace is open', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'exactly one workspace folder');
    const expected = process.env.SLGUARD_E2E_WORKSPACE;
    if (expected) assert.strictEqual(path.resolve(folders[0].uri.fsPath), path.resolve(expected));
    const files = await vscode.workspace.findFiles('**/*.slcfg');
    assert.ok(files.length >= 2, `fixture .slcfg files in the workspace, found ${files.length}`);
  });

  test(`the extension ${EXTENSION_ID} is present`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
  });

  test('a .slcfg file opens as nec-sl', async () => {
    const [uri] = await vscode.workspace.findFiles('**/p02-dental-office.slcfg');
    assert.ok(uri, 'p02-dental-office.slcfg in the workspace');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'nec-sl');
  });
});
