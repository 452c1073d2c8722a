export function noqaReporter() {
    return {
        file: () => '',
        end(_summary, results) {
            const changed = results.filter((r) => r.status === 'changed');
            const added = changed.reduce((n, r) => n + new Set(r.findings.filter((f) => f.outcome !== 'skipped').map((f) => `${f.location.line}:${f.code}`)).size, 0);
            return `Added ${added} noqa directive${added === 1 ? '' : 's'} to ${changed.length} file${changed.length === 1 ? '' : 's'}.\n`;
        },
    };
}
