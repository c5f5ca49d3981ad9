// The language server over the real protocol (push model): initialize, diagnostics of every spec example
// equal to the core's (and so the command line's), incremental changes, a burst of changes where only the
// last version is ever published, feature routing, and bad input that must not kill the server.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import { analyze, MAX_TEXT_LENGTH } from '../../../server/src/core/analyze';
import { ruleHref } from '../../../server/src/core/types';
import { ruleLines, SPEC_EXAMPLES, TestClient } from './client';

const examples = fs.readdirSync(SPEC_EXAMPLES).filter((f) => f.endsWith('.slcfg')).sort();
const read = (name: string) => fs.readFileSync(path.join(SPEC_EXAMPLES, name), 'utf8');

/** What the core (and so `slguard check`) reports for a text: unsuppressed findings as `SL201@23`. */
function coreRuleLines(text: string): string[] {
  return analyze(text).findings.filter((f) => !f.suppressed).map((f) => `${f.rule}@${f.span.line + 1}`).sort();
}

/** The typos example: its findings come from the parser and the configuration (SL001, SL003, SL004, SL005). */
const P03 = read('p03-typos.slcfg');
/** A secret of p03 (the 90-02-02 password) that must never appear in a log line. */
const P03_SECRET = '7*4#9*1#';

describe('language server, push diagnostics', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(); });
  after(async () => { await c?.stop(); });

  test('initialize announces incremental sync, the features and no pull diagnostics', () => {
    const caps = (c.initializeResult as InitializeResult).capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(caps.diagnosticProvider, undefined, 'a client without pull support gets pushed diagnostics');
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.slguard']);
    assert.ok(caps.hoverProvider && caps.completionProvider && caps.documentSymbolProvider && caps.foldingRangeProvider && caps.inlayHintProvider);
    assert.equal(c.initializeResult.serverInfo?.name, 'slguard');
  });

  for (const name of examples) {
    test(`${name}: the same rule ids at the same lines as the command line`, async () => {
      const uri = `file:///examples/${name}`;
      const text = read(name);
      const got = c.diagnostics(uri);
      await c.open(uri, text, 1);
      const p = await got;
      assert.equal(p.version, 1);
      // The command line prints exactly the core's unsuppressed findings (test/unit/cli checks those against
      // expected.json), so equal to the core means equal to the command line.
      assert.deepEqual(ruleLines(p.diagnostics), coreRuleLines(text));
      for (const d of p.diagnostics) {
        assert.equal(d.source, 'slguard');
        assert.equal(d.codeDescription?.href, ruleHref(String(d.code)));
        assert.equal((d.data as { rule: string }).rule, d.code);
        assert.equal((d.data as { version: number }).version, 1);
        for (const r of d.relatedInformation ?? []) assert.equal(r.location.uri, uri);
        if (d.code === 'SL005' || d.code === 'SL009') assert.deepEqual(d.tags, [1]);
        else assert.equal(d.tags, undefined);
      }
      await c.close(uri);
    });
  }

  test('severities, related information and fix data are carried over from the findings', async () => {
    const uri = 'file:///t/several.slcfg';
    const text = `${read('p01-factory-sl1100.slcfg')}\n${P03.replace('[site]', '[sitex]')}\n[router]\ndmz = 192.168.1.1\n`;
    const got = c.diagnostics(uri);
    await c.open(uri, text);
    const { diagnostics } = await got;
    const findings = analyze(text).findings.filter((f) => !f.suppressed);
    const sev = { error: 1, warning: 2, information: 3, hint: 4 } as const;
    assert.equal(diagnostics.length, findings.length);
    findings.forEach((f, i) => {
      const d = diagnostics[i];
      assert.equal(d.code, f.rule);
      assert.equal(d.severity, sev[f.severity]);
      assert.equal(d.message, f.message);
      assert.deepEqual(d.range, { start: { line: f.span.line, character: f.span.start }, end: { line: f.span.line, character: f.span.end } });
      assert.deepEqual((d.data as { fix?: unknown }).fix, f.fix);
      assert.equal(d.relatedInformation?.length ?? 0, f.related?.length ?? 0);
    });
    assert.ok(new Set(diagnostics.map((d) => d.severity)).size >= 2, 'the text gives findings of several severities');
    await c.close(uri);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///t/closing.slcfg';
    const first = c.diagnostics(uri);
    await c.open(uri, P03);
    assert.ok((await first).diagnostics.length > 0);
    const cleared = c.diagnostics(uri);
    await c.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  test('an incremental change gives the diagnostics of the new version', async () => {
    const uri = 'file:///t/incremental.slcfg';
    const doc = TextDocument.create(uri, 'nec-sl', 1, P03);
    const v1 = c.diagnostics(uri);
    await c.open(uri, P03, 1);
    assert.ok(ruleLines((await v1).diagnostics).includes('SL004@16'));
    // Line 16 is `90-54-01 = http`: give WebPro a port number.
    const line = 15;
    const col = P03.split('\n')[line].indexOf('http');
    const change = { range: { start: { line, character: col }, end: { line, character: col + 4 } }, text: '18080' };
    TextDocument.update(doc, [change], 2);
    const v2 = c.diagnostics(uri, (p) => p.version === 2);
    await c.change(uri, 2, [change]);
    const got = await v2;
    assert.deepEqual(ruleLines(got.diagnostics), coreRuleLines(doc.getText()));
    assert.ok(!ruleLines(got.diagnostics).includes('SL004@16'));
    assert.ok(got.diagnostics.every((d) => (d.data as { version: number }).version === 2));
    await c.close(uri);
  });

  test('a burst of 1,000 changes: only the final version is ever published, and it matches the final text', async () => {
    const uri = 'file:///t/burst.slcfg';
    const doc = TextDocument.create(uri, 'nec-sl', 1, P03);
    const last = 1_000;
    const final = c.diagnostics(uri, (p) => p.version === last);
    const before = c.publishedFor(uri).length;
    // All sent at once: the server sees every change before any delay can run out.
    const sends = [c.open(uri, P03, 1)];
    for (let v = 2; v <= last; v++) {
      // Alternate between a bad value and a line that overrides it, so the findings differ between versions.
      const lineCount = doc.lineCount;
      const text = v % 2 ? `\n90-54-0${1 + (v % 4 === 1 ? 1 : 0)} = port${v}` : `\n; edit ${v}`;
      const change = { range: { start: { line: lineCount, character: 0 }, end: { line: lineCount, character: 0 } }, text };
      TextDocument.update(doc, [change], v);
      sends.push(c.change(uri, v, [change]));
    }
    await Promise.all(sends);
    const got = await final;
    assert.deepEqual(ruleLines(got.diagnostics), coreRuleLines(doc.getText()));
    // A request round trip after the final publish: anything else pending would have been published by now.
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const all = c.publishedFor(uri).slice(before);
    assert.deepEqual(all.map((p) => p.version), [last], 'no diagnostics of an older version were published');
    await c.close(uri);
  });

  test('hover, completion, code actions, symbols, folding and inlay hints are routed to the features', async () => {
    const uri = 'file:///t/features.slcfg';
    const got = c.diagnostics(uri);
    await c.open(uri, P03);
    const { diagnostics } = await got;
    const td = { uri };
    const pos = { line: 10, character: 2 };
    const hover = await c.request('textDocument/hover', { textDocument: td, position: pos });
    assert.ok(hover === null || typeof hover === 'object');
    const completion = await c.request('textDocument/completion', { textDocument: td, position: { line: 17, character: 0 } });
    assert.ok(Array.isArray(completion) || (typeof completion === 'object' && completion !== null));
    const actions = await c.request('textDocument/codeAction', {
      textDocument: td,
      range: diagnostics[0].range,
      context: { diagnostics: [diagnostics[0]] },
    });
    assert.ok(Array.isArray(actions));
    const fixAll = await c.request('textDocument/codeAction', { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.slguard'] } });
    assert.ok(Array.isArray(fixAll));
    assert.ok(Array.isArray(await c.request('textDocument/documentSymbol', { textDocument: td })));
    assert.ok(Array.isArray(await c.request('textDocument/foldingRange', { textDocument: td })));
    assert.deepEqual(await c.request('textDocument/inlayHint', { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } }), [], 'inlay hints are off by default');
    // A document that is not open gets empty answers, not errors.
    const closed = { uri: 'file:///t/never-opened.slcfg' };
    assert.equal(await c.request('textDocument/hover', { textDocument: closed, position: pos }), null);
    assert.deepEqual(await c.request('textDocument/completion', { textDocument: closed, position: pos }), []);
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: closed, range: diagnostics[0].range, context: { diagnostics: [] } }), []);
    await c.close(uri);
  });

  test('documents of other languages are not checked', async () => {
    const uri = 'file:///t/readme.md';
    await c.open(uri, '# notes\n90-02-02[2] = 12345678\n', 1, 'markdown');
    // Had it been taken, a hover would go to the features; for an unknown document it is null.
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } }), null);
    await c.close(uri);
    assert.equal(c.publishedFor(uri).length, 0);
  });

  test('unknown methods and malformed params do not kill the server', async () => {
    await assert.rejects(c.request('slguard/noSuchRequest', {}), (e: { code?: number }) => e.code === -32601);
    await c.conn.sendNotification('slguard/noSuchNotification', { x: 1 });
    await c.conn.sendNotification('$/noSuchProtocolNotification', {});
    const uri = 'file:///t/malformed.slcfg';
    const opened = c.diagnostics(uri);
    await c.open(uri, P03);
    await opened;
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 'x' } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } }],
      ['textDocument/completion', { textDocument: { uri } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 3, character: -1 } }],
      ['textDocument/codeAction', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ code: 'SL101', data: 'garbage' }, null] } }],
      ['textDocument/documentSymbol', { textDocument: 7 }],
      ['textDocument/inlayHint', { textDocument: { uri } }],
      ['slguard/reviewWorkspace', 'not an object'],
    ];
    for (const [method, params] of bad) {
      try {
        await c.request(method, params);
      } catch (e) {
        // An error answer is acceptable for nonsense; a dead server is not (checked below).
        assert.ok(typeof (e as { code?: unknown }).code === 'number', `${method}: ${(e as Error).message}`);
      }
    }
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///t/x.slcfg', text: 42 } });
    await c.conn.sendNotification('textDocument/didOpen', null);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///t/unknown.slcfg', version: 2 }, contentChanges: [{ text: 'x' }] });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: 'nonsense', text: 5 }] });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: 'nonsense' });
    await c.conn.sendNotification('textDocument/didClose', { textDocument: {} });
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 5, type: 9 }, null] });
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { slguard: { rules: 'all off', run: 7 } } });
    // The server is alive and a full change brings the document back to a known state.
    const recovered = c.diagnostics(uri, (p) => p.version === 4);
    await c.change(uri, 4, [{ text: P03 }]);
    assert.deepEqual(ruleLines((await recovered).diagnostics), coreRuleLines(P03));
    assert.ok(c.running);
    await c.close(uri);
  });

  test('more problems than the editor can show: the most severe 10,000, in file order, and the user is told once', async () => {
    const uri = 'file:///t/hostile.slcfg';
    // 10,500 syntax errors (SL001, errors) after a suppression that lists 300 unknown rule ids (SL009, hints)
    // and a secret: the hints give way to the errors, and the secret never reaches the message.
    const ids = Array.from({ length: 300 }, (_, i) => `SL9${String(i).padStart(3, '0')}`).join(', ');
    const text = `; slguard-disable ${ids} -- x\n[site]\nmodel = SL2100\n[programs]\n90-02-02[2] = ${P03_SECRET}\n${'not a program line\n'.repeat(10_500)}`;
    const total = analyze(text).findings.filter((f) => !f.suppressed).length;
    assert.ok(total > 10_800);
    const shownBefore = c.shown.length;
    const first = c.diagnostics(uri);
    await c.open(uri, text);
    const got = (await first).diagnostics;
    assert.equal(got.length, 10_000);
    // 10,501 errors (the syntax errors and SL302 at the model line) compete for the 10,000 places.
    assert.ok(got.every((d) => d.severity === 1), 'errors are kept before warnings and hints');
    assert.equal(got.filter((d) => d.code === 'SL302').length, 1);
    const lines = got.map((d) => d.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'in file order');
    assert.equal(lines[lines.length - 1], 5 + 9_998, 'the first errors in file order are kept');
    // The notice comes with the first diagnostics; a request round trip makes sure it had time to arrive.
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const notices = c.shown.slice(shownBefore);
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /10,000 most severe of the [\d,]+ problems in hostile\.slcfg; `slguard check` lists them all/);
    assert.ok(notices[0].message.includes(total.toLocaleString('en-US')));
    assert.ok(!notices[0].message.includes(P03_SECRET));
    // An edit: still capped, not told again.
    const second = c.diagnostics(uri, (p) => p.version === 2);
    await c.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '; ' }]);
    assert.equal((await second).diagnostics.length, 10_000);
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(c.shown.length, shownBefore + 1);
    await c.close(uri);
  });

  test('positions out of range: past an end stands for that end, an invalid one gets the empty answer', async () => {
    const uri = 'file:///t/positions.slcfg';
    const text = '[site]\nmodel = SL2100\n[programs]\n90-54-01 = 80\n';
    const lines = text.split('\n');
    const opened = c.diagnostics(uri);
    await c.open(uri, text);
    await opened;
    const errorsBefore = c.logs.filter((l) => l.type === 1).length;
    const ask = (method: string, position: unknown) => c.request(method, { textDocument: { uri }, position });
    const endOfDoc = { line: lines.length - 1, character: 0 };
    // Past the end of the document: as at its end (the empty last line of [programs]), however far.
    const atEnd = await ask('textDocument/completion', endOfDoc);
    assert.ok(Array.isArray(atEnd) && atEnd.length > 0, 'the end of [programs] offers program addresses');
    for (const line of [lines.length, 1_000_000, 2 ** 31]) {
      assert.deepEqual(await ask('textDocument/completion', { line, character: 0 }), atEnd, `line ${line}`);
    }
    // Past the end of a line: as at the end of that line.
    const lineEnd = { line: 3, character: lines[3].length };
    assert.deepEqual(await ask('textDocument/hover', { line: 3, character: 1_000_000 }), await ask('textDocument/hover', lineEnd));
    assert.deepEqual(await ask('textDocument/completion', { line: 3, character: 1_000_000 }), await ask('textDocument/completion', lineEnd));
    // Not a position: negative, fractional, not a number. The address at (3, 0) has a hover; these do not.
    assert.notEqual(await ask('textDocument/hover', { line: 3, character: 0 }), null);
    for (const bad of [{ line: 3, character: -4 }, { line: -1, character: 0 }, { line: 3.5, character: 0 }, { line: 3, character: 0.5 }, { line: '3', character: 0 }, { line: 3 }]) {
      assert.equal(await ask('textDocument/hover', bad), null, JSON.stringify(bad));
      assert.deepEqual(await ask('textDocument/completion', bad), [], JSON.stringify(bad));
      const range = { start: bad, end: { line: 3, character: 4 } };
      assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), [], JSON.stringify(bad));
      assert.deepEqual(await c.request('textDocument/inlayHint', { textDocument: { uri }, range }), [], JSON.stringify(bad));
    }
    // A range that runs far past the end: the whole document's code actions and hints.
    const whole = { start: { line: 0, character: 0 }, end: { line: 2 ** 31, character: 2 ** 31 } };
    const actions = await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    assert.equal(c.logs.filter((l) => l.type === 1).length, errorsBefore, 'nothing was logged as an error');
    await c.close(uri);
  });

  test('a document over the size limit gets one diagnostic, a multi-megabyte line is checked, and other documents keep being served', async () => {
    const huge = 'file:///t/huge.slcfg';
    const longLine = 'file:///t/long-line.slcfg';
    const small = 'file:///t/small.slcfg';
    const hugeText = `[site]\nmodel = SL2100\n; ${'x'.repeat(MAX_TEXT_LENGTH)}\n[programs]\n90-02-02[2] = ${P03_SECRET}\n`;
    const longText = `[site]\nmodel = SL2100\n[programs]\n90-02-01[2] = ${'y'.repeat(4 * 1024 * 1024)}\n90-54-01 = http\n`;
    const got = { huge: c.diagnostics(huge), long: c.diagnostics(longLine), small: c.diagnostics(small) };
    // All three in one go: the large ones first, so the small one waits behind them if anything blocks.
    await Promise.all([c.open(huge, hugeText), c.open(longLine, longText), c.open(small, P03)]);
    const h = (await got.huge).diagnostics;
    assert.equal(h.length, 1);
    assert.equal(h[0].code, 'SL001');
    assert.equal(h[0].range.start.line, 0);
    assert.match(h[0].message, /more than 32 million characters/);
    assert.ok(!h[0].message.includes(P03_SECRET));
    // The 4 MB line is a value too long for a user name (SL004), and the line after it is still read.
    const l = (await got.long).diagnostics;
    assert.deepEqual(ruleLines(l).filter((r) => r.startsWith('SL004')), ['SL004@4', 'SL004@5']);
    assert.deepEqual(ruleLines((await got.small).diagnostics), coreRuleLines(P03));
    // Features still answer for the small document, and for the huge one (nothing to say about it).
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 9, character: 1 } });
    assert.match(hover?.contents.value ?? '', /21-04-01/, 'a hover for the address on line 10');
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: huge }, position: { line: 4, character: 1 } }), null);
    assert.ok(c.running);
    await Promise.all([c.close(huge), c.close(longLine), c.close(small)]);
  });

  test('no log line holds document text', () => {
    for (const l of c.logs) assert.ok(!l.message.includes(P03_SECRET), `a log line holds a secret: ${l.message.slice(0, 80)}`);
    assert.ok(!c.stderr.includes(P03_SECRET));
  });
});

