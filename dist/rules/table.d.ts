export { reasonTable } from '../model/reasons.js';
export declare function ruleTable(): string;
