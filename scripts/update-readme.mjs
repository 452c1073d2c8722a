// Rewrites the README's rule table from the rules' doc blocks (npm run docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { reasonTable, ruleTable } from '../dist/rules/table.js';

const file = new URL('../README.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const next = text
  .replace(/(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/, `$1${ruleTable()}$2`)
  .replace(/(<!-- reasons:start -->\n)[\s\S]*?(\n<!-- reasons:end -->)/, `$1${reasonTable()}$2`);
writeFileSync(file, next);
