// The protocol's names (language id, diagnostics source, fix-all kind, settings section, request names) are
// defined once, in server/src/lsp/requests.ts, which imports nothing, and the client and server use that module.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as names from '../../../server/src/lsp/requests';
import { ROOT } from '../repo';

const NAMES_FILE = path.join(ROOT, 'server', 'src', 'lsp', 'requests.ts');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('the names agree with package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { languages: { id: string }[]; configuration: { properties: Record<string, unknown> } } };
  assert.deepEqual(pkg.contributes.languages.map((l) => l.id), [names.LANGUAGE_ID]);
  assert.ok(Object.keys(pkg.contributes.configuration.properties).every((k) => k.startsWith(`${names.SETTINGS_SECTION}.`)));
  assert.equal(names.FIX_ALL_KIND, `source.fixAll.${names.DIAGNOSTIC_SOURCE}`);
});

test('the names module imports nothing, and no other server or client source spells the names out', () => {
  assert.ok(!/^\s*import\b/m.test(fs.readFileSync(NAMES_FILE, 'utf8')), 'requests.ts has no imports');
  const literals = [names.LANGUAGE_ID, names.FIX_ALL_KIND, names.REVIEW_WORKSPACE_REQUEST, names.GENERATE_CREDENTIALS_REQUEST].map((n) => `'${n}'`);
  const files = [...sources(path.join(ROOT, 'server', 'src', 'lsp')), ...sources(path.join(ROOT, 'client', 'src'))].filter((f) => f !== NAMES_FILE);
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const l of literals) assert.ok(!text.includes(l), `${path.relative(ROOT, f)} spells out ${l}`);
  }
  const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(client, /LANGUAGE_ID,[\s\S]*from '..\/..\/server\/src\/lsp\/requests'/);
});

test('no source file of the language server or the client is over 300 lines', () => {
  for (const f of [...sources(path.join(ROOT, 'server', 'src', 'lsp')), ...sources(path.join(ROOT, 'client', 'src'))]) {
    const lines = fs.readFileSync(f, 'utf8').split('\n').length;
    assert.ok(lines <= 300, `${path.relative(ROOT, f)}: ${lines} lines`);
  }
});