describe('language server, pull diagnostics', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start({ pull: true }); });
  after(async () => { await c?.stop(); });

  interface Report { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] }

  test('initialize announces textDocument/diagnostic', () => {
    assert.deepEqual(c.initializeResult.capabilities.diagnosticProvider, { identifier: 'slguard', interFileDependencies: false, workspaceDiagnostics: false });
  });

  test('diagnostics are pulled, unchanged results say so, and nothing is pushed for the document', async () => {
    const uri = 'file:///pull/p02.slcfg';
    await c.open(uri, P03, 1);
    const r1 = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r1.kind, 'full');
    assert.deepEqual(ruleLines(r1.items!), coreRuleLines(P03));
    assert.ok(r1.items!.every((d) => d.source === 'slguard' && (d.data as { version: number }).version === 1));
    const r2 = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.deepEqual(r2, { kind: 'unchanged', resultId: r1.resultId });

    const fixed = P03.replace('90-54-01 = http', '90-54-01 = 18080');
    await c.change(uri, 2, [{ text: fixed }]);
    const r3 = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r1.resultId });
    assert.equal(r3.kind, 'full');
    assert.notEqual(r3.resultId, r1.resultId);
    assert.deepEqual(ruleLines(r3.items!), coreRuleLines(fixed));
    await c.close(uri);
    // Pushes would have followed the same delay as the pulls above; none came.
    assert.equal(c.publishedFor(uri).length, 0);
  });

  test('a cancelled pull is answered with RequestCancelled', async () => {
    const uri = 'file:///pull/cancel.slcfg';
    await c.open(uri, P03, 1);
    const source = new CancellationTokenSource();
    const p = c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(p, (e: { code?: number }) => e.code === -32800);
    await c.close(uri);
  });

  test('a pull whose document changed meanwhile is dropped and retriggered', async () => {
    const uri = 'file:///pull/stale.slcfg';
    await c.open(uri, P03, 1);
    const stale = c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    await c.change(uri, 2, [{ text: `${P03}\n; more` }]);
    await assert.rejects(stale, (e: { code?: number; data?: { retriggerRequest?: boolean } }) => e.code === -32802 && e.data?.retriggerRequest === true);
    const fresh = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(fresh.items!.every((d) => (d.data as { version: number }).version === 2));
    await c.close(uri);
  });

  test('a pull for a document that is not open is empty', async () => {
    const r = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: 'file:///pull/nope.slcfg' } });
    assert.deepEqual(r, { kind: 'full', items: [] });
  });
});

describe('language server over node-ipc (as the VS Code client starts it)', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start({ transport: 'ipc', pull: true }); });
  after(async () => { await c?.stop(); });

  test('initialize, open, pull diagnostics, shut down', async () => {
    assert.ok(c.initializeResult.capabilities.diagnosticProvider);
    const uri = 'untitled:Untitled-1';
    await c.open(uri, P03);
    const r = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(ruleLines(r.items), coreRuleLines(P03));
    await c.stop();
    assert.equal(c.child.exitCode, 0, 'exit after shutdown is a clean exit');
  });
});
