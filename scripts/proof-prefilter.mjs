#!/usr/bin/env node
// The prefilters only skip work, on any tree: a run with them and a run with
// `--no-prefilter` give the same JSON, byte for byte (test/prefilter.test.ts
// holds this in CI for the standard library, the fixtures and the code-only
// lexer's edges). This script asks it of other trees: by default the labelled
// corpus's six projects, laid out by ../shared/corpus/sources.py in
// ~/.cache/pysockfix-corpus/ (fetched sources: never in CI or a test).
//
//   npm run proof:prefilter                      # the corpus's projects
//   npm run proof:prefilter -- DIR [DIR ...]     # any trees
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(homedir(), '.cache', 'pysockfix-corpus');

let trees = process.argv.slice(2);
if (!trees.length) {
  if (!existsSync(CORPUS)) {
    console.error(`no trees given and no corpus in ${CORPUS} (lay it out with ../shared/corpus/sources.py, see its README)`);
    process.exit(2);
  }
  trees = readdirSync(CORPUS).sort().map((n) => path.join(CORPUS, n));
}

function run(tree, extra) {
  const r = spawnSync(process.execPath, [CLI, tree, '--no-respect-gitignore', '--output-format', 'json', '--show-skipped', '--no-cache', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  // Exit 2 with a report: some files could not be read or decoded (CPython's lib holds a few on purpose).
  if (r.status === null || r.status > 2 || !r.stdout.startsWith('{')) throw new Error(`${tree}: exit ${r.status}\n${r.stderr}`);
  return { code: r.status, out: r.stdout };
}

let differ = 0;
for (const tree of trees) {
  const fast = run(tree, []);
  const full = run(tree, ['--no-prefilter']);
  const doc = JSON.parse(fast.out);
  const same = fast.code === full.code && fast.out === full.out;
  if (!same) differ++;
  console.log(`${same ? 'same' : 'DIFFERENT'}  ${tree}: ${doc.files.length} files, ${doc.diagnostics.length} diagnostics`);
}
console.log(`${trees.length} trees, ${differ} with a different result`);
process.exit(differ ? 1 : 0);
