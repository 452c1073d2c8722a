// --output-format html and --report FILE: one self-contained page for
// reviewing a migration. The sites go in as JSON inside a
// `<script type="application/json">` block, with `<`, `>`, `&` and the line
// separators escaped, so no text from a source file can close the block or
// become markup; the page's own script builds every element with
// createElement and textContent (never innerHTML from data). The table is
// paged and the diffs are built when opened, so 20,000 sites stay quick, and
// the file grows linearly: each site carries its own few lines of context.
import path from 'node:path';
import { REASONS } from '../model/reasons.js';
import { isWithin } from '../paths.js';
import { RULE_NAMES } from '../rules/codes.js';
import type { FileResult } from '../runner/process-file.js';
import { displayPath, summaryLine, visibleFindings, type Reporter, type ReportOptions, type Summary } from './reporter.js';

export interface ReportMeta {
  /** The command line as run. */
  argv: string[];
  /** The settings that decided the outcomes (select, ignore, unsafe fixes, target version, ...). */
  settings: Record<string, unknown>;
  /** When the run started (ISO 8601). */
  date: string;
}

/** The repository (path argument) a file belongs to: the first given path that holds it. */
function repositoryOf(file: string, roots: { given: string; root: string }[]): number {
  const i = roots.findIndex(({ root }) => isWithin(root, file));
  return i === -1 ? 0 : i;
}

