// npm run fuzz -- --runs N --seed S [--only K] [--save DIR]: runs the fuzzer
// beyond the CI batch. A failing input is written to DIR for a new fixture.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { initParser } from '../../src/parse.js';
import { ROOT } from '../helpers.js';
import { generate, loadSeeds } from './generator.js';
import { checkInput } from './properties.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    only: { type: 'string' },
    save: { type: 'string', default: path.join(ROOT, 'fuzz-failures') },
  },
});

await initParser();
const seeds = loadSeeds(ROOT);
const seed = Number(values.seed);
const indices = values.only ? [Number(values.only)] : Array.from({ length: Number(values.runs) }, (_, i) => i);
let failures = 0;
const started = Date.now();
for (const n of indices) {
  const input = generate(seed, n, seeds);
  const problem = checkInput(input, { unsafeFixes: n % 2 === 0 });
  if (!problem) continue;
  failures++;
  mkdirSync(values.save!, { recursive: true });
  const file = path.join(values.save!, `seed${seed}-input${n}.py`);
  writeFileSync(file, input);
  console.log(`input ${n}: ${problem} (saved to ${file})`);
}
console.log(`${indices.length - failures} passed, ${failures} failed (seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = failures ? 1 : 0;
