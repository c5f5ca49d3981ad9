// Settings over the protocol: per-rule severities from workspace/configuration and from a pushed
// didChangeConfiguration, `.slguard.json` at a workspace folder's root winning over them (and its problems
// shown on the file), watched-file changes of that file, `slguard.run: onSave`, and watcher registration.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../../server/src/core/analyze';
import { fileUri, ruleLines, SPEC_EXAMPLES, TestClient } from './client';

/** Findings: SL004@14, SL003@15, SL004@16, SL005@11, SL001@18 (parser and configuration). */
const P03 = fs.readFileSync(path.join(SPEC_EXAMPLES, 'p03-typos.slcfg'), 'utf8');
const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
const hasSL004 = (ds: Diagnostic[]) => codes(ds).includes('SL004');

const clients: TestClient[] = [];
after(async () => { await Promise.all(clients.map((c) => c.stop())); });
async function start(...args: Parameters<typeof TestClient.start>): Promise<TestClient> {
  const c = await TestClient.start(...args);
  clients.push(c);
  return c;
}

describe('per-rule severity from the editor settings', () => {
  test('workspace/configuration is read again on didChangeConfiguration; off removes a rule', async () => {
    const c = await start({ configuration: true, settings: { rules: { SL003: 'warning' } } });
    assert.ok(c.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'registers for configuration changes');
    const uri = 'file:///cfg/a.slcfg';
    const first = c.diagnostics(uri);
    await c.open(uri, P03);
    const d1 = (await first).diagnostics;
    assert.ok(hasSL004(d1));
    assert.equal(d1.find((d) => d.code === 'SL003')?.severity, 2, 'SL003 shown as a warning');

    c.settings = { rules: { SL004: 'off', SL001: 'hint' } };
    const next = c.diagnostics(uri, (p) => !hasSL004(p.diagnostics));
    await c.changeConfiguration(null);
    const d2 = (await next).diagnostics;
    assert.deepEqual(ruleLines(d2), ruleLines(d1).filter((s) => !s.startsWith('SL004')));
    assert.equal(d2.find((d) => d.code === 'SL001')?.severity, 4);
    assert.equal(d2.find((d) => d.code === 'SL003')?.severity, 1, 'back to the default severity');
  });

  test('without workspace/configuration the settings pushed with didChangeConfiguration apply', async () => {
    const c = await start();
    const uri = 'file:///cfg/b.slcfg';
    const first = c.diagnostics(uri);
    await c.open(uri, P03);
    assert.ok(hasSL004((await first).diagnostics));
    const next = c.diagnostics(uri, (p) => !hasSL004(p.diagnostics));
    await c.changeConfiguration({ slguard: { rules: { sl004: 'off' } } });
    await next;
  });

  test('pull model: a configuration change asks the client to pull again', async () => {
    const c = await start({ pull: true, configuration: true, settings: {} });
    const uri = 'file:///cfg/c.slcfg';
    await c.open(uri, P03);
    const r1 = await c.request<{ resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(hasSL004(r1.items));
    c.settings = { rules: { SL004: 'off' } };
    const refreshed = c.nextRefresh();
    await c.changeConfiguration(null);
    await refreshed;
    const r2 = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.equal(r2.kind, 'full');
    assert.ok(!hasSL004(r2.items));
    assert.equal(c.publishedFor(uri).length, 0);
  });
});

describe('.slguard.json at the workspace folder root', () => {
  let dir: string;
  let c: TestClient;
  let settingsUri: string;
  let docUri: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-settings-'));
    fs.writeFileSync(path.join(dir, '.slguard.json'), '{\n  "rules": {\n    "SL004": "hint",\n    "SL999": "off",\n    "SL003": "loud"\n  },\n  "extra": 1\n}\n');
    settingsUri = fileUri(path.join(dir, '.slguard.json'));
    docUri = fileUri(path.join(dir, 'site.slcfg'));
    c = await start({ configuration: true, folders: [dir], settings: { rules: { SL004: 'off', SL001: 'warning' } }, watchesFiles: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('its bad entries are diagnostics on the file itself, at their keys', async () => {
    const p = await c.diagnostics(settingsUri, () => true, { includePast: true });
    const lines = fs.readFileSync(path.join(dir, '.slguard.json'), 'utf8').split('\n');
    const at = (d: Diagnostic) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    assert.deepEqual(p.diagnostics.map(at).sort(), ['"SL003"', '"SL999"', '"extra"']);
    assert.ok(p.diagnostics.every((d) => d.source === 'slguard' && d.severity === 2));
  });

  test('it wins over the editor settings; editor settings still apply to other rules', async () => {
    const got = c.diagnostics(docUri);
    await c.open(docUri, P03);
    const ds = (await got).diagnostics;
    const sl004 = ds.filter((d) => d.code === 'SL004');
    assert.equal(sl004.length, 2, 'SL004 is on: the file says hint, the editor says off');
    assert.ok(sl004.every((d) => d.severity === 4));
    assert.equal(ds.find((d) => d.code === 'SL001')?.severity, 2, 'SL001 from the editor settings');
    assert.equal(ds.find((d) => d.code === 'SL003')?.severity, 1, 'the bad SL003 entry is skipped');
  });

  test('a change of the file on disk is picked up (didChangeWatchedFiles)', async () => {
    fs.writeFileSync(path.join(dir, '.slguard.json'), '{ "rules": { "SL001": "off" } }');
    const cleared = c.diagnostics(settingsUri, (p) => p.diagnostics.length === 0);
    const doc = c.diagnostics(docUri, (p) => !codes(p.diagnostics).includes('SL001') && !hasSL004(p.diagnostics));
    await c.watchedFiles([{ uri: settingsUri, type: 2 }]);
    await cleared;
    await doc;
  });

  test('a file that is not JSON is an error on the file, and the editor settings apply', async () => {
    fs.writeFileSync(path.join(dir, '.slguard.json'), '{ "rules": { "SL001": "off" }\n  oops');
    const bad = c.diagnostics(settingsUri, (p) => p.diagnostics.length === 1);
    const doc = c.diagnostics(docUri, (p) => codes(p.diagnostics).includes('SL001'));
    await c.watchedFiles([{ uri: settingsUri, type: 2 }]);
    const d = (await bad).diagnostics[0];
    assert.equal(d.severity, 1);
    assert.match(d.message, /JSON/);
    assert.ok(!d.message.includes('oops'), 'the message does not need to quote the file');
    await doc;
  });

  test('deleting the file clears its problems and its severities', async () => {
    fs.rmSync(path.join(dir, '.slguard.json'));
    const cleared = c.diagnostics(settingsUri, (p) => p.diagnostics.length === 0);
    const doc = c.diagnostics(docUri, (p) => !hasSL004(p.diagnostics) && p.diagnostics.some((d) => d.code === 'SL001' && d.severity === 2));
    await c.watchedFiles([{ uri: settingsUri, type: 3 }]);
    await cleared;
    await doc;
  });
});

describe('slguard.run: onSave', () => {
  test('push: checked on open and on save, not while typing', async () => {
    const c = await start({ configuration: true, settings: { run: 'onSave' } });
    const uri = 'file:///save/a.slcfg';
    const opened = c.diagnostics(uri);
    await c.open(uri, P03, 1);
    assert.equal((await opened).version, 1);
    await c.change(uri, 2, [{ text: `${P03}\n90-54-02 = nope\n` }]);
    await c.change(uri, 3, [{ text: `${P03}\n90-54-02 = nope\n90-54-01 = nah\n` }]);
    const saved = c.diagnostics(uri);
    await c.save(uri);
    const p = await saved;
    assert.equal(p.version, 3);
    assert.equal(p.diagnostics.filter((d) => d.code === 'SL004').length, analyze(`${P03}\n90-54-02 = nope\n90-54-01 = nah\n`).findings.filter((f) => f.rule === 'SL004').length);
    assert.deepEqual(c.publishedFor(uri).map((q) => q.version), [1, 3], 'nothing published while typing');
  });

  test('pull: a pull while typing returns the report of the saved version', async () => {
    const c = await start({ pull: true, configuration: true, settings: { run: 'onSave' } });
    const uri = 'file:///save/b.slcfg';
    await c.open(uri, P03, 1);
    const r1 = await c.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    await c.change(uri, 2, [{ text: 'garbage line\n' }]);
    const r2 = await c.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.equal(r2.kind, 'unchanged');
    const refreshed = c.nextRefresh();
    await c.save(uri);
    await refreshed;
    const r3 = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.equal(r3.kind, 'full');
    assert.deepEqual(ruleLines(r3.items).filter((r) => r.startsWith('SL0')), ['SL001@1', 'SL010@1']);
  });
});

describe('file watching', () => {
  test('the server registers watchers when the client can take them and does not watch itself', async () => {
    const c = await start({ dynamicWatchers: true, folders: [os.tmpdir()] });
    const reg = await c.registration('workspace/didChangeWatchedFiles');
    assert.deepEqual((reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern), ['**/.slguard.json', '**/*.slcfg']);
  });

  test('no registration when the client watches the files itself (initializationOptions.watchesFiles)', async () => {
    const c = await start({ dynamicWatchers: true, watchesFiles: true, configuration: true, settings: {} });
    assert.ok(!c.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
  });
});

describe('workspace folders', () => {
  test('an added folder brings its .slguard.json; a removed one takes its problems along', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-folders-'));
    try {
      fs.writeFileSync(path.join(dir, '.slguard.json'), '{ "rules": { "SL004": "off", "SL998": "off" } }');
      const c = await start({ configuration: true, settings: {} });
      const docUri = fileUri(path.join(dir, 'x.slcfg'));
      const settingsUri = fileUri(path.join(dir, '.slguard.json'));
      const first = c.diagnostics(docUri);
      await c.open(docUri, P03);
      assert.ok(hasSL004((await first).diagnostics));
      const problems = c.diagnostics(settingsUri, (p) => p.diagnostics.length === 1);
      const without = c.diagnostics(docUri, (p) => !hasSL004(p.diagnostics));
      await c.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: fileUri(dir), name: 'x' }], removed: [] } });
      await problems;
      await without;
      const cleared = c.diagnostics(settingsUri, (p) => p.diagnostics.length === 0);
      const back = c.diagnostics(docUri, (p) => hasSL004(p.diagnostics));
      await c.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: fileUri(dir), name: 'x' }] } });
      await cleared;
      await back;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
