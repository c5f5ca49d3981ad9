// What `vsce package` would otherwise stop and ask about at a terminal ("Do you want to continue? [y/N]"). The
// package script passes --skip-license, --allow-missing-repository and --allow-star-activation so that it can
// never wait for a keypress; these checks keep the reasons for those questions from coming back unnoticed.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './repo';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  repository?: unknown;
  activationEvents?: string[];
  scripts: Record<string, string>;
};

test('LICENSE exists and is the licence package.json names', () => {
  assert.equal(pkg.license, 'MIT');
  const text = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
  assert.match(text, /^MIT License\n/);
  assert.match(text, /Copyright \(c\) \d{4} SL Guard contributors/);
});

test('package.json has a repository and no "*" activation', () => {
  assert.ok(pkg.repository);
  assert.ok(!(pkg.activationEvents ?? []).includes('*'));
});

test('the package script cannot stop at a vsce prompt', () => {
  for (const flag of ['--skip-license', '--allow-missing-repository', '--allow-star-activation']) {
    assert.ok(pkg.scripts.package.includes(flag), `package script lacks ${flag}`);
  }
});
