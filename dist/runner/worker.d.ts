import { type FileResult, type ProcessOptions } from './process-file.js';
export default function lintChunk({ files, options }: {
    files: string[];
    options: ProcessOptions;
}): Promise<FileResult[]>;
