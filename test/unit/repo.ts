// Locations the tests need, valid both from test/unit (esbuild bundles) and out/test/unit (tsc output).
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(...starts: string[]): string {
  for (const from of starts) {
    for (let dir = from; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'tsconfig.json'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`no project root above ${starts.join(' or ')}`);
}

/** The project root: above the test file, or (for a test bundled elsewhere) above the working folder. */
export const ROOT = findRoot(__dirname, process.cwd());
export const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The project's copy of the spec's examples, so that the tests pass in a clone without ../shared. */
export const SPEC_EXAMPLES = path.join(ROOT, 'test', 'fixtures', 'spec-examples');
/** The spec's own examples, when shared/ sits beside the checkout (as in CI); the copy is checked against them. */
export const SHARED_SPEC_EXAMPLES = path.resolve(ROOT, '..', 'shared', 'spec', 'examples');
export const EXAMPLES = path.join(ROOT, 'examples');
