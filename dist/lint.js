// The pure core: source text in, findings and fixed text out. No I/O, and no
// exception escapes: every failure comes back as a value in `errors`.
import { codeText, lineAt, lineStarts } from './code-text.js';
import { previewOf } from './fix/preview.js';
import { collectFacts } from './analysis/facts.js';
import { OrderFacts } from './analysis/order.js';
import { ProvenanceResolver } from './analysis/provenance.js';
import { applyFixes } from './fix/apply.js';
import { detectIndentUnit } from './fix/render.js';
import { countErrorNodes, loadedParser, parseErrorCount } from './parse.js';
import { RULES } from './rules/index.js';
import { now } from './clock.js';
import { decodeSource } from './source.js';
import { noqaEdits } from './fix/noqa.js';
import { findSuppressions, isSuppressed, skipFile } from './suppressions.js';
import { holdsSockAnyCase } from './text-search.js';
/** Passes of fix-then-reanalyse: each applies at least one fix, so a file's findings bound them too (ruff uses 100). */
const MAX_PASSES = 100;
export function ruleEnabled(code, options) {
    const selected = !options.select?.length || options.select.some((s) => code.startsWith(s.toUpperCase()) || s.toUpperCase() === 'ALL');
    const ignored = options.ignore?.some((s) => code.startsWith(s.toUpperCase()) || s.toUpperCase() === 'ALL') ?? false;
    return selected && !ignored;
}
function positionFinder(text) {
    const starts = lineStarts(text);
    return (offset) => {
        const line = lineAt(starts, offset);
        // Columns count characters (code points), as ruff's do.
        const column = [...text.slice(starts[line], offset)].length + 1;
        return { line: line + 1, column };
    };
}
/**
 * Python ends a line at `\n`, `\r\n` or a lone `\r`; the grammar and the
 * rules know the first two. A lone `\r` becomes `\n` for the analysis (the
 * same length, so every offset holds), and the lines a fix inserts there end
 * in `\r` again (lonelyCarriageReturns).
 */
