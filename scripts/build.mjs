// Bundles the three entry points with esbuild. Type errors are caught by `tsc` (npm test / npm run typecheck).
// The two commands of package.json `bin` (dist/cli.js, dist/server.js) get a node shebang and the mode 0755,
// so they run from a shell, through npm's links, as well as with `node FILE`.
import { chmod, readFile } from 'node:fs/promises';
import { build } from 'esbuild';

// pdfkit (the handover sheet's PDF) loads the metrics of its standard fonts at run time through
// createRequire('#standard-fonts/...'), a package-internal import that a bundle cannot resolve. Rewrite those
// calls into plain requires of the package's public `pdfkit/standard-fonts/*` exports so that esbuild bundles
// the metrics (about 200 KB) and dist/ needs no data files. A pdfkit release that loads them differently fails
// the build here instead of the first handover sheet.
// The sheet uses only the standard fonts, so fontkit (the TrueType/OpenType parser, with brotli about 700 KB
// minified) is replaced by a stub that refuses: a call to embed a font file fails loudly instead of bloating
// every command-line start.
const pdfkitStandardFonts = {
  name: 'pdfkit-standard-fonts',
  setup(b) {
    // Always pdfkit's CommonJS build (js/pdfkit.js), the file the rewrite below knows, also for an `import`.
    b.onResolve({ filter: /^pdfkit$/ }, async (args) => {
      if (args.pluginData === 'pdfkit') return undefined;
      const r = await b.resolve('pdfkit', { kind: 'require-call', resolveDir: args.resolveDir, pluginData: 'pdfkit' });
      if (r.errors.length) return { errors: r.errors };
      if (!/[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/.test(r.path)) return { errors: [{ text: `pdfkit resolved to ${r.path}, not js/pdfkit.js` }] };
      return { path: r.path };
    });
    b.onResolve({ filter: /^fontkit$/ }, (args) => (/[\\/]pdfkit[\\/]/.test(args.importer) ? { path: 'fontkit', namespace: 'fontkit-stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'fontkit-stub' }, () => ({
      contents: "module.exports = { create() { throw new Error('only the PDF standard fonts are bundled (fontkit is stubbed in scripts/build.mjs)'); } };",
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      let n = 0;
      const contents = src.replace(/require\$1\('#standard-fonts\/(\w+)'\)/g, (_, font) => { n++; return `require('pdfkit/standard-fonts/${font}')`; });
      if (n < 14) throw new Error(`pdfkit-standard-fonts: expected 14 standard font loaders in ${args.path}, found ${n}`);
      return { contents, loader: 'js' };
    });
  },
};

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [pdfkitStandardFonts],
};
const command = { banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, ...command, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, ...command, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
await Promise.all(['dist/server.js', 'dist/cli.js'].map((f) => chmod(f, 0o755)));
