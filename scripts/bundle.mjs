// The one-file bundle the `pysockfix` command runs (src/cli.ts): every
// compiled module of dist/ and every dependency but tinypool, in one CommonJS
// file, so that V8 compiles one script, from its code cache, instead of
// loading some sixty modules. `npm run build` makes it after tsc.
//
// Usage: node scripts/bundle.mjs [DIST]   (DIST defaults to ./dist)
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const outfile = path.join(dist, 'pysockfix.cjs');

// Each module keeps its own import.meta.url (it finds grammars/, package.json
// and the pool's worker by it): its compiled file's URL, from the bundle's
// __dirname, wherever the package is installed.
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const rel = path.relative(dist, args.path);
      if (rel.startsWith('..')) return undefined;
      const text = await readFile(args.path, 'utf8');
      const url = `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(rel.split(path.sep).join('/'))})).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

// commander loads node:child_process at the top of its Command class, for executable subcommands,
// which pysockfix has none of: 3.8 ms of every run. It is loaded on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) throw new Error(`${args.path}: commander no longer loads child_process as expected; see scripts/bundle.mjs`);
      const lazy = "let loadedChildProcess; const childProcess = new Proxy({}, { get: (_, key) => (loadedChildProcess ??= require('node:child_process'))[key] });";
      return { contents: text.replace(eager, lazy), loader: 'js' };
    });
  },
};

await build({
  entryPoints: [path.join(dist, 'main.js')],
  outfile,
  // Module keys in the bundle are relative to this: the same for a dist/ built elsewhere (test/dist.test.ts).
  absWorkingDir: dist,
  // Packages from this checkout's node_modules, also for a dist/ built elsewhere (test/dist.test.ts).
  nodePaths: [path.join(root, 'node_modules')],
  // The module keys the bundle holds name node_modules/..., also where node_modules is a symlink (test/dist.test.ts).
  preserveSymlinks: true,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // tinypool finds its worker entry beside its own module: it stays a dependency, loaded by import().
  external: ['tinypool'],
  // web-tree-sitter's CommonJS build: its ES build finds its WASM by import.meta.url.
  alias: { 'web-tree-sitter': path.join(root, 'node_modules', 'web-tree-sitter', 'tree-sitter.cjs') },
  // No path comments, so the bundle is the same wherever dist/ is built (test/dist.test.ts).
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [ownUrl, lazyChildProcess],
});

// The launcher (cli.ts) wraps the bundle in a function: a #! line would not parse there.
const text = await readFile(outfile, 'utf8');
await writeFile(outfile, text.replace(/^#![^\n]*\n/, ''));
