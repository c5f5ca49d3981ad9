// Locations the tests need, valid both from test/unit (esbuild bundles) and out/test/unit (tsc output).
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'server'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no project root above ${from}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The spec's examples: shared/ sits beside the project's checkout (as in CI). */
export const SPEC_EXAMPLES = path.resolve(ROOT, '..', 'shared', 'spec', 'examples');
export const EXAMPLES = path.join(ROOT, 'examples');
