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
/** The spec's examples: shared/ sits beside the project's checkout (as in CI). */
export const SPEC_EXAMPLES = path.resolve(ROOT, '..', 'shared', 'spec', 'examples');
export const EXAMPLES = path.join(ROOT, 'examples');
