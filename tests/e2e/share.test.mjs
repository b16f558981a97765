// "Lưu báo cáo để gửi" (issue 25): a report saved as one read-only HTML file, opened from
// file:// in a fresh browser profile as a leader would open an e-mail attachment: it shows that
// report at once (the case's figures, the author's text), offers no load control and no
// editing, asks for nothing but file:, data: and blob: URLs, breaks no rule of its CSP, stores
// nothing; filters and the Word export work there. A workbook travels as itself (read as its
// author read it, its problems placed by sheet and row) and last year's figures with it. With
// the bundled sample it stays ≤ 1.5 MB.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { parseCsp } from './csp.mjs';
import { ReportPage } from './report-page.mjs';
import { SharedReport } from './shared-report.mjs';
import { DIST_DIR } from './server.mjs';
import { summaryDiff } from './summary-compare.mjs';

const OUT = new URL('test-results/', import.meta.url).pathname;
const VALID = new URL('../fixtures/conformance/valid/', import.meta.url).pathname;
const FILE = path.join(DIST_DIR, 'phusong.html');
/** The bound for the sample's shared report. */
const SAMPLE_BOUND = 1_500_000;
const ROOT = new URL('../..', import.meta.url).pathname;
const SHEETS = path.join(ROOT, 'tests/fixtures/spreadsheets/04-spreadsheets');
const ANALYSIS = path.join(ROOT, 'tests/fixtures/analysis');

let author;

before(async () => {
  assert.ok(existsSync(FILE), `${FILE} is missing: run \`trunk build --release\` first`);
  await mkdir(OUT, { recursive: true });
  author = await launch();
});

after(async () => {
  await author?.close();
});

/** Opens `file` (a shared report) in a browser of its own, with a fresh profile. */
async function openAsLeader(file) {
  const leader = await launch();
  const { page, log } = await monitoredPage(leader.context);
  const report = new ReportPage(page, pathToFileURL(file).href);
  await report.open();
  return { leader, page, log, report, shared: new SharedReport(page) };
}

test('a conformance case saved to send opens from file:// with its figures, read-only, with only local requests', { timeout: 120_000 }, async () => {
  // The author: the offline file, the case's files chosen, a line of text of their own.
  const { page } = await monitoredPage(author.context);
  const authoring = new ReportPage(page, pathToFileURL(FILE).href);
  await authoring.openReady();
  const name = '02-split-with-bad-records';
  const want = JSON.parse(await readFile(path.join(VALID, `${name}.expected.json`), 'utf8'));
  const files = (await readdir(path.join(VALID, name))).sort().map((f) => path.join(VALID, name, f));
  await authoring.loadFiles(files);
  await authoring.waitItems(want.summary.totals.items);
  const leftOut = await authoring.problems.quarantinedCount();
  assert.ok(leftOut > 0, 'the case leaves records out');
  const narrative = 'Đánh giá của tác giả: kết quả bám sát kế hoạch.';
  await authoring.writeNarrative(narrative);
  const saved = await authoring.saveShared();
  assert.match(saved.name, /^bao-cao-lap-ngay-\d{4}-\d{2}-\d{2}\.html$/);
  const file = path.join(OUT, `shared-${name}.html`);
  await writeFile(file, saved.bytes);
  await page.close();

  // The leader: a fresh profile, the file opened by itself.
  const { leader, page: leaderPage, log, report, shared } = await openAsLeader(file);
  try {
    await report.waitItems(want.summary.totals.items);
    assert.deepEqual(summaryDiff(await report.summary(), want.summary), [], "the case's summary (ratios within 1e-9)");
    assert.match(await shared.line(), /^Báo cáo do .+ lập ngày \d{2}\/\d{2}\/\d{4}; dữ liệu chỉ đọc\.$/);
    assert.deepEqual(await shared.loadControls(), [], 'load controls on a shared report');
    assert.equal(await shared.visibleEditors(), 0, 'text boxes of the document');
    assert.equal(await report.printedNarrative(), narrative, "the author's text, as it prints");
    // The records the case leaves out are still said to be left out.
    assert.equal(await report.problems.quarantinedCount(), leftOut);

    // Filters work; the Word export too.
    const outlets = await report.filters.optionCount('outlet');
    assert.ok(outlets > 2, 'several outlets to choose from');
    const first = await leaderPage.$eval('[data-testid=filter-outlet]', (s) => s.options[1].value);
    await report.filters.choose('outlet', first);
    await leaderPage.waitForFunction(
      (all) => Number(document.querySelector('[data-testid=report]')?.dataset.items) < all,
      want.summary.totals.items,
    );
    const docx = await report.exportDocx();
    assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a .docx (zip)');

    const other = log.requests.filter((u) => !/^(file|data|blob):/.test(u));
    assert.deepEqual(other, [], 'requests that are not file:, data: or blob:');
    const csp = parseCsp(await report.csp());
    assert.deepEqual(csp.get('connect-src'), ["'none'"]);
    assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
    assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
    assert.deepEqual(log.consoleErrors, [], 'console errors');
    assert.deepEqual(await shared.databases(), [], 'a shared report stores nothing');
    await leaderPage.screenshot({ path: path.join(OUT, 'shared-report.png') });
  } finally {
    await leader.close();
  }
});

