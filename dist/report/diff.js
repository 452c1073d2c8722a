// --diff: a unified diff of every file --write would change.
import path from 'node:path';
export async function diffReporter(options) {
    const { createTwoFilesPatch } = await import('diff');
    return {
        file(r) {
            if (r.status !== 'changed' || r.before === undefined || r.after === undefined)
                return '';
            const rel = path.relative(options.cwd, r.path) || r.path;
            return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, r.before, r.after, '', '', { context: 3 }).replace(/^(Index: .*\n)?=+\n/, '');
        },
        end: () => '',
    };
}
