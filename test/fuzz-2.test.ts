// The second half of the CI fuzz batch (fuzz.test.ts has the first).
import { fuzzBatch } from './fuzz/batch.js';

fuzzBatch(20261127, 2500, 5000);