export function linesForAnalysis(text) {
    return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
/** A fix's new lines, ending as the original line at `pos` ends: `\r` where that is a lone `\r`. */
function lonelyCarriageReturns(original, findings) {
    for (const f of findings) {
        for (const e of f.fix?.edits ?? []) {
            if (!e.text.includes('\n'))
                continue;
            let i = e.start;
            while (i < original.length && original[i] !== '\r' && original[i] !== '\n')
                i++;
            if (i === original.length)
                for (i = e.start - 1; i >= 0 && original[i] !== '\r' && original[i] !== '\n'; i--)
                    ;
            if (i >= 0 && original[i] === '\r' && original[i + 1] !== '\n')
                e.text = e.text.replace(/\n/g, '\r');
        }
    }
}
function analyze(parser, original, rules, options, timings, first = false) {
    const t0 = now();
    const text = linesForAnalysis(original);
    // Ex) a test module the project model parsed for a caller's question: its tree and facts, not a second parse
    const lent = first ? (options.project?.borrow?.(text) ?? null) : null;
    const tree = lent?.tree ?? parser.parse(text);
    const t1 = now();
    if (timings)
        timings.parse += t1 - t0;
    if (!tree)
        return null;
    let facts = null;
    try {
        facts = lent?.facts ?? collectFacts(tree, parser.captures('facts'), text);
        const patched = options.moduleName && options.patchedModules?.includes(options.moduleName)
            ? `${options.moduleName}.socket is replaced elsewhere in the project (a test double may lack shutdown())`
            : null;
        const provenance = new ProvenanceResolver(facts, patched, new Set(options.calledCallbacks ?? []), options.project ?? null);
        const ctx = {
            text,
            facts,
            provenance,
            order: new OrderFacts(facts, provenance),
            layout: { text, unit: detectIndentUnit(text) },
            options,
            position: positionFinder(text),
        };
        const findings = rules.flatMap((r) => r.check(ctx));
        for (const f of findings) {
            for (const e of f.fix?.edits ?? []) {
                e.location = ctx.position(e.start);
                e.end_location = ctx.position(e.end);
            }
        }
        if (text !== original)
            lonelyCarriageReturns(original, findings);
        // Counting error nodes walks the tree: only files that have one pay for it.
        return { findings, parseErrors: tree.rootNode.hasError ? countErrorNodes(tree) : 0, lines: text };
    }
    finally {
        // A check run's module stays parsed for the project model's later questions of it (a caller's search).
        if (lent)
            lent.release();
        // (Not a text whose lone `\r`s were made `\n`s: the model parses the file as it is.)
        else if (!(first && facts && !options.fix && text === original && options.project?.keep?.(text, tree, facts)))
            tree.delete();
        if (timings)
            timings.analysis += now() - t1;
    }
}
/** The text of the lines the findings are on, by line number, without the line ending. */
function linesOf(text, findings) {
    if (!findings.length)
        return undefined;
    const wanted = new Set(findings.map((f) => f.location.line));
    const out = {};
    let line = 1;
    let start = 0;
    while (start <= text.length && wanted.size) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        if (wanted.delete(line))
            out[line] = text.slice(start, end).replace(/\r$/, '');
        line++;
        start = end + 1;
    }
    return out;
}
/** Is this a finding the options let --write apply (a safe fix, or an unsafe one with unsafeFixes)? */
export function eligible(f, options) {
    return !!f.fix && (f.outcome === 'fix-safe' || (f.outcome === 'fix-unsafe' && !!options.unsafeFixes));
}
export function lintSource(input, options = {}) {
    const result = {
        findings: [],
        output: input,
        changed: false,
        errors: [],
        skippedFile: false,
        suppressed: 0,
        unusedSuppressions: [],
        invalidCodes: [],
        parseErrors: false,
        encoding: null,
        timings: { decode: 0, prefilter: 0, parse: 0, analysis: 0, fix: 0 },
        deferred: false,
    };
    try {
        lintInto(input, options, result);
    }
    catch (err) {
        // The contract is "never throws": an internal failure is a file error, and the input stays as it was.
        result.errors.push(`internal error: ${err instanceof Error ? err.message : String(err)}`);
        result.output = input;
        result.changed = false;
    }
    return result;
}
function lintInto(input, options, result) {
    const { timings } = result;
    let mark = now();
    const lap = (phase) => {
        const at = now();
        timings[phase] += at - mark;
        mark = at;
    };
    const decoded = decodeSource(input);
    lap('decode');
    if (!decoded.ok) {
        result.errors.push(decoded.error);
        return;
    }
    const { source } = decoded;
    result.encoding = source.encoding;
    const text = source.text;
    if (options.stopBeforeParse)
        result.text = text;
    if (skipFile(text)) {
        result.skippedFile = true;
        return;
    }
    const rules = RULES.filter((r) => ruleEnabled(r.meta.code, options));
    // Ex) a file without the word `close` cannot hold a SOCK001 site
    // Ex) `socket` only in a docstring, `sock.close()` only in a comment: asked again of the code alone
    const mayHold = options.prefilter === false ||
        (rules.some((r) => r.meta.prefilter(text, options)) && ((code) => rules.some((r) => r.meta.prefilter(code, options)))(codeText(text)));
    lap('prefilter');
    if (!mayHold) {
        if (options.reportUnusedSuppressions)
            result.unusedSuppressions = unused(findSuppressions(text, result.invalidCodes), rules);
        // Ex) # pysockfix: ignore[SOCK9]   (flagged in every file, parsed or not)
        // (Both need the letters `sock`, in any case: that plain test goes first, in half the time.)
        else if (holdsSockAnyCase(text) && /pysockfix\s*:\s*ignore|noqa\s*:[\s\w,]*SOCK/i.test(text))
            findSuppressions(text, result.invalidCodes);
        return;
    }
    if (options.stopBeforeParse) {
        result.deferred = true;
        return;
    }
    const parser = loadedParser();
    if (!parser) {
        result.errors.push('the parser is not loaded: await initParser() before lintSource()');
        return;
    }
    const first = analyze(parser, text, rules, options, timings, true);
    mark = now();
    if (!first) {
        result.errors.push('tree-sitter could not parse the file');
        return;
    }
    result.parseErrors = first.parseErrors > 0;
    const suppressions = findSuppressions(text, result.invalidCodes);
    result.findings = filterSuppressed(first.findings, suppressions, result);
    result.sourceLines = linesOf(first.lines, result.findings);
    if (options.previews && result.findings.some((f) => f.fix)) {
        const starts = lineStarts(text);
        for (const f of result.findings)
            if (f.fix)
                f.preview = previewOf(text, starts, f.fix);
    }
    result.unusedSuppressions = unused(suppressions, rules);
    if (options.addNoqa) {
        const edits = noqaEdits(text, result.findings.filter((f) => f.outcome !== 'skipped'));
        if (edits.length)
            finish(applyFixes(text, [{ applicability: 'safe', title: 'noqa', edits }]).output, text, input, source, result);
        return;
    }
    if (!options.fix)
        return;
    const fixStart = now();
    try {
        applyPasses(parser, text, rules, options, input, source, result, first.parseErrors);
    }
    finally {
        timings.fix += now() - fixStart;
    }
}
function applyPasses(parser, text, rules, options, input, source, result, baseErrors) {
    let current = text;
    let pending = result.findings.filter((f) => eligible(f, options));
    let laterFindings = [];
    for (let pass = 0; pass < MAX_PASSES && pending.length; pass++) {
        let fixes;
        if (pass === 0)
            fixes = pending.map((f) => f.fix);
        else {
            const again = analyze(parser, current, rules, options);
            if (!again)
                break;
            laterFindings = filterSuppressed(again.findings, findSuppressions(current), null).filter((f) => eligible(f, options));
            fixes = laterFindings.map((f) => f.fix);
            if (!fixes.length)
                break;
        }
        const { output, applied } = applyFixes(current, fixes);
        if (!applied.length)
            break;
        if (parseErrorCount(parser, linesForAnalysis(output)) > baseErrors) {
            result.errors.push(`a fix would introduce a syntax error; ${applied.length} fix(es) not applied`);
            break;
        }
        const taken = new Set(applied);
        if (pass === 0) {
            for (const f of pending)
                f.fixed = taken.has(f.fix);
        }
        else {
            // A later pass finds the sites still pending, in the same order (a fix never makes or
            // removes another site): pair them up per rule and receiver, and mark those it fixed.
            const later = laterFindings;
            const byKey = new Map();
            for (const f of later)
                push(byKey, `${f.code}\0${f.receiver}`, f);
            const seen = new Map();
            for (const f of pending) {
                const key = `${f.code}\0${f.receiver}`;
                const i = seen.get(key) ?? 0;
                seen.set(key, i + 1);
                const twin = byKey.get(key)?.[i];
                if (twin && taken.has(twin.fix))
                    f.fixed = true;
            }
        }
        pending = pending.filter((f) => !f.fixed);
        current = output;
    }
    // Ex) a file that does not parse, whose fixes move the parser's recovery: a site the first reading took
    // for an expression is a statement in the fixed text, and a second run would fix it. The run must
    // reach what it writes in one go, so it writes nothing and says why.
    if (baseErrors > 0 && current !== text) {
        const again = analyze(parser, current, rules, options);
        const left = again ? filterSuppressed(again.findings, findSuppressions(current), null).filter((f) => eligible(f, options)).length : Infinity;
        if (left > pending.length) {
            result.errors.push('the file does not parse, and its fixes would change how the parser reads the rest of it (a second run would find new sites); no fix applied');
            for (const f of result.findings)
                f.fixed = false;
            return;
        }
    }
    finish(current, text, input, source, result);
}
/** Puts the new text into the result, encoded as the input was. */
function finish(current, text, input, source, result) {
    if (current === text)
        return;
    if (typeof input === 'string') {
        result.output = current;
    }
    else {
        const bytes = source.encode(current);
        if (!bytes) {
            result.errors.push(`the fixed text cannot be encoded in ${source.encoding}; the file is left unchanged`);
            for (const f of result.findings)
                f.fixed = false;
            return;
        }
        result.output = bytes;
    }
    result.changed = true;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function filterSuppressed(findings, map, result) {
    return findings.filter((f) => {
        const lines = f.location.line === f.end.line ? [f.location.line] : [f.location.line, f.end.line];
        if (!isSuppressed(map, lines, f.code))
            return true;
        if (result)
            result.suppressed++;
        return false;
    });
}
function unused(map, rules) {
    const out = [];
    for (const list of map.values()) {
        for (const s of list) {
            // Only suppressions that name a SOCK code are ours to call unused.
            const ours = s.codes?.some((c) => c.startsWith('SOCK') && rules.some((r) => r.meta.code === c));
            if (!s.used && ours)
                out.push({ line: s.line, text: s.text });
        }
    }
    return out;
}
