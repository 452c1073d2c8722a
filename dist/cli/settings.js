// The settings of a run: paths grouped by the pyproject.toml that configures
// them, and the command line merged over each group's [tool.pysockfix].
import { findConfig, loadConfigFile } from '../config.js';
export function groupByConfig(paths, explicit) {
    if (explicit)
        return [{ config: loadConfigFile(explicit), paths }];
    const groups = new Map();
    for (const p of paths) {
        const config = findConfig(p);
        const key = config?.file ?? '';
        const g = groups.get(key) ?? { config, paths: [] };
        g.paths.push(p);
        groups.set(key, g);
    }
    return [...groups.values()];
}
export function processOptions(opts, config, mode) {
    const c = config?.config ?? {};
    return {
        mode,
        select: opts.select ?? c.select,
        ignore: [...(c.ignore ?? []), ...(opts.ignore ?? [])],
        unsafeFixes: opts.unsafeFixes ?? c['unsafe-fixes'] ?? false,
        targetVersion: opts.targetVersion ?? c['target-version'],
        socketNames: c['socket-names'],
        fixStyle: opts.fixStyle ?? c['fix-style'],
        maxFileSize: opts.maxFileSize || undefined,
        addNoqa: opts.addNoqa,
        reportUnusedSuppressions: opts.reportUnusedSuppressions,
        prefilter: opts.prefilter,
        // Ex) --report report.html   (each fix's changed lines with context, for its diff)
        previews: opts.outputFormat === 'html' || !!opts.report,
        perFileIgnores: config && c['per-file-ignores'] ? { root: config.root, rules: Object.entries(c['per-file-ignores']) } : undefined,
    };
}
