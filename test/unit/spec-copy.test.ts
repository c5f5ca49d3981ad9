// test/fixtures/spec-examples is a copy of ../shared/spec/examples, so that the suite passes in a clone without
// ../shared. When the spec sits beside the checkout, the copy must equal it byte for byte.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SHARED_SPEC_EXAMPLES, SPEC_EXAMPLES } from './repo';

test('test/fixtures/spec-examples equals ../shared/spec/examples byte for byte', (t) => {
  if (!fs.existsSync(SHARED_SPEC_EXAMPLES)) {
    t.skip(`${SHARED_SPEC_EXAMPLES} does not exist here: the copy was not compared with the spec`);
    return;
  }
  const names = (dir: string) => fs.readdirSync(dir).sort();
  assert.deepEqual(names(SPEC_EXAMPLES), names(SHARED_SPEC_EXAMPLES), 'the same file names');
  for (const name of names(SHARED_SPEC_EXAMPLES)) {
    const copy = fs.readFileSync(path.join(SPEC_EXAMPLES, name));
    const spec = fs.readFileSync(path.join(SHARED_SPEC_EXAMPLES, name));
    assert.ok(copy.equals(spec), `${name} differs from the spec's; copy it again: cp ${SHARED_SPEC_EXAMPLES}/* test/fixtures/spec-examples/`);
  }
});
