// The offline single file dist/phusong.html opened through file:// (as after a double-click on
// a network share): it renders, loads nothing but itself, and breaks no rule of its own CSP;
// a person can choose a conformance dataset, export its summary (equal to the expected one),
// open the sample and print to PDF, and the browser still asks for nothing but file:, data:
// and blob: URLs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { parseCsp } from './csp.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR } from './server.mjs';
import { summaryDiff } from './summary-compare.mjs';

const VALID = new URL('../fixtures/conformance/valid/', import.meta.url).pathname;

const FILE = path.join(DIST_DIR, 'phusong.html');
let browser;

before(async () => {
  assert.ok(existsSync(FILE), `${FILE} is missing: run \`trunk build --release\` first`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('phusong.html names no other file', async () => {
  const html = await readFile(FILE, 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/g)].map((m) => m[1]);
  assert.deepEqual(refs.filter((r) => !/^(data:|blob:|#)/.test(r)), []);
  assert.doesNotMatch(html, /<link[^>]+rel=["']?(stylesheet|modulepreload|preload)/);
});

test('phusong.html over file:// renders, loads only itself, no CSP violation', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, pathToFileURL(FILE).href);
  await report.open();
  await report.waitReady();

  assert.equal(await report.title(), 'phusong — Báo cáo kết quả thông tin, tuyên truyền');
  assert.equal(await report.itemCount(), 0);

  const other = log.requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(other, [], 'requests that are not file:, data: or blob:');

  const csp = parseCsp(await report.csp());
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('connect-src'), ["'none'"]);
  assert.ok(!csp.get('script-src').includes("'unsafe-inline'"), 'script-src allows unsafe-inline');
  assert.ok(!csp.get('style-src').includes("'unsafe-inline'"), 'style-src allows unsafe-inline');

  assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');

  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/offline.png' });
  await page.close();
});

test('over file://: a dataset chosen, its summary exported, the sample printed, nothing but local requests', { timeout: 120_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, pathToFileURL(FILE).href);
  await report.open();
  await report.waitReady();

  const name = '02-split-with-bad-records';
  const want = JSON.parse(await readFile(path.join(VALID, `${name}.expected.json`), 'utf8'));
  const files = (await readdir(path.join(VALID, name))).sort().map((f) => path.join(VALID, name, f));
  await report.loadFiles(files);
  await page.waitForSelector(`[data-testid=report][data-ready=true][data-items="${want.summary.totals.items}"]`);
  const exported = await report.exportSummary();
  assert.deepEqual(summaryDiff(JSON.parse(exported.text), want.summary), [], 'summary over file://');

  // Replace with the bundled sample, then print it.
  await page.click('[data-testid=load-sample]');
  await page.waitForSelector('[data-testid=report][data-ready=true][data-items="1500"]');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/offline-sample.pdf', pdf);
  const info = execFileSync('pdfinfo', ['test-results/offline-sample.pdf']).toString();
  assert.ok(Number(info.match(/^Pages:\s+(\d+)/m)[1]) > 1, 'more than one page');
  assert.match(info, /Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-l', '1', 'test-results/offline-sample.pdf', '-']).toString();
  assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);

  const other = log.requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(other, [], 'requests that are not file:, data: or blob:');
  assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  await page.close();
});
