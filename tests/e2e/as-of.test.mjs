// A report drafted before its plan period ends (issue 20), as an author would meet it: the
// browser's clock set to 15/11/2025, a plan that ends 30/11/2025 and a contract that runs until
// 30/11 and is behind. The report says "Số liệu tính đến ngày 15/11/2025", the summary carries
// `as_of`, the narrative never says the running contract's term has ended, its status follows
// the share of the term elapsed at 15/11, and one warning says how many items are dated after it.
// The author changes the date in the header; the change is kept across a reload, as is the
// language. Parts II–IV, the per-format table and the acceptance appendix print (poppler), and
// the appendix prints alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { notA4, pdfPages, pdfText, poppler, squash } from './pdf.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = new URL('test-results/', import.meta.url).pathname;
const DATASET = path.join(ROOT, 'tests/fixtures/as-of/dataset.json');
const CONTRACT = '12/2025/HĐ-STTTT';
/** 15/11/2025, mid-morning in the browser's time zone. */
const DRAFTED = new Date(2025, 10, 15, 9, 30);

let server;
let browser;

before(async () => {
  await mkdir(OUT, { recursive: true });
  server = await serveDir(DIST_DIR);
});
after(async () => server?.close());
// A fresh profile per test: the app keeps files and edits in the browser.
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => browser?.close());

/** The app opened on 15/11/2025 with the dataset loaded. */
async function draftedOn15November() {
  const { page, log } = await monitoredPage(browser.context);
  await page.clock.setFixedTime(DRAFTED);
  const report = new ReportPage(page, server.url);
  await report.open();
  await report.waitReady();
  await report.loadFiles([DATASET]);
  await report.waitItems(24);
  return { page, log, report };
}

/** `phusong summary` of the dataset, with `args`. */
const cliSummary = (...args) =>
  execFileSync('cargo', ['run', '-q', '-p', 'phusong-cli', '--', 'summary', ...args, DATASET], { cwd: ROOT }).toString('utf8');

test('drafted on 15/11/2025: the as-of line, as_of in the summary, a running contract behind its pace', { timeout: 90_000 }, async () => {
  const { page, log, report } = await draftedOn15November();
  assert.equal(await report.asOfLine(), 'Số liệu tính đến ngày 15/11/2025');
  assert.equal(await report.asOfDate(), '15/11/2025');
  // One item is dated 20/11/2025: counted, with one warning.
  const warning = await report.afterAsOfWarning();
  assert.match(warning, /^Có 1 tin, bài có ngày đăng sau ngày 15\/11\/2025; các tin, bài này vẫn được tính/);

  const summary = JSON.parse((await report.exportSummary()).text);
  assert.equal(summary.as_of, '2025-11-15');
  assert.equal(summary.totals.items, 24);
  // The same as the CLI's at the same date.
  assert.deepEqual(summary, JSON.parse(cliSummary('--as-of', '2025-11-15')));

  // The narrative: where the contract stands, never that its term has ended.
  const narrative = await report.narrative();
  assert.ok(!/kết thúc|hết thời hạn|hết hạn/.test(narrative), narrative);
  assert.ok(
    narrative.includes(
      `${CONTRACT} (Đài Truyền hình Việt Nam) mới đạt 65 % khối lượng đặt hàng khi đã qua 95,5 % thời hạn hợp đồng (hợp đồng còn hiệu lực đến hết ngày 30/11/2025)`,
    ),
    narrative,
  );
  assert.ok(narrative.startsWith('Từ ngày 01/01/2025 đến ngày 15/11/2025, '), narrative);

  // The status follows the share of the term elapsed at 15/11: 319 of 334 days.
  const head = await report.tableHead('contracts');
  const row = await report.tableRow('contracts', CONTRACT);
  const cell = (name) => row[head.indexOf(name)];
  assert.equal(cell('Tỷ lệ thực hiện (%)'), '65 %');
  assert.equal(cell('Thời gian đã qua (%)'), '95,5 %');
  assert.equal(cell('Tiến độ'), 'Chậm tiến độ');

  // Acceptance per format, on screen.
  assert.deepEqual(await report.tableRow('deliverables', CONTRACT), [
    CONTRACT, 'Đài Truyền hình Việt Nam', 'Phóng sự truyền hình', '10', '7', '7', '3',
  ]);

  // At 30/06/2025 the same deliveries are on pace: 181 of 334 days elapsed.
  await report.setAsOf('30/06/2025');
  assert.equal(await report.asOfLine(), 'Số liệu tính đến ngày 30/06/2025');
  const mid = await report.tableRow('contracts', CONTRACT);
  assert.equal(mid[head.indexOf('Thời gian đã qua (%)')], '54,2 %');
  assert.equal(mid[head.indexOf('Tiến độ')], 'Đúng tiến độ');
  assert.equal(JSON.parse((await report.exportSummary()).text).as_of, '2025-06-30');

  // Kept across a reload (with the clock still at 15/11).
  await report.reload(24);
  assert.equal(await report.asOfDate(), '30/06/2025');
  assert.equal(await report.asOfLine(), 'Số liệu tính đến ngày 30/06/2025');

  // The period's end: the report and the summary of the whole period, as before this issue.
  await report.setAsOf('30/11/2025');
  assert.equal(await report.asOfLine(), null);
  assert.equal(await report.afterAsOfWarning(), null);
  const whole = JSON.parse((await report.exportSummary()).text);
  assert.equal(whole.as_of, undefined);
  assert.deepEqual(whole, JSON.parse(cliSummary('--as-of', '2025-11-30')));
  assert.equal(row.length, head.length);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the language choice is kept across a reload', { timeout: 60_000 }, async () => {
  const { page, report } = await draftedOn15November();
  await report.switchLanguage();
  await report.waitAsOfLine('Figures as of 15/11/2025');
  await report.reload(24);
  assert.equal(await report.asOfLine(), 'Figures as of 15/11/2025');
  assert.equal(await report.languageButton(), 'Tiếng Việt');
  await page.close();
});

