// A pool worker: loads the parser once, then handles the chunks of files it is handed.
import { initParser } from '../parse.js';
import { processFile, type FileResult, type ProcessOptions } from './process-file.js';

// Loaded while the first phase screens (which needs no parser): the analysis phase then starts at once.
// (Its queries are compiled only for a file longer than facts.ts's CAPTURE_WINDOW: tree-sitter's walk finds the rest.)
const ready = initParser();

export default async function lintChunk({ files, options }: { files: string[]; options: ProcessOptions }): Promise<FileResult[]> {
  if (!options.screen) await ready;
  return files.map((f) => processFile(f, options));
}
