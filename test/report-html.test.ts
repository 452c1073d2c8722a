// The HTML report in a real browser: Debian's chromium (installed by .ci/run),
// driven by playwright-core, which downloads nothing. The report of a fixture
// tree is checked through the DOM against the JSON output of the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('dist/cli.js');
const CHROMIUM = process.env.PYSOCKFIX_CHROMIUM ?? '/usr/bin/chromium';
const OUTPUT = path.resolve('test/output');

let dir: string;
let browser: Browser;

function write(rel: string, text: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 28 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

type Site = { path: string; code: string; outcome: string; reason?: string; fixed: boolean; location: { line: number } };

/** Outcome as the report files it: a fixed site is "fixed", the rest by their outcome. */
const category = (d: Site) => (d.fixed ? 'fixed' : d.outcome);

const EVIL = [
  'import socket',
  '',
  '',
  'def send(addr):',
  '    s = socket.create_connection(addr)',
  '    BANNER = "</script><script>window.__pwned = 1</script>"',
  '    HTML = \'<img src=x onerror="window.__pwned = 2"><!--\'',
  '    s.sendall(BANNER.encode() + HTML.encode())  # </script><b id="injected">bold</b>',
  '    s.close()',
  '',
].join('\n');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), as .ci/run does, or set PYSOCKFIX_CHROMIUM`);
  dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-html-'));
  write(
    'repo-a/server.py',
    [
      'import os',
      'import socket',
      '',
      '',
      'def serve(addr):',
      '    srv = socket.create_server(addr)',
      '    conn, _ = srv.accept()',
      '    conn.sendall(b"hi")',
      '    conn.close()',
      '    srv.close()',
      '',
      '',
      'def forked(srv):',
      '    conn, _ = srv.accept()',
      '    if os.fork() == 0:',
      '        conn.sendall(b"child")',
      '        os._exit(0)',
      '    conn.close()',
      '',
      '',
      'def helper(sock):',
      '    sock.close()',
      '',
      '',
      'def later(loop, addr):',
      '    s = socket.create_connection(addr)',
      '    loop.call_soon(s.close)',
      '',
    ].join('\n'),
  );
  write('repo-b/evil.py', EVIL);
  write('repo-b/pkg/client.py', 'import socket\n\n\ndef ping(addr):\n    c = socket.create_connection(addr)\n    c.sendall(b"ping")\n    c.close()\n');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The report of `args` (check mode), written to a file, with the same run's JSON diagnostics. */
function reportOf(args: string[], name: string): { file: string; sites: Site[]; summary: Record<string, number> } {
  const html = cli(['--output-format', 'html', ...args]);
  expect(html.stderr).toBe('');
  const file = path.join(dir, name);
  writeFileSync(file, html.stdout);
  const json = JSON.parse(cli(['--output-format', 'json', '--show-skipped', ...args]).stdout);
  return { file, sites: json.diagnostics, summary: json.summary };
}

async function open(file: string, hash = ''): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}${hash}`);
  await page.waitForSelector('#rows tr');
  return { page, errors, dialogs };
}

const shownCount = async (page: Page) => Number(/^(\d+) of/.exec((await page.textContent('#count')) ?? '')![1]);

/** How many distinct byte values a PNG's pixels hold (a blank page has a handful). */
function pngVariety(png: Buffer): { distinct: number; nonWhite: number } {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const seen = new Set<number>();
  let nonWhite = 0;
  for (const b of raw) {
    seen.add(b);
    if (b !== 0xff) nonWhite++;
  }
  return { distinct: seen.size, nonWhite: nonWhite / raw.length };
}

