#!/usr/bin/env node
// `node dist/cli.js`: the ES module entry that scripts and older instructions name. It runs the
// launcher, dist/cli.cjs, which is the package's bin (see cli.cts): as a CommonJS entry it starts
// without Node's ES module loader.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('./cli.cjs');
