// Spreadsheets load like JSON (issue 22), in Chromium, through the file input and by drop:
// the conformance case 04 (a workbook and a CSV) loads with no question asked and exports its
// expected summary; the problems panel says how each sheet was read and groups the rows left
// out by reason; a broken workbook is refused and the data loaded before stays; the template
// downloads from the toolbar and loads as it is.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';
import { summaryDiff } from './summary-compare.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const CASE = path.join(ROOT, 'tests/fixtures/spreadsheets/04-spreadsheets');
const FILES = ['1-du-lieu.xlsx', '2-tin-bai-6-thang-cuoi.csv'].map((f) => path.join(CASE, f));
const EXPECTED = JSON.parse(readFileSync(`${CASE}.expected.json`, 'utf8'));

let server;
let browser;

before(async () => {
  server = await serveDir(DIST_DIR);
});
after(async () => server?.close());
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => browser?.close());

async function openApp() {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  return { page, log, report };
}

const items = EXPECTED.summary.totals.items;

test('a workbook and a CSV load through the file input with no question, as case 04 expects', { timeout: 90_000 }, async () => {
  const { page, log, report } = await openApp();
  // What the progress line says during the load (the conversion is one long step: it must say so first).
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid=progress]');
      if (p) window.__progress.push(p.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await report.loadFiles(FILES);
  await report.waitItems(items);
  assert.ok((await page.evaluate(() => window.__progress)).some((t) => t.startsWith('Đang đọc bảng tính')), 'the conversion said on screen');
  assert.deepEqual(summaryDiff(await report.summary(), EXPECTED.summary), []);
  assert.equal(await report.problems.quarantinedCount(), EXPECTED.quarantined.length);
  // How each file was read.
  await report.problems.open();
  const readings = await report.problems.readings();
  assert.deepEqual(readings.map((r) => r.file), ['1-du-lieu.xlsx', '2-tin-bai-6-thang-cuoi.csv']);
  const sheet = readings[0].lines.find((l) => l.startsWith("Trang 'Tin bài'"));
  assert.match(sheet, /đọc là danh sách tin, bài \(dòng tiêu đề 3, 137 bản ghi\)/);
  assert.match(sheet, /B 'Ngày đăng' → date/);
  assert.match(sheet, /bỏ qua cột A 'STT'/);
  assert.ok(readings[0].lines.some((l) => /dòng 138, cột B 'Ngày đăng': '31\/02\/2025' không phải ngày có thật/.test(l)));
  // Records left out, grouped by reason.
  const groups = await report.problems.groups();
  assert.ok(groups.some((g) => /^1 bản ghi: /.test(g)), groups.join('\n'));
  // A spreadsheet's record is placed by its sheet and row, as the user sees the file.
  const lines = await report.problems.openGroup('Báo Không Có Thật');
  assert.match(lines[0], /^Tệp '1-du-lieu\.xlsx', trang 'Tin bài', dòng 139 bị loại khỏi báo cáo: /);
  // "Lưu dữ liệu dạng JSON": one coverage-report/v1 file per spreadsheet.
  const saved = await report.saveJson(2);
  assert.deepEqual(saved.map((f) => f.name).sort(), ['1-du-lieu.json', '2-tin-bai-6-thang-cuoi.json']);
  for (const f of saved) assert.equal(JSON.parse(f.text).format, 'coverage-report/v1');
  assert.equal(JSON.parse(saved.find((f) => f.name === '2-tin-bai-6-thang-cuoi.json').text).coverage.length, 106);
  assert.deepEqual(log.pageErrors, []);
});

test('a dropped workbook loads; a broken one is refused and the data stays', { timeout: 90_000 }, async () => {
  const { report } = await openApp();
  await report.dropFiles(FILES);
  await report.waitItems(items);
  const broken = path.join(tmpdir(), `hong-${process.pid}.xlsx`);
  writeFileSync(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  await report.loadFiles([broken], { mode: 'add' });
  await report.problems.waitFor(`Tệp 'hong-${process.pid}.xlsx' bị hỏng hoặc không đúng dạng`);
  assert.equal(await report.problems.refusedCount(), 1);
  await report.waitItems(items);
  assert.deepEqual(summaryDiff(await report.summary(), EXPECTED.summary), []);
});

test('the template downloads from the toolbar and loads as it is', { timeout: 90_000 }, async () => {
  const { report } = await openApp();
  const fromWelcome = await report.downloadTemplate({ welcome: true });
  assert.equal(fromWelcome.name, 'mau-du-lieu-phusong.xlsx');
  await report.loadFiles([{ name: fromWelcome.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(fromWelcome.path) }]);
  await report.waitItems(1);
  const summary = await report.summary();
  assert.equal(summary.plan, 'KH-2026');
  assert.equal(summary.totals.quarantined_records, 0);
  assert.equal(summary.contracts[0].delivered, 1);
  const fromToolbar = await report.downloadTemplate();
  assert.deepEqual(readFileSync(fromToolbar.path), readFileSync(fromWelcome.path));
});

test('the bundled sample downloads as .xlsx and loads to the same report as the sample itself', { timeout: 90_000 }, async () => {
  const { report } = await openApp();
  const file = await report.downloadSampleXlsx();
  assert.equal(file.name, 'du-lieu-mau-thanh-hoa-2025.xlsx');
  await report.loadSample();
  const fromJson = await report.summary();
  await report.clearData();
  await report.loadFiles([{ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(file.path) }]);
  await report.waitItems(1500);
  const fromXlsx = await report.summary();
  assert.equal(fromXlsx.totals.quarantined_records, 0);
  assert.deepEqual(fromXlsx, fromJson);
});