describe('the HTML report in chromium', () => {
  it('shows the counts of the JSON output of the same run, per repository and outcome', async () => {
    const { file, sites, summary } = reportOf(['repo-a', 'repo-b'], 'report.html');
    const { page, errors } = await open(file);
    const repos = ['repo-a', 'repo-b'];
    for (const [i, repo] of repos.entries()) {
      const mine = sites.filter((d) => d.path.startsWith(`${repo}/`));
      expect(await page.textContent(`#per-repo tr[data-repo="${i}"] td[data-count="total"]`)).toBe(String(mine.length));
      for (const outcome of ['fixed', 'fix-safe', 'fix-unsafe', 'no-fix', 'skipped']) {
        const n = mine.filter((d) => category(d) === outcome).length;
        expect(await page.textContent(`#per-repo tr[data-repo="${i}"] td[data-count="${outcome}"]`), `${repo} ${outcome}`).toBe(String(n));
      }
    }
    // The totals row is the text summary's counts.
    const all = (what: string) => page.textContent(`#per-repo tr[data-repo="*"] td[data-count="${what}"]`);
    expect(await all('fix-safe')).toBe(String(summary.fixable));
    expect(await all('fix-unsafe')).toBe(String(summary.needUnsafe));
    expect(await all('no-fix')).toBe(String(summary.noFix));
    expect(await all('skipped')).toBe(String(summary.skipped));
    expect(await all('reason:listening socket')).toBe(String(summary.skippedByReason['listening socket']));
    expect(await page.textContent('#summary-line')).toBe(cli(['repo-a', 'repo-b']).stdout.trim().split('\n').pop());
    // The run's facts: command line, version, date, settings.
    expect(await page.textContent('[data-meta="command"]')).toBe('pysockfix --output-format html repo-a repo-b');
    expect(await page.textContent('[data-meta="version"]')).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(await page.textContent('[data-meta="settings"]')).toContain('"unsafeFixes":false');
    expect(await shownCount(page)).toBe(sites.length);
    expect(sites.some((d) => d.outcome === 'no-fix') && sites.some((d) => d.outcome === 'fix-unsafe') && sites.some((d) => d.outcome === 'skipped')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by repository, rule, outcome and reason, and searches by path', async () => {
    const { file, sites } = reportOf(['repo-a', 'repo-b'], 'filters.html');
    const { page } = await open(file);
    const rowsShown = async () => page.$$eval('#rows tr[data-site]', (trs) => trs.length);
    await page.selectOption('#f-repo', '1');
    expect(await shownCount(page)).toBe(sites.filter((d) => d.path.startsWith('repo-b/')).length);
    expect(await rowsShown()).toBe(await shownCount(page));
    await page.selectOption('#f-repo', '');
    await page.selectOption('#f-rule', 'SOCK004');
    expect(await shownCount(page)).toBe(sites.filter((d) => d.code === 'SOCK004').length);
    expect(await page.$$eval('#rows tr[data-site]', (trs) => trs.map((t) => t.getAttribute('data-rule')))).toEqual(['SOCK004']);
    await page.selectOption('#f-rule', '');
    await page.selectOption('#f-outcome', 'skipped');
    expect(await shownCount(page)).toBe(sites.filter((d) => d.outcome === 'skipped').length);
    await page.selectOption('#f-outcome', '');
    await page.selectOption('#f-reason', 'fork handoff');
    expect(await shownCount(page)).toBe(sites.filter((d) => d.reason === 'fork handoff').length);
    expect(await page.textContent('#rows td.reason')).toContain('shutdown would cut off the child');
    await page.selectOption('#f-reason', '');
    await page.fill('#f-path', 'PKG/CLIENT');
    expect(await shownCount(page)).toBe(sites.filter((d) => d.path.toLowerCase().includes('pkg/client')).length);
    expect(await shownCount(page)).toBe(1);
    await page.close();
  });

  it('opens a diff with the fix and the lines around it, and links to each site', async () => {
    const { file, sites } = reportOf(['repo-a', 'repo-b'], 'diff.html');
    const { page } = await open(file);
    await page.fill('#f-path', 'client.py');
    await page.click('#rows button.show-diff');
    const diff = await page.$eval('pre.diff', (pre) => [...pre.children].map((d) => d.textContent));
    expect(diff).toEqual([
      '@@ -4,4 +4,8 @@',
      ' def ping(addr):',
      '     c = socket.create_connection(addr)',
      '     c.sendall(b"ping")',
      '+    try:',
      '+        c.shutdown(socket.SHUT_RDWR)',
      '+    except socket.error:',
      '+        pass',
      '     c.close()',
    ]);
    // The anchor of a site opens the report at it, with its diff.
    const id = await page.getAttribute('#rows tr[data-site]', 'data-site');
    await page.close();
    const linked = await open(file, `#site-${id}`);
    expect(await linked.page.getAttribute(`#site-${id}`, 'class')).toBe('target');
    expect(await linked.page.textContent(`tr.diff[data-site="${id}"]`)).toContain('c.shutdown(socket.SHUT_RDWR)');
    expect(sites.length).toBeGreaterThan(1);
    // A screenshot, kept under the test's output, that is not blank.
    mkdirSync(OUTPUT, { recursive: true });
    const shot = path.join(OUTPUT, 'report.png');
    await linked.page.screenshot({ path: shot, fullPage: true });
    const variety = pngVariety(readFileSync(shot));
    expect(variety.distinct).toBeGreaterThan(30);
    expect(variety.nonWhite).toBeGreaterThan(0.02);
    await linked.page.close();
  });

  it('runs nothing from the source: <script> and markup in its strings stay text', async () => {
    const { file } = reportOf(['repo-b'], 'evil.html');
    const { page, errors, dialogs } = await open(file);
    await page.fill('#f-path', 'evil');
    await page.click('#rows button.show-diff');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
    expect(await page.$('#injected')).toBeNull();
    expect(await page.$$eval('img', (i) => i.length)).toBe(0);
    const text = await page.textContent('pre.diff');
    expect(text).toContain('BANNER = "</script><script>window.__pwned = 1</script>"');
    expect(text).toContain('HTML = \'<img src=x onerror="window.__pwned = 2"><!--\'');
    expect(text).toContain('# </script><b id="injected">bold</b>');
    await page.close();
  });

  it('with --report, one --write run fixes, prints its usual output and writes the page', async () => {
    write('fix/app.py', 'import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n    s.close()\n');
    const r = cli(['--write', '--report', 'written.html', 'fix']);
    expect(r.stdout).toContain('1 fixed (safe)');
    const { page } = await open(path.join(dir, 'written.html'));
    expect(await page.textContent('#per-repo tr[data-repo="0"] td[data-count="fixed"]')).toBe('1');
    expect(await page.textContent('[data-meta="mode"]')).toBe('write');
    await page.click('#rows button.show-diff');
    expect(await page.textContent('pre.diff')).toContain('+        s.shutdown(socket.SHUT_RDWR)');
    await page.close();
    // A report that cannot be written is an error, and leaves nothing behind.
    const bad = cli(['--report', 'missing-dir/r.html', 'fix']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cannot write the report missing-dir/r.html');
  });

  it('pages 20,000 sites and filters them; its size grows linearly with the sites', async () => {
    // 500 sites a module: 100 functions of 5 sockets each.
    const fn = (i: number) => `def f${i}(addr):\n${'    s = socket.create_connection(addr)\n    s.close()\n'.repeat(5)}\n\n`;
    const module = `import socket\n\n\n${Array.from({ length: 100 }, (_, i) => fn(i)).join('')}`;
    const reportOfTree = (files: number, name: string) => {
      for (let i = 0; i < files; i++) write(`${name}/m${i}.py`, module);
      return cli(['--output-format', 'html', name]).stdout;
    };
    const one = reportOfTree(10, 'big1').length;
    const html = reportOfTree(40, 'big4');
    // The page's fixed part is small next to 5,000 sites: four times the sites is about four times the bytes.
    expect(html.length / one).toBeGreaterThan(3.6);
    expect(html.length / one).toBeLessThan(4.1);
    const file = path.join(dir, 'big4.html');
    writeFileSync(file, html);
    const { page } = await open(file);
    expect(await shownCount(page)).toBe(20_000);
    expect(await page.$$eval('#rows tr[data-site]', (trs) => trs.length)).toBe(100);
    expect(await page.textContent('#page')).toBe('page 1 of 200');
    await page.click('#next');
    expect(await page.textContent('#page')).toBe('page 2 of 200');
    await page.fill('#f-path', 'big4/m7.py');
    expect(await shownCount(page)).toBe(500);
    await page.close();
  }, 180_000);
});
