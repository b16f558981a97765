// The offline single file dist/phusong.html opened through file:// (as after a double-click on
// a network share): it renders, loads nothing but itself, and breaks no rule of its own CSP.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { parseCsp } from './csp.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR } from './server.mjs';

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
