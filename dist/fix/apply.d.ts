import { type Fix } from './edit.js';
export interface ApplyResult {
    output: string;
    applied: Fix[];
    deferred: Fix[];
}
export declare function applyFixes(text: string, fixes: Fix[]): ApplyResult;
