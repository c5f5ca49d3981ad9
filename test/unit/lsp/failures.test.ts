// When the analysis itself throws (a bug in the core), the editor must say so for that file: one error
// diagnostic at line 1 asking for a report, never the stale previous result; the workspace review counts the
// file as not checked. The failure is injected into the server (servers/throwing.ts), over the real protocol.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../../server/src/core/analyze';
import { internalErrorDiagnostic } from '../../../server/src/lsp/diagnostics';
import { fileUri, ruleLines, THROWING_SERVER, TestClient } from './client';
import { THROW_MARKER, THROWN_DETAIL } from './servers/throwing';
import { ROOT } from '../repo';

const GOOD = '[site]\nmodel = SL2100\n[programs]\n90-54-01 = http\n';
const BAD = `[site]\nmodel = SL2100\n; ${THROW_MARKER}\n[programs]\n90-02-02[2] = 7*4#9*1#\n`;
const core = (text: string) => analyze(text).findings.filter((f) => !f.suppressed).map((f) => `${f.rule}@${f.span.line + 1}`).sort();

function assertInternalError(diagnostics: Diagnostic[], text: string): void {
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  const [d] = diagnostics;
  assert.equal(d.source, 'slguard');
  assert.equal(d.code, 'internal-error');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: text.split('\n')[0].length } });
  assert.match(d.message, /could not check this file/);
  assert.match(d.message, /report it/);
  assert.ok(!d.message.includes(THROWN_DETAIL) && !d.message.includes('7*4#') && !d.message.includes(THROW_MARKER), 'no document text or error detail');
}

test('the issues address of the internal-error diagnostic is the repository of package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
  assert.equal(internalErrorDiagnostic('x').codeDescription?.href, `${pkg.repository.url}/issues`);
});

describe('an analysis that throws, push diagnostics', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start({ server: THROWING_SERVER }); });
  after(async () => { await c?.stop(); });

  test('an edit that makes the analysis throw replaces the previous result with one internal-error diagnostic', async () => {
    const uri = 'file:///t/throws.slcfg';
    const first = c.diagnostics(uri, (p) => p.version === 1);
    await c.open(uri, GOOD, 1);
    assert.deepEqual(ruleLines((await first).diagnostics), core(GOOD));
    const second = c.diagnostics(uri, (p) => p.version === 2);
    await c.change(uri, 2, [{ text: BAD }]);
    assertInternalError((await second).diagnostics, BAD);
    // Features answer (with nothing), the server lives, and a good version is checked again.
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }), null);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    const third = c.diagnostics(uri, (p) => p.version === 3);
    await c.change(uri, 3, [{ text: GOOD }]);
    assert.deepEqual(ruleLines((await third).diagnostics), core(GOOD));
    assert.ok(c.running);
    await c.close(uri);
  });

  test('a document that throws when opened gets the diagnostic too; the failure is logged without document text', async () => {
    const uri = 'file:///t/throws-at-open.slcfg';
    const got = c.diagnostics(uri);
    await c.open(uri, BAD, 1);
    assertInternalError((await got).diagnostics, BAD);
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const errors = c.logs.filter((l) => l.type === 1 && l.message.includes('throws-at-open.slcfg'));
    assert.ok(errors.length >= 1, 'the failure is logged');
    for (const l of c.logs) assert.ok(!l.message.includes('7*4#'), l.message);
    await c.close(uri);
  });
});

describe('an analysis that throws, pull diagnostics', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start({ server: THROWING_SERVER, pull: true }); });
  after(async () => { await c?.stop(); });

  test('the pulled report is the one internal-error diagnostic', async () => {
    const uri = 'file:///pull/throws.slcfg';
    await c.open(uri, BAD, 1);
    const r = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r.kind, 'full');
    assertInternalError(r.items, BAD);
    await c.close(uri);
  });
});

describe('an analysis that throws, workspace review', () => {
  let dir: string;
  let c: TestClient;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-throws-'));
    fs.writeFileSync(path.join(dir, 'good.slcfg'), GOOD);
    fs.writeFileSync(path.join(dir, 'bad.slcfg'), BAD);
    c = await TestClient.start({ server: THROWING_SERVER, configuration: true, folders: [dir], watchesFiles: true });
  });
  after(async () => {
    await c?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the file is counted as not checked and shows the internal-error diagnostic; the others are checked', async () => {
    const summary = await c.request<{ files: number; notChecked: number; problems: number }>('slguard/reviewWorkspace');
    assert.equal(summary.files, 1);
    assert.equal(summary.notChecked, 1);
    assert.equal(summary.problems, core(GOOD).length);
    const bad = await c.diagnostics(fileUri(path.join(dir, 'bad.slcfg')), () => true, { includePast: true });
    assertInternalError(bad.diagnostics, BAD);
    const good = await c.diagnostics(fileUri(path.join(dir, 'good.slcfg')), () => true, { includePast: true });
    assert.deepEqual(ruleLines(good.diagnostics), core(GOOD));
  });
});
