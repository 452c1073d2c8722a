// A pool worker: loads the parser once, then handles the chunks of files it is handed.
import { initParser } from '../parse.js';
import { processFile, type FileResult, type ProcessOptions } from './process-file.js';

export default async function lintChunk({ files, options }: { files: string[]; options: ProcessOptions }): Promise<FileResult[]> {
  if (!options.screen) await initParser();
  return files.map((f) => processFile(f, options));
}
