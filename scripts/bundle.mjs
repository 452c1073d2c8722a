// The one-file bundle the `pysockfix` command runs (src/cli.ts): every
// compiled module of dist/ and every dependency but tinypool, in one CommonJS
// file, so that V8 compiles one script, from its code cache, instead of
// loading some sixty modules. `npm run build` makes it after tsc. And the pool
// worker's own bundle, dist/runner/worker.mjs, which tinypool loads in each
// worker thread (run.ts): two workers were ready for their first task in
// 540-1,000 ms with the worker's forty ES modules, 240-330 ms with the bundle.
// An ES module: tinypool loads its worker by import(), which lexes a CommonJS
// file for its exports first (500-700 ms with a CommonJS bundle).
//
// Usage: node scripts/bundle.mjs [DIST]   (DIST defaults to ./dist)
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const outfile = path.join(dist, 'pysockfix.cjs');
const workerOutfile = path.join(dist, 'runner', 'worker.mjs');

// Each module keeps its own import.meta.url (it finds grammars/, package.json
// and the pool's worker by it): its compiled file's URL, from the bundle's
// __dirname, wherever the package is installed.
const ownUrl = (bundleDir, esm = false) => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (path.relative(dist, args.path).startsWith('..')) return undefined;
      const rel = JSON.stringify(path.relative(bundleDir, args.path).split(path.sep).join('/'));
      const text = await readFile(args.path, 'utf8');
      const url = esm ? `new URL(${rel}, import.meta.url).href` : `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${rel})).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
});

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

const common = {
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
};

await build({ ...common, entryPoints: [path.join(dist, 'main.js')], outfile, plugins: [ownUrl(dist), lazyChildProcess] });
await build({
  ...common,
  entryPoints: [path.join(dist, 'runner', 'worker.js')],
  outfile: workerOutfile,
  format: 'esm',
  // The CommonJS modules it holds (web-tree-sitter's build, iconv-lite, ignore) call require() for Node's own
  // modules, and web-tree-sitter reads __dirname (for its WASM, which parse.ts locates itself).
  banner: {
    js: 'import { createRequire as createRequireOfWorker } from "node:module"; import { dirname as dirnameOfWorker } from "node:path"; import { fileURLToPath as pathOfWorker } from "node:url"; const require = createRequireOfWorker(import.meta.url); const __filename = pathOfWorker(import.meta.url); const __dirname = dirnameOfWorker(__filename);',
  },
  plugins: [ownUrl(path.dirname(workerOutfile), true)],
});

// The launcher (cli.ts) wraps the bundle in a function: a #! line would not parse there.
const text = await readFile(outfile, 'utf8');
await writeFile(outfile, text.replace(/^#![^\n]*\n/, ''));
