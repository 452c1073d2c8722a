// A pool worker: loads the parser once, then handles the chunks of files it is handed.
import { initParser } from '../parse.js';
import { processFile } from './process-file.js';
export default async function lintChunk({ files, options }) {
    if (!options.screen)
        await initParser();
    return files.map((f) => processFile(f, options));
}
