// The fixed-seed fuzz batch that CI runs: 5,000 inputs, split over two test
// files so vitest runs them on both cores. `npm run fuzz` runs more.
import { fuzzBatch } from './fuzz/batch.js';

fuzzBatch(20261127, 0, 2500);
