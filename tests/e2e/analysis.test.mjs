// Tone over time, alerts, money and last year (issue 24), through the release build as a person
// uses it: the analysis fixture (tests/fixtures/analysis) chosen in the file input shows the
// tone-by-month chart and table and the part "Thông tin tiêu cực cần theo dõi, xử lý" with the
// two flagged months and their negative items (only http(s) links clickable); a filter changes
// them. Last year's summary export chosen in "Năm trước để so sánh" adds the "Năm trước" and
// "Tăng/giảm" columns and the narrative's sentence, and the exported summary its `comparison`;
// this year's own file is refused in words; removing the comparison removes the columns. The
// printed document (PDF, checked with poppler) holds all of it; its pages are rendered to PNG
// in test-results/analysis-*.png for people to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { pdfText, poppler, squash } from './pdf.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = new URL('test-results/', import.meta.url).pathname;
const FIXTURE = path.join(ROOT, 'tests/fixtures/analysis');
const THIS_YEAR = path.join(FIXTURE, '2025/du-lieu-2025.json');
const LAST_SUMMARY = path.join(FIXTURE, '2024/summary-2024.json');
const LAST_DATA = path.join(FIXTURE, '2024/du-lieu-2024.json');

let server;
let browser;

before(async () => {
  await mkdir(OUT, { recursive: true });
  server = await serveDir(DIST_DIR);
});
after(async () => {
  await server?.close();
});
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => {
  await browser?.close();
});

/** The app with this year's data loaded. */
async function loaded() {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.openReady();
  await report.loadFiles([THIS_YEAR]);
  await report.waitItems(65);
  await report.waitReady();
  return { page, log, report };
}

