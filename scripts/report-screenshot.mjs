// A screenshot of an HTML report, as the README shows one, and how quickly it
// opens and filters: Debian's chromium, driven by playwright-core.
//
//   node dist/cli.js --output-format html path/to/tree > report.html
//   node scripts/report-screenshot.mjs report.html report.png [path filter]
//
// PYSOCKFIX_CHROMIUM names another browser binary (default /usr/bin/chromium).
import path from 'node:path';
import { chromium } from 'playwright-core';

const [file, out, filter = ''] = process.argv.slice(2);
if (!file || !out) {
  process.stderr.write('usage: node scripts/report-screenshot.mjs report.html out.png [path filter]\n');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.PYSOCKFIX_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const start = Date.now();
  await page.goto(`file://${path.resolve(file)}`);
  await page.waitForSelector('#rows tr');
  const open = Date.now() - start;
  const filtered = await page.evaluate((text) => {
    const input = document.getElementById('f-path');
    const t = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    return performance.now() - t;
  }, filter);
  const button = await page.$('button.show-diff');
  if (button) await button.click();
  await page.screenshot({ path: out });
  process.stdout.write(`${JSON.stringify({ openMs: open, filterMs: Math.round(filtered), shown: await page.textContent('#count') })}\n`);
} finally {
  await browser.close();
}
