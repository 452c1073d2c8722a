#!/usr/bin/env node
// npm's `prepare`: builds dist/ as `npm run build` does, with TypeScript and
// then the one-file bundle (scripts/bundle.mjs, esbuild), when they are
// installed (a developer's `npm ci`), and otherwise uses the dist/ that is
// committed.
// pre-commit 4 installs a node hook with `npm install -g git+file://...`,
// which installs no devDependencies; the committed dist/ is what it runs, and
// test/dist.test.ts proves that dist/ is what src/ builds to.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
let tsc = null;
try {
  tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  // Ex) npm install -g git+file://... (no devDependencies): use the committed build
}
if (tsc) {
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
  // The launcher runs the bundle, not the modules tsc just wrote: it is made again from them.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
} else if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('pysockfix: dist/ is missing and TypeScript is not installed; run `npm install` with devDependencies');
  process.exit(1);
}