/** JSON that is safe inside a <script> element: nothing in it can end the element or start a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function reportData(summary: Summary, results: FileResult[], given: ReportOptions, meta: ReportMeta) {
  // The review page lists the sites left alone on purpose too, whatever --show-skipped says.
  const options = { ...given, showSkipped: true };
  const inputs = options.inputs.length ? options.inputs : ['.'];
  const roots = inputs.map((given) => ({ given, root: path.resolve(options.cwd, given) }));
  const sites: unknown[] = [];
  for (const r of results) {
    const repo = repositoryOf(r.path, roots);
    const file = displayPath(options.cwd, r.path);
    for (const f of visibleFindings(r, options)) {
      sites.push({
        r: repo,
        p: file,
        l: f.location.line,
        c: f.location.column,
        k: f.code,
        o: f.outcome,
        x: f.fixed ? 1 : 0,
        ...(f.reason ? { y: f.reason } : {}),
        m: f.message,
        ...(f.preview?.length ? { h: f.preview } : {}),
      });
    }
  }
  const failed = results.filter((r) => r.status === 'failed').map((r) => ({ p: displayPath(options.cwd, r.path), e: r.error ?? '' }));
  return {
    tool: 'pysockfix',
    version: options.version,
    argv: meta.argv,
    date: meta.date,
    mode: options.mode,
    settings: meta.settings,
    repositories: inputs,
    rules: RULE_NAMES,
    reasons: Object.fromEntries(Object.entries(REASONS).map(([label, r]) => [label, { outcome: r.outcome, doc: r.doc }])),
    summary,
    summaryLine: summaryLine(summary, options.mode),
    failed,
    sites,
  };
}

export function htmlReport(summary: Summary, results: FileResult[], options: ReportOptions, meta: ReportMeta): string {
  const data = reportData(summary, results, options, meta);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>pysockfix report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>pysockfix report</h1>
<dl id="meta"></dl>
</header>
<main>
<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<p id="summary-line"></p>
<div id="chart" role="img" aria-label="Sites per repository and outcome"></div>
<table id="per-repo"><thead></thead><tbody></tbody></table>
<div id="failed"></div>
</section>
<section id="sites" aria-labelledby="sites-title">
<h2 id="sites-title">Sites</h2>
<form id="filters" onsubmit="return false">
<label>Repository <select id="f-repo"></select></label>
<label>Rule <select id="f-rule"></select></label>
<label>Outcome <select id="f-outcome"></select></label>
<label>Reason <select id="f-reason"></select></label>
<label>Path <input id="f-path" type="search" placeholder="part of a path" autocomplete="off"></label>
</form>
<p id="count" aria-live="polite"></p>
<table id="table">
<thead><tr><th>Repository</th><th>File</th><th>Line</th><th>Rule</th><th>Outcome</th><th>Reason</th><th>Diff</th></tr></thead>
<tbody id="rows"></tbody>
</table>
<nav id="pager"><button type="button" id="prev">Previous</button> <span id="page"></span> <button type="button" id="next">Next</button></nav>
</section>
<section id="reasons" aria-labelledby="reasons-title">
<h2 id="reasons-title">Reasons</h2>
<dl id="reason-docs"></dl>
</section>
</main>
<script type="application/json" id="pysockfix-data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function htmlReporter(options: ReportOptions, meta: ReportMeta): Reporter {
  return {
    file: () => '',
    end: (summary, results) => htmlReport(summary, results, options, meta),
  };
}

const STYLE = `
:root{--bg:#fff;--fg:#1f2328;--mute:#656d76;--line:#d0d7de;--add:#dafbe1;--del:#ffebe9;--head:#f6f8fa;
--safe:#1a7f37;--fixed:#0969da;--unsafe:#bf8700;--nofix:#8250df;--skip:#6e7781}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header,main{padding:0 24px}
h1{font-size:22px;margin:16px 0 4px}
h2{font-size:17px;margin:20px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
#meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;color:var(--mute)}
#meta dt{font-weight:600}#meta dd{margin:0;font-family:ui-monospace,monospace;overflow-wrap:anywhere}
#summary-line{font-family:ui-monospace,monospace}
#chart{display:grid;gap:6px;margin:8px 0 12px;max-width:900px}
.bar-row{display:grid;grid-template-columns:minmax(120px,240px) 1fr max-content;gap:8px;align-items:center}
.bar{display:flex;height:18px;background:var(--head);border-radius:3px;overflow:hidden}
.bar span{display:block;height:100%}
.legend{display:flex;flex-wrap:wrap;gap:12px;color:var(--mute);font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
.o-fixed{background:var(--fixed)}.o-fix-safe{background:var(--safe)}.o-fix-unsafe{background:var(--unsafe)}
.o-no-fix{background:var(--nofix)}.o-skipped{background:var(--skip)}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--head);position:sticky;top:0}
#per-repo{width:auto;margin-bottom:8px}#per-repo td.num{text-align:right;font-variant-numeric:tabular-nums}
#filters{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:8px}
#filters label{display:flex;flex-direction:column;font-size:12px;color:var(--mute)}
select,input{font:inherit;padding:2px 4px}
td.file{font-family:ui-monospace,monospace;overflow-wrap:anywhere}
td.file a{color:inherit}
.badge{display:inline-block;padding:0 6px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
.why{color:var(--mute);font-size:12px}
tr.target>td{background:#fff8c5}
tr.diff>td{padding:0 8px 8px}
pre.diff{margin:0;padding:6px 0;background:var(--head);border:1px solid var(--line);border-radius:4px;overflow:auto;font:12px/1.45 ui-monospace,monospace}
pre.diff div{padding:0 8px;white-space:pre}
pre.diff .add{background:var(--add)}pre.diff .del{background:var(--del)}pre.diff .hunk{color:var(--mute);background:#eef}
.k{color:#cf222e}.s{color:#0a3069}.c{color:#6e7781;font-style:italic}.n{color:#0550ae}
#pager{margin:8px 0}
#reason-docs dt{font-weight:600;margin-top:6px}#reason-docs dd{margin:0 0 0 16px;color:var(--mute)}
.message{font-size:12px;color:var(--mute);overflow-wrap:anywhere}
`;

// The page's script: plain ES2019, no library. Every string from the data is
// set with textContent or as an attribute value through the DOM API.
const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('pysockfix-data').textContent);
  var PAGE = 100;
  var OUTCOMES = [
    ['fixed', 'fixed'], ['fix-safe', 'safe fix pending'], ['fix-unsafe', 'unsafe fix'], ['no-fix', 'no fix'], ['skipped', 'skipped']
  ];
  var LABEL = {};
  OUTCOMES.forEach(function (o) { LABEL[o[0]] = o[1]; });
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function outcomeOf(s) { return s.x ? 'fixed' : s.o; }
  data.sites.forEach(function (s, i) { s.id = i + 1; s.cat = outcomeOf(s); });

  // Run facts.
  var meta = document.getElementById('meta');
  [['Command', 'pysockfix ' + data.argv.join(' ')], ['Version', data.version], ['Date', data.date], ['Mode', data.mode],
   ['Settings', JSON.stringify(data.settings)], ['Repositories', data.repositories.join(', ')]].forEach(function (row) {
    meta.appendChild(el('dt', null, row[0]));
    meta.appendChild(el('dd', { 'data-meta': row[0].toLowerCase() }, row[1]));
  });
  document.getElementById('summary-line').textContent = data.summaryLine;

  // Counts per repository and outcome, with skipped sites by reason.
  var counts = data.repositories.map(function () { return { total: 0 }; });
  data.sites.forEach(function (s) {
    var c = counts[s.r];
    c.total++;
    c[s.cat] = (c[s.cat] || 0) + 1;
    if (s.cat === 'skipped') c['reason:' + s.y] = (c['reason:' + s.y] || 0) + 1;
  });
  var max = Math.max.apply(null, counts.map(function (c) { return c.total; }).concat([1]));
  var chart = document.getElementById('chart');
  data.repositories.forEach(function (repo, i) {
    var row = el('div', { 'class': 'bar-row' });
    row.appendChild(el('span', null, repo));
    var bar = el('div', { 'class': 'bar', style: 'width:' + Math.max(2, (100 * counts[i].total) / max) + '%' });
    OUTCOMES.forEach(function (o) {
      var n = counts[i][o[0]] || 0;
      if (!n) return;
      var part = el('span', { 'class': 'o-' + o[0], title: repo + ': ' + n + ' ' + o[1], style: 'width:' + (100 * n) / counts[i].total + '%' });
      bar.appendChild(part);
    });
    row.appendChild(bar);
    row.appendChild(el('span', null, counts[i].total));
    chart.appendChild(row);
  });
  var legend = el('div', { 'class': 'legend' });
  OUTCOMES.forEach(function (o) {
    var item = el('span');
    item.appendChild(el('i', { 'class': 'o-' + o[0] }));
    item.appendChild(document.createTextNode(o[1]));
    legend.appendChild(item);
  });
  chart.appendChild(legend);
  var reasonsSeen = Object.keys(data.reasons).filter(function (r) {
    return data.sites.some(function (s) { return s.y === r; });
  });
  var skippedReasons = reasonsSeen.filter(function (r) { return data.reasons[r].outcome === 'skipped'; });
  var perRepo = document.getElementById('per-repo');
  var head = el('tr');
  ['Repository', 'Sites'].concat(OUTCOMES.map(function (o) { return o[1]; })).concat(skippedReasons.map(function (r) { return 'skipped: ' + r; })).forEach(function (h) {
    head.appendChild(el('th', null, h));
  });
  perRepo.tHead.appendChild(head);
  data.repositories.concat(['all']).forEach(function (repo, i) {
    var all = i === data.repositories.length;
    var c = all ? counts.reduce(function (a, b) {
      var out = {};
      Object.keys(a).concat(Object.keys(b)).forEach(function (k) { out[k] = (a[k] || 0) + (b[k] || 0); });
      return out;
    }, {}) : counts[i];
    var tr = el('tr', { 'data-repo': all ? '*' : String(i) });
    tr.appendChild(el('td', null, repo));
    tr.appendChild(el('td', { 'class': 'num', 'data-count': 'total' }, c.total || 0));
    OUTCOMES.forEach(function (o) { tr.appendChild(el('td', { 'class': 'num', 'data-count': o[0] }, c[o[0]] || 0)); });
    skippedReasons.forEach(function (r) { tr.appendChild(el('td', { 'class': 'num', 'data-count': 'reason:' + r }, c['reason:' + r] || 0)); });
    perRepo.tBodies[0].appendChild(tr);
  });
  if (data.failed.length) {
    var failed = document.getElementById('failed');
    failed.appendChild(el('h3', null, data.failed.length + ' file(s) could not be checked'));
    var ul = el('ul');
    data.failed.forEach(function (f) { ul.appendChild(el('li', null, f.p + ': ' + f.e)); });
    failed.appendChild(ul);
  }

  // The reasons table, with its doc text.
  var docs = document.getElementById('reason-docs');
  Object.keys(data.reasons).forEach(function (r) {
    docs.appendChild(el('dt', { id: 'reason-' + r.replace(/[^a-z0-9]+/gi, '-') }, r + ' (' + data.reasons[r].outcome + ')'));
    docs.appendChild(el('dd', null, data.reasons[r].doc));
  });

  // Filters.
  function options(select, values) {
    select.appendChild(el('option', { value: '' }, 'all'));
    values.forEach(function (v) { select.appendChild(el('option', { value: v[0] }, v[1])); });
  }
  var fRepo = document.getElementById('f-repo'), fRule = document.getElementById('f-rule'), fOutcome = document.getElementById('f-outcome');
  var fReason = document.getElementById('f-reason'), fPath = document.getElementById('f-path');
  options(fRepo, data.repositories.map(function (r, i) { return [String(i), r]; }));
  var codes = Object.keys(data.rules).filter(function (k) { return data.sites.some(function (s) { return s.k === k; }); });
  options(fRule, codes.map(function (k) { return [k, k + ' ' + data.rules[k]]; }));
  options(fOutcome, OUTCOMES.filter(function (o) { return data.sites.some(function (s) { return s.cat === o[0]; }); }));
  options(fReason, [['-', '(none)']].concat(reasonsSeen.map(function (r) { return [r, r]; })));
  var page = 0, shown = data.sites, target = 0;
  function apply() {
    var repo = fRepo.value, rule = fRule.value, outcome = fOutcome.value, reason = fReason.value, text = fPath.value.toLowerCase();
    shown = data.sites.filter(function (s) {
      return (!repo || String(s.r) === repo) && (!rule || s.k === rule) && (!outcome || s.cat === outcome) &&
        (!reason || (reason === '-' ? !s.y : s.y === reason)) && (!text || s.p.toLowerCase().indexOf(text) !== -1);
    });
    page = 0;
    render();
  }
  [fRepo, fRule, fOutcome, fReason].forEach(function (s) { s.addEventListener('change', apply); });
  fPath.addEventListener('input', apply);

  // Python colouring for the diff lines: keywords, strings, comments, numbers.
  var TOKEN = /(#.*$)|("(?:[^"\\\\]|\\\\.)*"?|'(?:[^'\\\\]|\\\\.)*'?)|\\b(and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield|None|True|False)\\b|\\b(\\d[\\w.]*)\\b/g;
  function colour(line, into) {
    var at = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(line))) {
      if (m.index > at) into.appendChild(document.createTextNode(line.slice(at, m.index)));
      into.appendChild(el('span', { 'class': m[1] ? 'c' : m[2] ? 's' : m[3] ? 'k' : 'n' }, m[0]));
      at = m.index + m[0].length;
      if (!m[0].length) TOKEN.lastIndex++;
    }
    if (at < line.length) into.appendChild(document.createTextNode(line.slice(at)));
  }
  // A unified diff of one hunk: the common head and tail lines are context.
  function diffLines(h, pre) {
    var a = h.before, b = h.after, head = 0, tail = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    pre.appendChild(el('div', { 'class': 'hunk' }, '@@ -' + h.line + ',' + a.length + ' +' + h.line + ',' + b.length + ' @@'));
    function line(kind, sign, text) {
      var d = el('div', kind ? { 'class': kind } : null);
      d.appendChild(document.createTextNode(sign));
      colour(text, d);
      pre.appendChild(d);
    }
    for (var i = 0; i < head; i++) line('', ' ', a[i]);
    for (i = head; i < a.length - tail; i++) line('del', '-', a[i]);
    for (i = head; i < b.length - tail; i++) line('add', '+', b[i]);
    for (i = a.length - tail; i < a.length; i++) line('', ' ', a[i]);
  }
  function toggleDiff(s, tr, button) {
    var next = tr.nextSibling;
    if (next && next.className === 'diff') {
      next.parentNode.removeChild(next);
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    var row = el('tr', { 'class': 'diff', 'data-site': String(s.id) });
    var td = el('td', { colspan: '7' });
    var pre = el('pre', { 'class': 'diff' });
    s.h.forEach(function (h) { diffLines(h, pre); });
    td.appendChild(pre);
    row.appendChild(td);
    tr.parentNode.insertBefore(row, tr.nextSibling);
    button.setAttribute('aria-expanded', 'true');
  }
  var rows = document.getElementById('rows');
  function render() {
    while (rows.firstChild) rows.removeChild(rows.firstChild);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    if (page >= pages) page = pages - 1;
    shown.slice(page * PAGE, page * PAGE + PAGE).forEach(function (s) {
      var tr = el('tr', { id: 'site-' + s.id, 'data-site': String(s.id), 'data-outcome': s.cat, 'data-rule': s.k });
      if (s.id === target) tr.className = 'target';
      tr.appendChild(el('td', null, data.repositories[s.r]));
      var file = el('td', { 'class': 'file' });
      var link = el('a', { href: '#site-' + s.id, title: 'Link to this site' }, s.p + ':' + s.l + ':' + s.c);
      file.appendChild(link);
      file.appendChild(el('div', { 'class': 'message' }, s.m));
      tr.appendChild(file);
      tr.appendChild(el('td', null, s.l));
      tr.appendChild(el('td', { title: data.rules[s.k] || '' }, s.k));
      var out = el('td');
      out.appendChild(el('span', { 'class': 'badge o-' + s.cat }, LABEL[s.cat]));
      tr.appendChild(out);
      var why = el('td', { 'class': 'reason' });
      if (s.y) {
        why.appendChild(el('div', null, s.y));
        why.appendChild(el('div', { 'class': 'why' }, (data.reasons[s.y] || {}).doc || ''));
      }
      tr.appendChild(why);
      var cell = el('td');
      if (s.h) {
        var button = el('button', { type: 'button', 'class': 'show-diff', 'aria-expanded': 'false' }, 'diff');
        button.addEventListener('click', function () { toggleDiff(s, tr, button); });
        cell.appendChild(button);
      }
      tr.appendChild(cell);
      rows.appendChild(tr);
    });
    document.getElementById('count').textContent = shown.length + ' of ' + data.sites.length + ' sites';
    document.getElementById('page').textContent = 'page ' + (page + 1) + ' of ' + pages;
    document.getElementById('prev').disabled = page === 0;
    document.getElementById('next').disabled = page >= pages - 1;
  }
  document.getElementById('prev').addEventListener('click', function () { page--; render(); });
  document.getElementById('next').addEventListener('click', function () { page++; render(); });
  // A link to a site (#site-12): show its page, mark it and open its diff.
  function follow() {
    var m = /^#site-(\\d+)$/.exec(location.hash);
    if (!m) return;
    target = Number(m[1]);
    var s = data.sites[target - 1];
    if (!s) return;
    if (shown.indexOf(s) === -1) {
      fRepo.value = fRule.value = fOutcome.value = fReason.value = fPath.value = '';
      shown = data.sites;
    }
    page = Math.floor(shown.indexOf(s) / PAGE);
    render();
    var tr = document.getElementById('site-' + target);
    if (s.h && tr) toggleDiff(s, tr, tr.querySelector('.show-diff'));
    if (tr) tr.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', follow);
  render();
  follow();
})();
`;
