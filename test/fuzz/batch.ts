// One slice of a seeded fuzz run, as a vitest suite.
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser } from '../../src/parse.js';
import { generate, loadSeeds } from './generator.js';
import { checkInput } from './properties.js';
import { ROOT } from '../helpers.js';

export function fuzzBatch(seed: number, from: number, to: number): void {
  describe(`fuzz seed ${seed}, inputs ${from}..${to - 1}`, () => {
    let seeds: Buffer[];
    beforeAll(async () => {
      await initParser();
      seeds = loadSeeds(ROOT);
    });
    it('holds every property on every input', () => {
      const failures: string[] = [];
      for (let n = from; n < to; n++) {
        const input = generate(seed, n, seeds);
        const problem = checkInput(input, { unsafeFixes: n % 2 === 0 });
        if (problem) failures.push(`input ${n} (npm run fuzz -- --seed ${seed} --only ${n}): ${problem}`);
      }
      expect(failures).toEqual([]);
    }, 900_000);
  });
}

