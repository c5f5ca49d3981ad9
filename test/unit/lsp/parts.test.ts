// The server's parts without the protocol: the analysis cache, the delay, diagnostics conversion, where a
// settings problem points, and how editor settings are read.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { parseSettingsFile } from '../../../server/src/core/settings';
import { formatValue, generateCredentials } from '../../../server/src/lsp/credentials';
import { locateSettingsProblem, toDiagnostics } from '../../../server/src/lsp/diagnostics';
import { Documents } from '../../../server/src/lsp/documents';
import { describeError } from '../../../server/src/lsp/guard';
import { folderOf, toFolder } from '../../../server/src/lsp/paths';
import { readEditorSettings } from '../../../server/src/lsp/settings';
import { delayFor } from '../../../server/src/lsp/validation';

const TYPO = '[site]\nmodel = SL2100\n\n[programs]\n90-54-01 = http\n';

test('one analysis per document version and settings generation', () => {
  let generation = 1;
  const docs = new Documents(() => ({}), () => generation);
  const doc = docs.open('file:///a.slcfg', 'nec-sl', 1, TYPO);
  const a1 = docs.analysis(doc);
  assert.equal(docs.analysis(doc), a1, 'same version: cached');
  assert.equal(docs.cached(doc), a1);
  assert.equal(docs.analyses, 1);
  docs.change(doc.uri, 2, [{ range: { start: { line: 4, character: 11 }, end: { line: 4, character: 15 } }, text: '18080' }]);
  assert.equal(docs.cached(doc), undefined);
  const a2 = docs.analysis(doc);
  assert.notEqual(a2, a1);
  assert.ok(!a2.findings.some((f) => f.rule === 'SL004'));
  generation++;
  assert.equal(docs.cached(doc), undefined, 'a settings change makes the cache stale');
  docs.analysis(doc);
  assert.equal(docs.analyses, 3);
  docs.close(doc.uri);
  assert.equal(docs.get(doc.uri), undefined);
});

test('the delay grows with the size and is capped', () => {
  assert.equal(delayFor(0), 25);
  assert.ok(delayFor(1_000_000) > delayFor(10_000));
  assert.equal(delayFor(1e9), 300);
});

test('suppressed findings are not diagnostics', () => {
  const text = `${TYPO.replace('90-54-01', '; slguard-disable-next-line SL004 -- lab unit\n90-54-01')}`;
  const findings = analyze(text).findings;
  assert.ok(findings.some((f) => f.rule === 'SL004' && f.suppressed));
  assert.ok(!toDiagnostics(findings, 'file:///x.slcfg', 1).some((d) => d.code === 'SL004'));
});

test('settings problems point at their key, or at the JSON error', () => {
  const text = '{\n  "rules": {\n    "SL201": "off",\n    "SL999": "off"\n  },\n  "SL999": 1\n}';
  const { problems } = parseSettingsFile(text);
  const unknown = problems.find((p) => p.path === 'rules.SL999')!;
  assert.deepEqual(locateSettingsProblem(text, unknown), { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } });
  const bad = '{\n  "rules": {,}\n}';
  const [syntax] = parseSettingsFile(bad).problems;
  const r = locateSettingsProblem(bad, syntax);
  assert.equal(r.start.line, 1, `JSON error located on line 2: ${syntax.message}`);
  assert.deepEqual(locateSettingsProblem(null, { path: '', message: 'x' }).start, { line: 0, character: 0 });
});

test('editor settings are read leniently', () => {
  assert.deepEqual(readEditorSettings(undefined).settings, { rules: {}, run: 'onType', reviewWorkspace: false, inlayHints: false });
  const r = readEditorSettings({ rules: { sl004: 'off', SL999: 'off', SL001: 'loud' }, run: 'onSave', reviewWorkspace: true, inlayHints: { enabled: true } });
  assert.deepEqual(r.settings, { rules: { SL004: 'off' }, run: 'onSave', reviewWorkspace: true, inlayHints: true });
  assert.equal(r.problems.length, 2);
  assert.equal(readEditorSettings({ run: 'sometimes', rules: 'all' }).settings.run, 'onType');
});

test('the innermost workspace folder holds a file', () => {
  const outer = toFolder('file:///ws');
  const inner = toFolder('file:///ws/sub');
  assert.equal(folderOf([outer, inner], '/ws/sub/a.slcfg'), inner);
  assert.equal(folderOf([outer, inner], '/ws/a.slcfg'), outer);
  assert.equal(folderOf([outer, inner], '/wsx/a.slcfg'), undefined);
  assert.equal(folderOf([toFolder('untitled:x')], '/ws/a.slcfg'), undefined);
});

test('error log lines drop quoted text', () => {
  let e: unknown;
  try { JSON.parse('{"password": "7*4#9*1#" oops'); } catch (x) { e = x; }
  const line = describeError(e);
  assert.ok(!line.includes('7*4#9*1#'), line);
  assert.match(line, /^SyntaxError: /);
});

test('generated credentials become two program lines for the requested user', () => {
  const fake = { generateUserName: () => 'Ab3$efGh9!', generatePassword: () => '7*4#9*1#' };
  assert.deepEqual(generateCredentials({}, fake), { user: 2, userName: 'Ab3$efGh9!', password: '7*4#9*1#', lines: ['90-02-01[2] = Ab3$efGh9!', '90-02-02[2] = 7*4#9*1#'] });
  assert.equal(generateCredentials(undefined, fake).user, 2);
  assert.equal(generateCredentials({ user: 8 }, fake).lines[1], '90-02-02[8] = 7*4#9*1#');
  for (const user of [1, 9, 2.5, 'two']) assert.throws(() => generateCredentials({ user }, fake), (e: { code?: number }) => e.code === -32602);
  // A value that would read differently unquoted is quoted (FORMAT.md).
  assert.equal(formatValue('"x\\y'), '"\\"x\\\\y"');
  assert.equal(formatValue(' a'), '" a"');
  assert.equal(formatValue('a"b'), 'a"b');
});