test('tone by month and the flagged months with their items; a filter changes them', { timeout: 120_000 }, async () => {
  const { page, log, report } = await loaded();
  const a = report.analysis;
  assert.equal(await a.toneChartTitle(), 'Sắc thái thông tin theo tháng');
  assert.deepEqual(await report.tableHead('tone-months'), [
    'Tháng',
    'Tích cực',
    'Trung lập',
    'Tiêu cực',
    'Chưa đánh giá',
    'Số tin, bài',
  ]);
  assert.deepEqual(await report.tableRow('tone-months', '04/2025'), ['04/2025', '2', '1', '4', '1', '8']);

  assert.equal(await a.alertCount(), 2);
  const months = await a.alertMonths();
  assert.deepEqual(
    months.map((m) => m.month),
    ['04/2025', '10/2025'],
  );
  assert.equal(months[0].heading, 'Tháng 04/2025: 4 tin, bài tiêu cực (trung bình các tháng trước: 0,7)');
  assert.deepEqual(
    months[0].rows.map((r) => r.slice(0, 2)),
    [
      ['10/04/2025', 'Báo Bắc Ninh'],
      ['12/04/2025', 'Báo Bắc Giang'],
      ['14/04/2025', 'Báo Nhân Dân'],
      ['16/04/2025', 'Đài Truyền hình Việt Nam'],
    ],
  );
  // Two http(s) links are links; the javascript: one is text, the item without a link a dash.
  assert.deepEqual(months[0].links, ['https://baobn.vn/2025/19', 'https://vtv.vn/2025/22']);
  assert.equal(months[0].rows[1][3], "javascript:alert('2025-020')");
  assert.equal(months[0].rows[2][3], '–');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  // The narrative says it in one sentence; the money is in it too.
  const narrative = await page.inputValue('[data-testid=narrative-editor]');
  assert.match(narrative, /Thông tin tiêu cực tăng cao trong 2 tháng: tháng 04\/2025 \(4 tin, bài/);
  assert.match(narrative, /Tổng giá trị các hợp đồng đặt hàng là 240\.000\.000 đ/);
  // Money: per contract and per outlet level.
  assert.deepEqual(await report.tableRow('money', 'HĐ-03/2025'), [
    'HĐ-03/2025',
    'Báo Bắc Ninh',
    '30,0 triệu đ',
    '0/2',
    '–',
    '0,0 triệu đ',
    '30,0 triệu đ',
  ]);
  assert.deepEqual((await report.tableRow('money-levels', 'Trung ương')).slice(1), [
    '1',
    '90,0 triệu đ',
    '3',
    '3',
    '30.000.000 đ',
  ]);

  // One outlet (Báo Bắc Giang): one negative item in April, so no month is flagged.
  await report.filters.choose('outlet', 0);
  await report.waitItems(16);
  await a.waitAlerts(0);
  assert.equal(await page.locator('[data-testid=no-alerts]').count(), 1);
  assert.equal((await report.tableRow('tone-months', '04/2025'))[3], '1');
  await report.filters.clear();
  await report.waitItems(65);
  await a.waitAlerts(2);
  assert.deepEqual(log.pageErrors, []);
});

test('last year: its summary adds the columns, the sentence and the comparison; refusals; print', { timeout: 150_000 }, async () => {
  const { page, log, report } = await loaded();
  const a = report.analysis;
  // This year's own data cannot be its comparison.
  await a.chooseBaseline([THIS_YEAR]);
  assert.match(await a.baselineError(), /KH-2025 năm 2025 đang báo cáo, nên không so sánh được/);
  await a.removeBaseline();

  await a.chooseBaseline([LAST_SUMMARY]);
  assert.match(await a.baselineStatus(), /So sánh với kế hoạch KH-2024 năm 2024 \(summary-2024\.json\)/);
  await a.waitColumn('themes', 'Tăng/giảm');
  const heads = await report.tableHead('themes');
  assert.deepEqual(heads.slice(-2), ['Năm trước', 'Tăng/giảm']);
  // Theme 1: 26 items as last year (0 %); theme 3 is new: no figure last year.
  const one = await report.tableRow('themes', '1');
  assert.deepEqual(one.slice(-2), ['26', '0 %']);
  assert.deepEqual((await report.tableRow('themes', '3')).slice(-2), ['–', '–']);
  assert.deepEqual((await report.tableHead('months')).slice(-2), ['Năm trước', 'Tăng/giảm']);
  assert.deepEqual((await report.tableHead('outlets')).slice(-2), ['Năm trước', 'Tăng/giảm']);
  const narrative = await page.inputValue('[data-testid=narrative-editor]');
  assert.match(narrative, /Tổng số 65 tin, bài tăng 25 % so với năm 2024 \(52 tin, bài\)\./);
  const summary = JSON.parse((await report.exportSummary()).text);
  assert.equal(summary.comparison.plan, 'KH-2024');
  assert.equal(summary.comparison.totals.items, 52);
  assert.deepEqual(
    summary.tone_alerts.map((t) => [t.month, t.negative]),
    [
      ['2025-04', 4],
      ['2025-10', 3],
    ],
  );

  // Printed: the new sections, the alerts with their items, the comparison's columns; the
  // control itself is not printed.
  const file = path.join(OUT, 'analysis.pdf');
  await report.pdf(file);
  const text = squash(pdfText(file).join('\n'));
  for (const words of [
    'Sắc thái thông tin theo tháng',
    'Thông tin tiêu cực cần theo dõi, xử lý',
    'Tháng 04/2025: 4 tin, bài tiêu cực',
    'Kinh phí hợp đồng và sản phẩm đã thực hiện',
    'Kinh phí theo cấp cơ quan báo chí',
    'Năm trước',
    'Tăng/giảm',
    'tăng 25 % so với năm 2024',
  ]) {
    assert.ok(text.includes(words), `printed: ${words}`);
  }
  assert.ok(!text.includes('Năm trước để so sánh'), 'the control is not printed');
  poppler('pdftoppm', ['-png', '-r', '60', file, path.join(OUT, 'analysis')]);

  // A filtered view is not set beside last year's whole figures: the columns wait, the
  // control says why; cleared, they come back.
  await report.filters.choose('outlet', 0);
  await report.waitItems(16);
  await a.waitColumn('themes', 'Tăng/giảm', false);
  assert.match(await a.baselineStatus(), /chỉ hiện khi bỏ lọc/);
  await report.filters.clear();
  await report.waitItems(65);
  await a.waitColumn('themes', 'Tăng/giảm');

  // Removed: the columns go.
  await a.removeBaseline();
  await a.waitColumn('themes', 'Tăng/giảm', false);

  // Last year's data files instead of its summary: the renamed theme matches by name.
  await a.chooseBaseline([LAST_DATA]);
  await a.baselineStatus();
  await a.waitColumn('themes', 'Năm trước');
  assert.deepEqual((await report.tableRow('themes', '2')).slice(-2), ['13', '+100 %']);
  assert.deepEqual(log.pageErrors, []);
});

test('last year\'s figures are kept across a reload until removed', { timeout: 120_000 }, async () => {
  const { page, log, report } = await loaded();
  const a = report.analysis;
  await a.chooseBaseline([LAST_SUMMARY]);
  await a.waitColumn('themes', 'Tăng/giảm');
  await report.reload(65);
  await a.waitColumn('themes', 'Tăng/giảm');
  assert.match(await a.baselineStatus(), /So sánh với kế hoạch KH-2024 năm 2024 \(summary-2024\.json\)/);
  assert.equal((await report.summary()).comparison.totals.items, 52);
  await a.removeBaseline();
  await a.waitColumn('themes', 'Tăng/giảm', false);
  await report.reload(65);
  await report.waitReady();
  assert.equal(await page.locator('[data-testid=baseline-status]').count(), 0, 'removed stays removed');
  assert.equal((await report.summary()).comparison, undefined);
  assert.deepEqual(log.pageErrors, []);
});