test(`the bundled sample saved to send is at most ${SAMPLE_BOUND} bytes and opens to its 1,500 items`, { timeout: 120_000 }, async () => {
  const { page } = await monitoredPage(author.context);
  const authoring = new ReportPage(page, pathToFileURL(FILE).href);
  await authoring.open('#sample');
  await authoring.waitItems(1500);
  const want = await authoring.summary();
  const saved = await authoring.saveShared();
  console.log(`shared report of the sample: ${saved.bytes.length} bytes, made in ${saved.ms?.toFixed(0)} ms`);
  assert.ok(saved.bytes.length <= SAMPLE_BOUND, `${saved.bytes.length} bytes > ${SAMPLE_BOUND}`);
  const file = path.join(OUT, 'shared-sample.html');
  await writeFile(file, saved.bytes);
  await page.close();

  const { leader, log, report } = await openAsLeader(file);
  try {
    await report.waitItems(1500);
    assert.deepEqual(summaryDiff(await report.summary(), want), [], 'the same summary as the author had');
    assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  } finally {
    await leader.close();
  }
});

test('a workbook and last year\'s summary travel with the report: read and compared as the author had them', { timeout: 120_000 }, async () => {
  const { page } = await monitoredPage(author.context);
  const authoring = new ReportPage(page, pathToFileURL(FILE).href);
  await authoring.openReady();
  const expected = JSON.parse(await readFile(`${SHEETS}.expected.json`, 'utf8'));
  await authoring.loadFiles(['1-du-lieu.xlsx', '2-tin-bai-6-thang-cuoi.csv'].map((f) => path.join(SHEETS, f)), { mode: 'replace' });
  await authoring.waitItems(expected.summary.totals.items);
  const placed = await authoring.problems.openGroup('Báo Không Có Thật');
  const saved = await authoring.saveShared();
  const file = path.join(OUT, 'shared-04.html');
  await writeFile(file, saved.bytes);
  // The analysis fixture with last year's summary, shared too.
  await authoring.loadFiles([path.join(ANALYSIS, '2025/du-lieu-2025.json')], { mode: 'replace' });
  await authoring.waitSomeItems();
  await authoring.analysis.chooseBaseline([path.join(ANALYSIS, '2024/summary-2024.json')]);
  await authoring.analysis.waitColumn('themes', 'Tăng/giảm');
  const comparedFile = path.join(OUT, 'shared-analysis.html');
  await writeFile(comparedFile, (await authoring.saveShared()).bytes);
  await page.close();

  let { leader, report, log } = await openAsLeader(file);
  try {
    await report.waitItems(expected.summary.totals.items);
    assert.deepEqual(summaryDiff(await report.summary(), expected.summary), []);
    assert.deepEqual(await report.problems.openGroup('Báo Không Có Thật'), placed, 'problems placed by sheet and row');
    const readings = await report.problems.readings();
    assert.deepEqual(readings.map((r) => r.file), ['1-du-lieu.xlsx', '2-tin-bai-6-thang-cuoi.csv']);
    assert.equal(await report.page.locator('[data-testid=choose-reading]').count(), 0, 'no other reading to choose');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await leader.close();
  }

  ({ leader, report, log } = await openAsLeader(comparedFile));
  try {
    await report.waitSomeItems();
    await report.analysis.waitColumn('themes', 'Tăng/giảm');
    const summary = await report.summary();
    assert.equal(summary.comparison.plan, 'KH-2024');
    assert.equal(summary.comparison.totals.items, 52);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await leader.close();
  }
});

test('a shared report damaged on the way says so in words, and offers nothing to load', { timeout: 60_000 }, async () => {
  const good = await readFile(path.join(OUT, 'shared-sample.html'));
  const start = good.indexOf('id="phusong-share"');
  assert.ok(start > 0, 'the sample\'s shared report from the test above');
  // Bytes of its data block overwritten, as a broken transfer would.
  const broken = Buffer.from(good);
  broken.fill(0x41, start + 2000, start + 4000);
  const file = path.join(OUT, 'shared-damaged.html');
  await writeFile(file, broken);
  const { leader, page, log, shared } = await openAsLeader(file);
  try {
    await page.waitForSelector('[data-testid=shared-error]:not(:empty)');
    assert.match(await page.textContent('[data-testid=shared-error]'), /^Không mở được báo cáo trong tệp này: phần dữ liệu bị hỏng hoặc bị cắt ngắn/);
    assert.deepEqual(await shared.loadControls(), []);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await leader.close();
  }
});
