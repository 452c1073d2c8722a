// --output-format sarif: SARIF 2.1.0 with one result per finding and its fix.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules/index.js';
import { visibleFindings } from './reporter.js';
export function sarifReporter(options) {
    return {
        file: () => '',
        end(_summary, results) {
            const uri = (p) => {
                const rel = path.relative(options.cwd, p);
                return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : pathToFileURL(p).href;
            };
            const doc = {
                $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
                version: '2.1.0',
                runs: [
                    {
                        tool: {
                            driver: {
                                name: 'pysockfix',
                                version: options.version,
                                informationUri: 'https://www.npmjs.com/package/pysockfix',
                                rules: RULES.map((r) => ({
                                    id: r.meta.code,
                                    name: r.meta.name,
                                    shortDescription: { text: r.meta.summary.replace(/`/g, '') },
                                    fullDescription: { text: r.meta.doc.split('\n')[1] ?? r.meta.summary },
                                    help: { text: r.meta.doc, markdown: r.meta.doc },
                                    defaultConfiguration: { level: 'warning' },
                                })),
                            },
                        },
                        columnKind: 'unicodeCodePoints',
                        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd + path.sep).href } },
                        results: results.flatMap((r) => visibleFindings(r, options).map((f) => ({
                            ruleId: f.code,
                            ruleIndex: RULES.findIndex((x) => x.meta.code === f.code),
                            level: f.outcome === 'skipped' ? 'note' : 'warning',
                            message: { text: f.message },
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
                                        region: { startLine: f.location.line, startColumn: f.location.column, endLine: f.end.line, endColumn: f.end.column },
                                    },
                                },
                            ],
                            properties: { outcome: f.outcome, ...(f.reason ? { reason: f.reason } : {}), receiver: f.receiver },
                            ...(f.fix
                                ? {
                                    fixes: [
                                        {
                                            description: { text: `${f.fix.title} (${f.fix.applicability})` },
                                            artifactChanges: [
                                                {
                                                    artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
                                                    replacements: f.fix.edits.map((e) => ({
                                                        deletedRegion: {
                                                            startLine: e.location.line,
                                                            startColumn: e.location.column,
                                                            endLine: e.end_location.line,
                                                            endColumn: e.end_location.column,
                                                        },
                                                        insertedContent: { text: e.text },
                                                    })),
                                                },
                                            ],
                                        },
                                    ],
                                }
                                : {}),
                        }))),
                    },
                ],
            };
            return `${JSON.stringify(doc, null, 2)}\n`;
        },
    };
}
