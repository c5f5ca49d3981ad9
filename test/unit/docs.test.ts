import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ALL_RULES } from '../../server/src/core/rules';
import { ruleHref } from '../../server/src/core/types';
import { ROOT } from './repo';

test('every rule has its documentation page, which the diagnostic links to', () => {
  for (const r of ALL_RULES) {
    const page = path.join(ROOT, 'docs', 'rules', `${r.id}.md`);
    assert.ok(fs.existsSync(page), `missing docs/rules/${r.id}.md`);
    assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# ${r.id}: ${r.name}$`, 'm'));
    assert.ok(ruleHref(r.id).endsWith(`docs/rules/${r.id}.md`));
  }
});
