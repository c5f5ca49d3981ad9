// Whole-workspace review over the protocol: files on disk that were never opened get diagnostics, kept current
// on didChangeWatchedFiles, cleared when deleted; open documents take over from the disk; the review request.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../../server/src/core/analyze';
import { fileUri, ruleLines, SPEC_EXAMPLES, TestClient } from './client';

const P03 = fs.readFileSync(path.join(SPEC_EXAMPLES, 'p03-typos.slcfg'), 'utf8');
const BAD_PORT = '[site]\nmodel = SL2100\n\n[programs]\n90-54-01 = http\n';
const core = (text: string) => analyze(text).findings.filter((f) => !f.suppressed).map((f) => `${f.rule}@${f.span.line + 1}`).sort();

interface Summary { folders: number; files: number; problems: number; notChecked: number; truncated: boolean; superseded: boolean }

function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-ws-'));
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('a.slcfg', P03);
  put('sites/b.slcfg', BAD_PORT);
  put('node_modules/pkg/c.slcfg', BAD_PORT);
  put('.git/d.slcfg', BAD_PORT);
  put('notes.txt', BAD_PORT);
  put('binary.slcfg', 'model = \u0000\u0001');
  return dir;
}

const clients: TestClient[] = [];
const dirs: string[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.stop()));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('slguard.reviewWorkspace: true', () => {
  let dir: string;
  let c: TestClient;
  const uri = (rel: string) => fileUri(path.join(dir, rel));
  before(async () => {
    dir = makeWorkspace();
    dirs.push(dir);
    c = await TestClient.start({ configuration: true, folders: [dir], settings: { reviewWorkspace: true }, watchesFiles: true });
    clients.push(c);
  });

  test('every *.slcfg in the folder gets diagnostics without being opened; node_modules and .git are skipped', async () => {
    const a = await c.diagnostics(uri('a.slcfg'), () => true, { includePast: true });
    const b = await c.diagnostics(uri('sites/b.slcfg'), () => true, { includePast: true });
    assert.deepEqual(ruleLines(a.diagnostics), core(P03));
    assert.deepEqual(ruleLines(b.diagnostics), core(BAD_PORT));
    assert.equal(a.version, undefined, 'a file on disk has no document version');
    assert.ok(a.diagnostics.every((d) => d.source === 'slguard' && (d.data as { version: number }).version === -1));
    // The review request runs a whole review and answers when it is done.
    const summary = await c.request<Summary>('slguard/reviewWorkspace');
    assert.deepEqual(summary, { folders: 1, files: 2, problems: a.diagnostics.length + b.diagnostics.length, notChecked: 1, truncated: false, superseded: false });
    for (const skipped of ['node_modules/pkg/c.slcfg', '.git/d.slcfg', 'notes.txt', 'binary.slcfg']) {
      assert.equal(c.publishedFor(uri(skipped)).filter((p) => p.diagnostics.length).length, 0, skipped);
    }
  });

  test('a file created on disk is reviewed (didChangeWatchedFiles)', async () => {
    fs.writeFileSync(path.join(dir, 'sites', 'new.slcfg'), BAD_PORT);
    const got = c.diagnostics(uri('sites/new.slcfg'));
    await c.watchedFiles([{ uri: uri('sites/new.slcfg'), type: 1 }]);
    assert.deepEqual(ruleLines((await got).diagnostics), core(BAD_PORT));
  });

  test('a file changed on disk is reviewed again', async () => {
    const fixed = BAD_PORT.replace('http', '18080');
    fs.writeFileSync(path.join(dir, 'sites', 'b.slcfg'), fixed);
    const got = c.diagnostics(uri('sites/b.slcfg'));
    await c.watchedFiles([{ uri: uri('sites/b.slcfg'), type: 2 }]);
    assert.deepEqual(ruleLines((await got).diagnostics), core(fixed));
  });

  test('files in skipped folders stay unreviewed when they change', async () => {
    const got = c.diagnostics(uri('sites/new.slcfg'));
    await c.watchedFiles([{ uri: uri('node_modules/pkg/c.slcfg'), type: 2 }, { uri: uri('sites/new.slcfg'), type: 2 }]);
    await got; // processed in order: the node_modules change came first and published nothing
    assert.equal(c.publishedFor(uri('node_modules/pkg/c.slcfg')).length, 0);
  });

  test('a deleted file has its diagnostics cleared', async () => {
    fs.rmSync(path.join(dir, 'sites', 'new.slcfg'));
    const cleared = c.diagnostics(uri('sites/new.slcfg'));
    await c.watchedFiles([{ uri: uri('sites/new.slcfg'), type: 3 }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  test('an open document shows its buffer, and the disk again once closed', async () => {
    const edited = `${P03}\n90-54-02 = nope\n`;
    const opened = c.diagnostics(uri('a.slcfg'), (p) => p.version === 1);
    await c.open(uri('a.slcfg'), edited, 1);
    assert.deepEqual(ruleLines((await opened).diagnostics), core(edited));
    // While open, a change on disk does not replace the buffer's diagnostics.
    const n = c.publishedFor(uri('a.slcfg')).length;
    await c.watchedFiles([{ uri: uri('a.slcfg'), type: 2 }]);
    await c.request('textDocument/hover', { textDocument: { uri: uri('a.slcfg') }, position: { line: 0, character: 0 } });
    assert.equal(c.publishedFor(uri('a.slcfg')).length, n);
    const closed = c.diagnostics(uri('a.slcfg'));
    await c.close(uri('a.slcfg'));
    const p = await closed;
    assert.equal(p.version, undefined);
    assert.deepEqual(ruleLines(p.diagnostics), core(P03));
  });

  test('deleting a folder clears every file below it', async () => {
    fs.rmSync(path.join(dir, 'sites'), { recursive: true });
    const cleared = c.diagnostics(uri('sites/b.slcfg'), (p) => p.diagnostics.length === 0);
    await c.watchedFiles([{ uri: uri('sites'), type: 3 }]);
    await cleared;
  });

  test('turning the setting off clears the review', async () => {
    c.settings = { reviewWorkspace: false };
    const cleared = c.diagnostics(uri('a.slcfg'), (p) => p.diagnostics.length === 0);
    await c.changeConfiguration(null);
    await cleared;
  });
});

describe('slguard.reviewWorkspace: false', () => {
  test('nothing is reviewed until the review request; then files are kept current', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const c = await TestClient.start({ configuration: true, folders: [dir], settings: {} });
    clients.push(c);
    const a = fileUri(path.join(dir, 'a.slcfg'));
    // A request round trip: the start-up review (if there were one) would have begun by now.
    await c.request('textDocument/hover', { textDocument: { uri: a }, position: { line: 0, character: 0 } });
    assert.equal(c.publishedFor(a).length, 0);
    const got = c.diagnostics(a);
    const summary = await c.request<Summary>('slguard/reviewWorkspace');
    assert.equal(summary.files, 2);
    assert.deepEqual(ruleLines((await got).diagnostics), core(P03));
    // A settings change reviews the requested folders again rather than dropping them.
    c.settings = { rules: { SL004: 'off' } };
    const again = c.diagnostics(a);
    await c.changeConfiguration(null);
    const p = await again;
    assert.ok(p.diagnostics.length > 0 && !p.diagnostics.some((d) => d.code === 'SL004'));
    fs.rmSync(path.join(dir, 'a.slcfg'));
    const cleared = c.diagnostics(a);
    await c.watchedFiles([{ uri: a, type: 3 }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});

describe('workspace review with pull diagnostics', () => {
  test('disk diagnostics are pushed, and cleared when the file is opened so that only pulls show it', async () => {
    const dir = makeWorkspace();
    dirs.push(dir);
    const c = await TestClient.start({ pull: true, configuration: true, folders: [dir], settings: { reviewWorkspace: true } });
    clients.push(c);
    const a = fileUri(path.join(dir, 'a.slcfg'));
    assert.ok((await c.diagnostics(a, () => true, { includePast: true })).diagnostics.length > 0);
    const cleared = c.diagnostics(a, (p) => p.diagnostics.length === 0);
    await c.open(a, BAD_PORT);
    await cleared;
    const r = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: a } });
    assert.deepEqual(ruleLines(r.items), core(BAD_PORT));
    const back = c.diagnostics(a, (p) => p.diagnostics.length > 0);
    await c.close(a);
    assert.deepEqual(ruleLines((await back).diagnostics), core(P03));
  });
});
