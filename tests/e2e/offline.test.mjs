// The offline single file dist/phusong.html opened through file:// (as after a double-click on
// a network share): it renders, loads nothing but itself, and breaks no rule of its own CSP;
// a person can choose a conformance case's files, export its summary (equal to the expected
// one), print it to an A4 PDF with the Decree 30 header (poppler), open the bundled sample,
// and the browser still asks for nothing but file:, data: and blob: URLs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { parseCsp } from './csp.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';
import { notA4, pdfPages, pdfText } from './pdf.mjs';
import { summaryDiff } from './summary-compare.mjs';

const OUT = new URL('test-results/', import.meta.url).pathname;
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
  const html = await readFile(FILE, 'latin1');
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

test('over file://, every face of the report\'s typeface is loading before the app starts: its first paint has all its letters', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, pathToFileURL(FILE).href);
  // The boot script marks phusong:wasm-unpacked just before it starts the app; note then
  // which faces of Tinos the page has not asked for yet (font-display: block leaves the
  // letters of a face still loading blank, and a face asked for by the app arrived after
  // its first paint).
  await report.watchFacesUnaskedAtStart('Tinos');
  await report.open('#sample');
  await report.waitReady();
  assert.equal(await report.faces('Tinos'), 8, 'regular, bold, italic, bold italic; Latin and Vietnamese each');
  assert.deepEqual(await report.facesUnaskedAtStart(), [], 'faces not yet asked for when the app starts');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('over file://: a conformance case chosen, exported and printed, the sample too, nothing but local requests', { timeout: 90_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, pathToFileURL(FILE).href);
  await report.open();
  await report.waitReady();

  // The case's files, chosen together through the file input, in name order.
  const name = '02-split-with-bad-records';
  const want = JSON.parse(await readFile(path.join(VALID, `${name}.expected.json`), 'utf8'));
  const files = (await readdir(path.join(VALID, name))).sort().map((f) => path.join(VALID, name, f));
  assert.ok(files.length > 1, 'several files');
  await report.loadFiles(files);
  await report.waitItems(want.summary.totals.items);
  const exported = await report.exportSummary();
  assert.match(exported.name, /\.json$/);
  assert.match(exported.url, /^(blob|data):/, 'the export is made in the page');
  assert.deepEqual(summaryDiff(JSON.parse(exported.text), want.summary), [], 'summary over file:// (ratios within 1e-9)');

  // Its report printed: A4 pages, the header of Decree 30.
  await mkdir(OUT, { recursive: true });
  const pdf = path.join(OUT, 'offline-02.pdf');
  await report.printing.pdf(pdf);
  const { pages, sizes } = pdfPages(pdf);
  assert.ok(pages > 1, 'more than one page');
  assert.equal(sizes.length, pages);
  assert.deepEqual(notA4(sizes), [], 'pages that are not A4 portrait');
  const first = pdfText(pdf, { layout: true, last: 1 })[0];
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO']) {
    assert.ok(first.includes(s), `page 1 says "${s}"`);
  }
  assert.match(pdfText(pdf, { first: 2, last: 2, layout: true })[0], /^\s*2\s*$/m, 'page number on page 2');

  // The bundled sample replaces it.
  await report.loadSample();
  assert.equal(await report.itemCount(), 1500);

  const other = log.requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(other, [], 'requests that are not file:, data: or blob:');
  assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  await page.close();
});

test('over file://, the sample as .xlsx (a raw data block of the windows-1252 page) downloads whole and loads to 1,500 items', { timeout: 90_000 }, async () => {
  // A fresh profile: the tests above left data stored, and the welcome screen shows only without.
  const fresh = await launch();
  const { page, log } = await monitoredPage(fresh.context);
  const report = new ReportPage(page, pathToFileURL(FILE).href);
  await report.openReady();
  const xlsx = await report.downloadSampleXlsx();
  const bytes = await readFile(xlsx.path);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip');
  await report.loadFiles([{ name: xlsx.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes }]);
  await report.waitItems(1500);
  assert.deepEqual(log.pageErrors, []);
  await fresh.close();
});

test('phusong.html served as UTF-8 (a server that says so overrides its windows-1252) says how to open it instead of failing blank', { timeout: 60_000 }, async () => {
  const server = await serveDir(DIST_DIR); // says "text/html; charset=utf-8" for .html
  try {
    const { page } = await monitoredPage(browser.context);
    await page.goto(`${server.url}phusong.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => /bảng mã/.test(document.getElementById('boot')?.textContent ?? ''));
    assert.equal(await page.evaluate(() => document.characterSet), 'UTF-8');
    assert.match(await page.textContent('#boot'), /hãy mở tệp trực tiếp bằng trình duyệt/);
    await page.close();
  } finally {
    await server.close();
  }
});
