// The spec's examples (the copy in test/fixtures/spec-examples) through the built command line, compared exactly with
// expected.json: rule and line of every unsuppressed finding, and of every suppressed one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CLI, EXAMPLES, SPEC_EXAMPLES } from '../repo';

interface Expected { findings: [string, number][]; suppressed?: [string, number][] }

function sarifResults(file: string) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', '--fail-on', 'none', file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).runs[0].results as { ruleId: string; suppressions?: unknown[]; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
}

const key = ([rule, line]: [string, number]) => `${rule}@${line}`;

for (const [dir, label] of [[SPEC_EXAMPLES, 'spec example'], [EXAMPLES, 'bundled example']] as const) {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.slcfg')).sort();
  test(`every ${label} has expectations`, () => {
    assert.deepEqual(files, Object.keys(expected).filter((k) => !k.startsWith('_')).sort());
  });
  for (const name of files) {
    test(`${label} ${name} gives exactly the expected findings`, () => {
      const results = sarifResults(path.join(dir, name));
      const got = results.filter((r) => !r.suppressions).map((r) => `${r.ruleId}@${r.locations[0].physicalLocation.region.startLine}`).sort();
      const sup = results.filter((r) => r.suppressions).map((r) => `${r.ruleId}@${r.locations[0].physicalLocation.region.startLine}`).sort();
      assert.deepEqual(got, expected[name].findings.map(key).sort());
      assert.deepEqual(sup, (expected[name].suppressed ?? []).map(key).sort());
    });
  }
}
