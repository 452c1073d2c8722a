import { type LoadedConfig } from '../config.js';
import type { ProcessOptions } from '../runner/process-file.js';
import type { CliOptions } from './args.js';
export interface Group {
    config: LoadedConfig | null;
    paths: string[];
}
export declare function groupByConfig(paths: string[], explicit: string | undefined): Group[];
export declare function processOptions(opts: CliOptions, config: LoadedConfig | null, mode: ProcessOptions['mode']): ProcessOptions;
