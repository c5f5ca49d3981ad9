// Bundles the three entry points with esbuild. Type errors are caught by `tsc` (npm test / npm run typecheck).
// The two commands of package.json `bin` (dist/cli.js, dist/server.js) get a node shebang and the mode 0755,
// so they run from a shell, through npm's links, as well as with `node FILE`.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};
const command = { banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, ...command, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, ...command, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
await Promise.all(['dist/server.js', 'dist/cli.js'].map((f) => chmod(f, 0o755)));
