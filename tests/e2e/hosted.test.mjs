// The hosted build (dist/ served over http://127.0.0.1): the shell renders under its strict CSP
// and asks nothing of any other origin.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { parseCsp } from './csp.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';
import { summaryDiff } from './summary-compare.mjs';
import { readFile, readdir } from 'node:fs/promises';

const VALID = new URL('../fixtures/conformance/valid/', import.meta.url).pathname;

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(path.join(DIST_DIR, 'index.html')),
    `${DIST_DIR}/index.html is missing: run \`trunk build --release\` first`,
  );
  server = await serveDir(DIST_DIR);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('hosted build renders the shell, same-origin only, no CSP violation', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.open();
  await report.waitReady();

  assert.equal(await report.title(), 'phusong — Báo cáo kết quả thông tin, tuyên truyền');
  assert.equal(await report.itemCount(), 0);
  assert.equal(await report.documentLanguage(), 'vi');

  const origin = new URL(server.url).origin;
  const foreign = log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to another origin');
  assert.ok(server.requests.some((p) => p.endsWith('_bg.wasm')), 'the wasm came from this server');

  const csp = parseCsp(await report.csp());
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.ok(!csp.get('script-src').includes("'unsafe-inline'"), 'script-src allows unsafe-inline');
  assert.ok(!csp.get('style-src').includes("'unsafe-inline'"), 'style-src allows unsafe-inline');
  assert.deepEqual(csp.get('object-src'), ["'none'"]);

  assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');

  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/hosted.png' });
  await page.close();
});

test('hosted build: a dataset chosen and exported, every request to this origin only', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.open();
  await report.waitReady();
  const name = '03-settled-edges';
  const want = JSON.parse(await readFile(path.join(VALID, `${name}.expected.json`), 'utf8'));
  const files = (await readdir(path.join(VALID, name))).sort().map((f) => path.join(VALID, name, f));
  await report.loadFiles(files);
  await report.waitItems(want.summary.totals.items);
  const exported = await report.exportSummary();
  assert.deepEqual(summaryDiff(JSON.parse(exported.text), want.summary), []);
  await report.loadSample();

  const origin = new URL(server.url).origin;
  const foreign = log.requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'requests to another origin');
  assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  await page.close();
});
