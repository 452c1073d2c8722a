// A pool worker: loads the parser once, then handles the chunks of files it is handed.
import { initParser } from '../parse.js';
import { processFile, type FileResult, type ProcessOptions } from './process-file.js';

// Loaded, and the queries compiled, while the first phase screens (which needs no parser): the
// analysis phase then starts at once rather than 40-60 ms later in every worker.
const ready = initParser().then((parser) => {
  for (const name of ['facts', 'semantic']) void parser.captures(name).query;
  return parser;
});

export default async function lintChunk({ files, options }: { files: string[]; options: ProcessOptions }): Promise<FileResult[]> {
  if (!options.screen) await ready;
  return files.map((f) => processFile(f, options));
}
