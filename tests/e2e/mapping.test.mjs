// The mapping screen (issue 22), in Chromium: a workbook whose sheet has headers the spec
// does not name is refused, and "Chọn cách đọc…" opens the screen on it; the user maps its
// columns (with a sample of the rows), then the values that matched nothing ("'Phóng sự'
// (3 dòng)" → tv_report, an outlet spelled another way → its id); the rows load, and the
// reading is remembered after a reload and for the same headers next time; forgetting it
// refuses the sheet again. Also: the template downloads, is filled in (SheetJS, as another
// program would), and loads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import * as XLSX from 'xlsx';
import { launch, monitoredPage } from './browser.mjs';
import { MappingScreen } from './mapping-screen.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PLAN = path.join(ROOT, 'tests/fixtures/spreadsheets/04-spreadsheets/1-du-lieu.xlsx');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** A workbook of the office's own making: a title banner, then headers the spec does not name. */
function ownWorkbook() {
  const rows = [
    ['THEO DÕI TIN, BÀI NĂM 2024'],
    ['Ngày lên sóng', 'Kênh', 'Tên tin bài', 'Thể loại', 'Nhóm chủ đề', 'Người viết'],
    ['05/03/2024', 'Báo Nhân Dân', 'Tin một', 'Phóng sự', 'Chuyển đổi số', 'An'],
    ['06/03/2024', 'Đài THVN', 'Tin hai', 'Phóng sự', '2.1', 'Bình'],
    ['07/03/2024', 'vtv', 'Tin ba', 'Bài báo in', '5.1', 'Chi'],
    ['08/03/2024', 'Báo Tuổi Trẻ', 'Tin bốn', 'Phóng sự', 'Phát triển du lịch', 'Dung'],
    ['09/03/2024', 'VnExpress', 'Tin năm', 'Bài báo in', '1.2', 'Em'],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Theo dõi');
  return { name: 'theo-doi.xlsx', mimeType: XLSX_TYPE, buffer: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) };
}

async function openApp() {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  return { page, log, report, mapping: new MappingScreen(page) };
}

test('a sheet with unknown headers goes through the mapping screen, and the mapping is remembered', { timeout: 120_000 }, async () => {
  const { page, log, report, mapping } = await openApp();
  await report.loadFiles([PLAN]);
  await report.waitSomeItems();
  const base = await report.itemCount();
  const stored = await report.filesStored();
  await report.loadFiles([ownWorkbook()], { mode: 'add' });
  await report.problems.waitFor("Tệp 'theo-doi.xlsx'");
  assert.equal(await report.problems.refusedCount(), 1);
  assert.equal(await report.itemCount(), base, 'the data loaded before stays');

  // The screen starts from the fullest of the first rows, with a sample of each column.
  await report.problems.open();
  assert.match(await page.locator('[data-testid=unrecognised-hint]').textContent(), /bấm “Chọn cách đọc…” bên cạnh một trang/);
  await mapping.openFor('Theo dõi');
  assert.match(await mapping.heading(), /'Theo dõi'.*'theo-doi\.xlsx'/);
  assert.equal(await mapping.section(), 'coverage');
  assert.equal(await mapping.headerRow(), 2);
  const columns = await mapping.columns();
  assert.deepEqual(columns.map((c) => c.letter), ['A', 'B', 'C', 'D', 'E', 'F']);
  assert.equal(columns[1].header, 'Kênh');
  assert.equal(columns[1].sample, 'Báo Nhân Dân · Đài THVN · vtv');
  assert.match(await mapping.missing(), /Ngày đăng/);
  assert.equal(await mapping.canApply(), false);
  await mapping.mapColumn('A', 'date');
  await mapping.mapColumn('B', 'outlet');
  await mapping.mapColumn('C', 'title');
  await mapping.mapColumn('D', 'format');
  await mapping.mapColumn('E', 'themes');
  assert.equal(await mapping.missing(), '');
  assert.equal(await mapping.canApply(), true);
  await mapping.apply();

  // Read: two rows count, three are left out for values that matched nothing, listed by value.
  await report.waitItems(base + 2);
  await mapping.waitUnmatched();
  assert.equal(await mapping.isRemembered(), true);
  const unmatched = await mapping.unmatched();
  assert.deepEqual(
    unmatched.map((u) => [u.field, u.from, u.text]),
    [
      ['format', 'Phóng sự', "'Phóng sự' (3 dòng)"],
      ['outlet', 'Đài THVN', "'Đài THVN' (1 dòng)"],
    ],
  );
  await mapping.mapValue('format', 'Phóng sự', 'tv_report');
  await mapping.mapValue('outlet', 'Đài THVN', 'vtv');
  await mapping.apply();
  await report.waitItems(base + 5);
  await page.locator('[data-testid=mapping-values]').waitFor({ state: 'detached' });
  await report.waitFilesStored(stored);
  const line = (await report.problems.readings()).find((r) => r.file === 'theo-doi.xlsx').lines[0];
  assert.match(line, /đọc là danh sách tin, bài \(dòng tiêu đề 2, 5 bản ghi\), theo cách bạn đã chọn/);
  assert.match(line, /F 'Người viết' \(bỏ qua theo cách bạn chọn\)/);
  await mapping.close();

  // After a reload the stored files are read the same way.
  await report.reload(base + 5);
  // The same headers next time, in another file and order: read with no question.
  await report.clearData();
  await report.loadFiles([PLAN]);
  await report.waitItems(base);
  await report.loadFiles([ownWorkbook()], { mode: 'add' });
  await report.waitItems(base + 5);
  assert.equal(await report.problems.refusedCount(), 0);

  // Forgetting the reading refuses the sheet again; the rest stays.
  await report.problems.open();
  await mapping.openFor('Theo dõi');
  await mapping.forget();
  await report.waitItems(base);
  await report.problems.waitFor("Tệp 'theo-doi.xlsx'");
  assert.deepEqual(log.pageErrors, []);
});

test('the template downloads, is filled in, and loads', { timeout: 90_000 }, async () => {
  const { report } = await openApp();
  const template = await report.downloadTemplate({ welcome: true });
  const wb = XLSX.read(readFileSync(template.path));
  // The coverage sheet: its header row, then the example row; two rows of the user's own below.
  const name = wb.SheetNames.find((n) => {
    const head = XLSX.utils.sheet_to_json(wb.Sheets[n], { header: 1 })[0] ?? [];
    return head.includes('Ngày đăng') && head.includes('Tiêu đề');
  });
  assert.ok(name, `a coverage sheet among ${wb.SheetNames.join(', ')}`);
  const sheet = wb.Sheets[name];
  const rows = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false });
  const head = rows[0];
  const example = rows[1];
  const filled = [1, 2].map((n) => head.map((h, i) => {
    if (h === 'Tiêu đề') return `Bài điền thêm ${n}`;
    if (h === 'Ngày đăng') return `1${n}/03/2026`;
    if (h === 'Mã tin bài' || h === 'Mã') return `them-${n}`;
    return example[i] ?? '';
  }));
  XLSX.utils.sheet_add_aoa(sheet, filled, { origin: -1 });
  const buffer = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' });
  await report.loadFiles([{ name: 'mau-da-dien.xlsx', mimeType: XLSX_TYPE, buffer }]);
  await report.waitItems(3);
  const summary = await report.summary();
  assert.equal(summary.totals.items, 3);
  assert.equal(summary.totals.quarantined_records, 0);
});
