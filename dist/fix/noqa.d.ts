import type { Finding } from '../rules/rule.js';
import type { Edit } from './edit.js';
/** Edits that add `# noqa: CODE` for each finding, one per line, at the line's end. */
export declare function noqaEdits(text: string, findings: Finding[]): Edit[];