test('parts II–IV and the acceptance appendix print; the appendix also prints alone', { timeout: 120_000 }, async () => {
  const { page, log, report } = await draftedOn15November();
  // II is drafted from the numbers; III and IV start empty, their hints only placeholders.
  const shortcomings = await report.written('shortcomings-editor');
  assert.match(shortcomings, /Có 1 hợp đồng đặt hàng chậm so với tiến độ: 12\/2025\/HĐ-STTTT \(Đài Truyền hình Việt Nam\) đạt 65 % khi đã qua 95,5 % thời hạn, còn hiệu lực đến hết ngày 30\/11\/2025\./);
  assert.equal(await report.written('directions-editor'), '');
  const hint = await report.hint('directions-editor');
  assert.ok(hint.length > 20);
  const directions = 'Tiếp tục đặt hàng phóng sự truyền hình về du lịch xứ Thanh.';
  await report.write('directions-editor', directions);
  const proposals = 'Đề nghị bổ sung kinh phí đặt hàng năm 2026.';
  await report.write('proposals-editor', proposals);
  // Each part is kept across a reload.
  await report.reload(24);
  assert.equal(await report.written('directions-editor'), directions);
  assert.equal(await report.written('proposals-editor'), proposals);
  await report.chooseAcceptance(CONTRACT);

  const file = path.join(OUT, 'as-of-report.pdf');
  await report.printing.pdf(file);
  const { pages: count, sizes } = pdfPages(file);
  assert.deepEqual(notA4(sizes), []);
  const pages = pdfText(file);
  const flat = squash(pages.join('\n'));
  for (const s of [
    'Số liệu tính đến ngày 15/11/2025',
    'I. KẾT QUẢ ĐẠT ĐƯỢC',
    '1. Đánh giá chung',
    'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI',
    'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    directions,
    proposals,
    'Khối lượng đặt hàng và đã thực hiện theo loại sản phẩm',
    `Phụ lục: sản phẩm đã thực hiện của hợp đồng số ${CONTRACT}`,
    '1. Phóng sự truyền hình: đặt hàng 10, đã thực hiện 7',
    '2. Tin, bài báo điện tử: đặt hàng 10, đã thực hiện 6',
    'Sản phẩm không thuộc danh mục đặt hàng: 1',
    'Video: lễ hội Lam Kinh',
    'ĐẠI DIỆN BÊN ĐẶT HÀNG',
    'ĐẠI DIỆN CƠ QUAN BÁO CHÍ',
    'Nơi nhận',
  ]) {
    assert.ok(flat.includes(s), `the PDF says "${s}"`);
  }
  // The hints of the author's parts and the as-of controls never print.
  assert.ok(!flat.includes(squash(hint)), 'a hint printed');
  assert.ok(!flat.includes('Để trống: hôm nay'), 'the as-of box printed');
  assert.ok(!flat.includes('vẫn được tính trong số liệu'), 'the warning printed');
  // The acceptance appendix starts a page of its own.
  const at = pages.findIndex((p) => squash(p).includes('Phụ lục: sản phẩm đã thực hiện'));
  assert.ok(squash(pages[at]).startsWith(`${at + 1} Phụ lục: sản phẩm đã thực hiện`), squash(pages[at]).slice(0, 80));
  poppler('pdftoppm', ['-r', '60', '-png', file, path.join(OUT, 'pdf-as-of')]);

  // "In riêng phụ lục này": the print dialog opens with the report in its "appendix alone"
  // state, which prints only the appendix; then the report prints whole again.
  // (The browser's print dialog is replaced by a recorder of the report's state when it opens.)
  await report.printing.catchPrintDialog();
  await report.printing.printAcceptanceAlone();
  assert.deepEqual((await report.printing.dialogs()).map((d) => d.acceptanceAlone), [true]);
  await report.printing.waitAcceptanceAloneLeft();
  // What that state prints (page.pdf in it): the appendix, and nothing of the report before it.
  const alone = path.join(OUT, 'as-of-acceptance-alone.pdf');
  await report.printing.pdfAcceptanceAlone(alone);
  const aloneText = squash(pdfText(alone).join('\n'));
  assert.ok(aloneText.startsWith(`Phụ lục: sản phẩm đã thực hiện của hợp đồng số ${CONTRACT}`), aloneText.slice(0, 120));
  for (const s of ['BÁO CÁO', 'Nơi nhận', 'KẾT QUẢ ĐẠT ĐƯỢC', 'Danh sách tin, bài']) {
    assert.ok(!aloneText.includes(s), `"${s}" printed with the appendix alone`);
  }
  poppler('pdftoppm', ['-r', '60', '-png', alone, path.join(OUT, 'pdf-acceptance-alone')]);
  assert.ok(count > 2);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
