#!/usr/bin/env node
// Refreshes grammars/python/tree-sitter-python.wasm from the npm tarball of the
// version pinned in grammars/python/tree-sitter-python.json, and checks its hash.
// The grammar is vendored because the tree-sitter-python package carries a
// native install script (node-gyp-build, node-addon-api) for a binding we never
// load; `npm pack` downloads the tarball without running any script.
//
//   node scripts/refresh-grammar.mjs            check the vendored file against the pin
//   node scripts/refresh-grammar.mjs --fetch    download the pinned tarball and compare
//   node scripts/refresh-grammar.mjs --fetch --update
//                                               take the tarball's file and record its hash
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'grammars', 'python');
const pinFile = path.join(dir, 'tree-sitter-python.json');
const pin = JSON.parse(readFileSync(pinFile, 'utf8'));
const vendored = path.join(dir, pin.file);
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const args = new Set(process.argv.slice(2));

if (!args.has('--fetch')) {
  const got = sha256(vendored);
  if (got !== pin.sha256) {
    console.error(`${pin.file}: sha256 ${got} does not match the pin ${pin.sha256}`);
    process.exit(1);
  }
  console.log(`${pin.file}: ${pin.package}@${pin.version}, sha256 matches`);
  process.exit(0);
}

const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-grammar-'));
try {
  const spec = `${pin.package}@${args.has('--update') && process.env.GRAMMAR_VERSION ? process.env.GRAMMAR_VERSION : pin.version}`;
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', work, '--json', '--loglevel=error', '--ignore-scripts'], { encoding: 'utf8' });
  const [{ filename, version }] = JSON.parse(out);
  execFileSync('tar', ['-xzf', path.join(work, filename), '-C', work, `package/${pin.file}`, 'package/LICENSE']);
  const fetched = path.join(work, 'package', pin.file);
  const got = sha256(fetched);
  if (args.has('--update')) {
    copyFileSync(fetched, vendored);
    copyFileSync(path.join(work, 'package', 'LICENSE'), path.join(dir, 'LICENSE.tree-sitter-python'));
    writeFileSync(pinFile, `${JSON.stringify({ ...pin, version, sha256: got }, null, 2)}\n`);
    console.log(`${pin.file}: now ${pin.package}@${version}, sha256 ${got}`);
  } else if (got !== pin.sha256 || sha256(vendored) !== got) {
    console.error(`${spec}: the tarball's ${pin.file} (sha256 ${got}) differs from the pin or the vendored file`);
    process.exit(1);
  } else {
    console.log(`${spec}: the tarball's ${pin.file} matches the vendored file and the pin`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
