// The app as a planner uses it (hosted build over http://127.0.0.1): every conformance dataset
// chosen through the file input exports exactly the expected summary; a refused file leaves
// the loaded dataset as it was; filters change the headline figures as the engine's unfiltered
// breakdowns say; the title search ignores case and diacritics (NFC or NFD); edits and data
// come back after a reload, and "Xóa dữ liệu" removes them. The first screen says what the
// app does and loads files from its own button.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { generateSample, ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';
import { summaryDiff } from './summary-compare.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const CONFORMANCE = path.join(ROOT, 'tests/fixtures/conformance');
const VALID = path.join(CONFORMANCE, 'valid');
const INVALID = path.join(CONFORMANCE, 'invalid');
const CASES = readdirSync(VALID).filter((n) => n.endsWith('.expected.json')).map((n) => n.replace('.expected.json', ''));

/** The files of a valid case, in name order (the order the README says to load them in). */
const caseFiles = (name) =>
  readdirSync(path.join(VALID, name))
    .sort()
    .map((f) => path.join(VALID, name, f));
const expected = (name) => JSON.parse(readFileSync(path.join(VALID, `${name}.expected.json`), 'utf8'));

let server;
let browser;

before(async () => {
  server = await serveDir(DIST_DIR);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage() {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  return { page, log, report };
}

test('the first screen says what to do, in Vietnamese or English, and loads the chosen files', { timeout: 60_000 }, async () => {
  const own = await launch(); // a new profile: nothing stored, so the first screen shows
  try {
    const { page, log } = await monitoredPage(own.context);
    const report = await new ReportPage(page, server.url).openReady();
    const { welcome } = report;
    await welcome.waitShown();
    assert.equal(await welcome.heading(), 'Báo cáo kết quả thông tin, tuyên truyền');
    assert.deepEqual(await welcome.steps(), ['Tải dữ liệu', 'Kiểm tra', 'Lập báo cáo']);
    assert.match(await welcome.text(), /không gửi đi đâu/);
    assert.match(await welcome.text(), /Nghị định 30\/2020\/NĐ-CP/);
    for (const id of ['clear-data', 'export-summary', 'print']) {
      assert.equal(await report.isDisabled(id), true, `${id} is disabled with nothing loaded`);
    }
    await report.switchLanguage();
    assert.equal(await welcome.heading(), 'Press coverage report');
    assert.match(await welcome.text(), /never sent anywhere/);
    await report.switchLanguage();
    assert.equal(await welcome.heading(), 'Báo cáo kết quả thông tin, tuyên truyền');

    await welcome.loadFiles(caseFiles('01-small'));
    await report.waitItems(expected('01-small').summary.totals.items);
    assert.equal(await welcome.isShown(), false, 'the report replaces the first screen');
    assert.equal(await report.isDisabled('clear-data'), false);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await own.close();
  }
});

test('the welcome screen warms the loader up unseen, stores nothing, and gives way to a file chosen meanwhile', { timeout: 90_000 }, async () => {
  const own = await launch(); // a new profile: nothing stored, so the welcome screen (and the warm-up) come
  try {
    const { page, log } = await monitoredPage(own.context);
    const report = new ReportPage(page, server.url);
    // Reads of a Blob's stream wait 100 ms each while slowed down (from the page's start if
    // the tab says so): the warm-up (the sample in 64 KiB chunks) is caught half-way.
    await report.instrumentBlobReads();
    await report.open();
    await report.waitMark('warmed');
    assert.equal(await report.markCount('warmed'), 1);
    assert.ok((await report.reads()) > 1, 'the warm-up read the sample through a Blob stream, in chunks');
    assert.equal(await report.welcome.isShown(), true, 'the welcome screen stays');
    assert.equal(await report.isDisabled('clear-data'), true, 'nothing is loaded');
    assert.deepEqual((await report.marks()).filter((m) => m !== 'phusong:warmed'), [], "none of a load's marks");
    await report.reload();
    await report.waitMark('warmed');
    assert.equal(await report.markCount('warmed'), 1);
    assert.equal(await report.welcome.isShown(), true, 'after a reload too: the warm-up stored nothing');

    // Again, with the warm-up's reads slowed down: a file chosen half-way loads, and the warm-up stops.
    await report.slowReads(true, { forNextLoads: true });
    await report.reload();
    await report.waitReads(2);
    await report.slowReads(false);
    await report.welcome.loadFiles(caseFiles('01-small'));
    await report.waitItems(expected('01-small').summary.totals.items);
    // The load's last step, its files stored, comes before the warm-up's mark is looked for.
    await report.waitFilesStored();
    assert.deepEqual((await report.marks()).filter((m) => m === 'phusong:warmed'), [], 'the warm-up gave way and stopped');
    assert.equal(await report.headlineItems(), expected('01-small').summary.totals.items);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await own.close();
  }
});

for (const name of CASES) {
  test(`conformance ${name}: chosen through the file input, the export equals the expected summary`, { timeout: 60_000 }, async () => {
    const { page, log, report } = await freshPage();
    const want = expected(name);
    await report.loadFiles(caseFiles(name));
    await report.waitItems(want.summary.totals.items);

    assert.equal(await report.headlineItems(), want.summary.totals.items);
    assert.equal(await report.problems.refusedCount(), want.refused_files.length);
    assert.equal(await report.problems.quarantinedCount(), want.quarantined.length);
    for (const refused of want.refused_files) {
      assert.match(await report.problems.text(), new RegExp(refused.replace(/\./g, '\\.')));
    }

    const { name: file, text: json } = await report.exportSummary();
    assert.match(file, /\.json$/);
    const got = JSON.parse(json);
    assert.deepEqual(summaryDiff(got, want.summary), [], `summary of ${name} differs`);

    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    await report.deleteStoredData();
    await page.close();
  });
}

test('every invalid file is refused with a located Vietnamese message and leaves the loaded dataset as it was', { timeout: 120_000 }, async () => {
  const { page, log, report } = await freshPage();
  const want = expected('01-small');
  await report.loadFiles(caseFiles('01-small'));
  await report.waitItems(want.summary.totals.items);
  const before = (await report.exportSummary()).text;

  // (Chromium drops a frame's downloads beyond 10 a second, and this loop exports a summary
  // for each of 12 files: exportSummary keeps under that rate.)
  for (const file of readdirSync(INVALID).sort()) {
    await report.loadFiles([path.join(INVALID, file)]);
    await report.problems.waitFor(file);
    await report.waitItems(want.summary.totals.items);
    assert.equal(await report.problems.refusedCount(), 1, `${file}: refused count`);
    const problems = await report.problems.text();
    // The message is Vietnamese (it names the file as "Tệp") and says where.
    assert.match(problems, new RegExp(`Tệp '?${file.replace(/\./g, '\\.')}`), `${file}: message names the file`);
    if (file === '01-not-json.json') assert.match(problems, /dòng \d+/, 'the line of the JSON error');
    assert.equal(await report.headlineItems(), want.summary.totals.items, `${file}: headline kept`);
    assert.equal((await report.exportSummary()).text, before, `${file}: the dataset changed`);
  }
  assert.deepEqual(log.pageErrors, []);
  await report.deleteStoredData();
  await page.close();
});

test('filters change the headline figures as the unfiltered breakdowns say; clearing restores them', { timeout: 90_000 }, async () => {
  const { page, log, report } = await freshPage();
  await report.loadSample();
  const all = await report.summary();
  assert.equal(all.totals.items, 1500);
  assert.equal(all.filters, undefined, 'no filters field without filters');

  // Outlet: the busiest one; the select's values are outlet positions, in the summary's order.
  const busiest = all.outlets.reduce((best, o, i) => (o.items > all.outlets[best].items ? i : best), 0);
  const outletCount = all.outlets[busiest].items;
  assert.ok(outletCount > 0 && outletCount < 1500);
  await report.filters.choose('outlet', busiest);
  await report.waitItems(outletCount);
  assert.equal(await report.headlineItems(), outletCount);
  const byOutlet = await report.summary();
  assert.equal(byOutlet.totals.items, outletCount);
  assert.ok(byOutlet.filters, 'the filtered export names its filters');
  assert.deepEqual(
    byOutlet.outlets.filter((o) => o.items > 0).map((o) => o.id),
    [all.outlets[busiest].id],
  );
  assert.match(await report.filters.activeFilters(), /./);
  await report.filters.clear();
  await report.waitItems(1500);

  // Theme subtree: a top-level theme (code without a dot) counts its whole subtree.
  const top = all.themes.find((t) => !t.code.includes('.') && t.items > 0 && t.items < 1500);
  const themeValue = await report.filters.optionValue('theme', top.code);
  assert.ok(themeValue !== undefined, `theme ${top.code} in the theme filter`);
  await report.filters.choose('theme', themeValue);
  await report.waitItems(top.items);
  assert.equal(await report.headlineItems(), top.items);
  await report.filters.clear();
  await report.waitItems(1500);

  // Date range: the second quarter is the sum of April, May and June.
  const quarter = all.months
    .filter((m) => ['2025-04', '2025-05', '2025-06'].includes(m.month))
    .reduce((s, m) => s + m.items, 0);
  assert.ok(quarter > 0);
  // Dates are typed the Vietnamese way, whatever the browser's language; a date that does
  // not exist marks the box and changes nothing.
  await report.filters.typeDate('from', '31/02/2025');
  assert.equal(await report.filters.dateInvalid('from'), 'true');
  await report.waitItems(1500);
  await report.filters.typeDate('from', '1/4/2025');
  await report.filters.typeDate('to', '30/06/2025');
  await report.waitItems(quarter);
  assert.equal(await report.filters.date('from'), '01/04/2025', 'shown as dd/mm/yyyy');
  assert.equal(await report.filters.dateInvalid('from'), 'false');
  const byDate = await report.summary();
  assert.equal(byDate.totals.items, quarter);
  assert.deepEqual(
    byDate.months.filter((m) => m.items > 0).map((m) => m.month),
    ['2025-04', '2025-05', '2025-06'],
  );
  await report.filters.clear();
  await report.waitItems(1500);
  assert.equal(await report.headlineItems(), 1500);
  assert.deepEqual(log.pageErrors, []);
  await report.deleteStoredData();
  await page.close();
});

/** The title search's folding (engine/src/search.rs): đ → d, NFD, marks dropped, lower case. */
const fold = (s) =>
  s
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

test('the title search ignores case and diacritics, typed in NFC or NFD', { timeout: 90_000 }, async () => {
  // The bundled sample is `phusong sample --items 1500 --seed 2025` (app/src/actions.rs).
  const sample = generateSample(1500, 2025);
  const want = sample.coverage.filter((i) => fold(i.title).includes('thanh hoa')).length;
  assert.ok(want > 0 && want < 1500, 'the query must select part of the sample');

  const { page, log, report } = await freshPage();
  await report.loadSample();
  for (const query of ['thanh hoa', 'THANH HOA', 'Thanh Hóa'.normalize('NFC'), 'Thanh Hóa'.normalize('NFD')]) {
    await report.filters.search(query);
    await report.waitItems(want);
    assert.equal(await report.headlineItems(), want, `query ${JSON.stringify(query)}`);
  }
  // Typed letter by letter, as a person does: the box keeps the focus while the report
  // follows each letter (before session 8 the report was drawn anew at each letter, the
  // box with it, and the second letter went nowhere).
  await report.filters.search('');
  await report.waitItems(1500);
  await report.filters.typeSearch('thanh hoa');
  await report.waitItems(want);
  assert.equal(await report.filters.searchText(), 'thanh hoa');
  assert.equal(await report.filters.searchFocused(), true, 'the search box keeps the focus');
  await report.filters.search('');
  await report.waitItems(1500);

  // Other data loaded, as many items: the search reads its titles, not the sample's (the
  // app keeps the titles folded for the search, and must fold the new ones).
  const other = generateSample(1500, 7);
  const otherWant = other.coverage.filter((i) => fold(i.title).includes('thanh hoa')).length;
  const otherFile = path.join(mkdtempSync(path.join(tmpdir(), 'phusong-search-')), 'other.json');
  writeFileSync(otherFile, JSON.stringify(other));
  // The other file has as many items: wait for its report, not the sample's.
  const before = await report.markCount('rendered');
  await report.loadFiles(otherFile, { mode: 'replace' });
  await report.waitMark('rendered', before);
  await report.waitItems(1500);
  await report.filters.search('thanh hoa');
  await report.waitItems(otherWant);
  assert.equal(await report.headlineItems(), otherWant, 'the search after other data was loaded');
  assert.notEqual(otherWant, want, 'the two datasets must answer differently');
  assert.deepEqual(log.pageErrors, []);
  await report.deleteStoredData();
  await page.close();
});

test('the title search over 120,000 items: the titles fold in slices after the focus, then each letter finds its items', { timeout: 180_000 }, async () => {
  const data = generateSample(120_000, 3);
  const want = data.coverage.filter((i) => fold(i.title).includes('thanh hoa')).length;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phusong-search-')), 'large.json');
  writeFileSync(file, JSON.stringify(data));
  const { page, log, report } = await freshPage();
  await report.loadFiles(file, { mode: 'replace' });
  await report.waitItems(120_000);
  // Focus alone starts the folding (in two slices of 100,000 titles); its mark says it is done.
  assert.equal(await report.markCount('titles-folded'), 0);
  await report.filters.focusSearch();
  await report.waitMark('titles-folded');
  await report.filters.typeSearch('thanh hoa');
  await report.waitItems(want);
  assert.equal(await report.headlineItems(), want);
  assert.equal(await report.markCount('titles-folded'), 1, 'the titles are folded once');
  assert.equal(await report.filters.searchFocused(), true, 'the search box keeps the focus');
  assert.deepEqual(log.pageErrors, []);
  await report.deleteStoredData();
  await page.close();
});

test('the items appendix pages forward and back with its "Sau" and "Trước" buttons', { timeout: 90_000 }, async () => {
  const { page, log, report } = await freshPage();
  const { appendix } = report;
  await report.loadSample();
  // The fourth column of a row: its title.
  const firstTitle = () => appendix.firstRowCell(4);
  assert.match(await appendix.pageText(), /Trang 1\/30 /);
  assert.equal(await appendix.nextLabel(), 'Sau');
  assert.equal(await appendix.atFirstPage(), true, 'no page before the first');
  const onFirst = await firstTitle();
  await appendix.next();
  await appendix.waitPage(/Trang 2\/30 /);
  assert.notEqual(await firstTitle(), onFirst, 'page 2 shows other items');
  await appendix.prev();
  await appendix.waitPage(/Trang 1\/30 /);
  assert.equal(await firstTitle(), onFirst);
  assert.deepEqual(log.pageErrors, []);
  await report.deleteStoredData();
  await page.close();
});

test('a reload restores the data and the edits; "Xóa dữ liệu" removes both', { timeout: 90_000 }, async () => {
  const { page, log, report } = await freshPage();
  const want = expected('02-split-with-bad-records');
  await report.loadFiles(caseFiles('02-split-with-bad-records'));
  await report.waitItems(want.summary.totals.items);

  // Each edit is stored when its box is left; these wait until it is.
  const narrative = 'Đoạn đánh giá do người viết báo cáo sửa, kiểm tra sau khi tải lại.';
  await report.writeNarrative(narrative);
  const subject = 'Kết quả tuyên truyền năm 2023 (bản sửa)';
  await report.setField('Trích yếu', subject);

  // Whether the welcome screen ever shows while a page starts (every load from now on).
  await report.watchForWelcome();
  await report.reload(want.summary.totals.items);
  assert.equal(await report.welcomeSeen(), false, 'stored data comes back without the welcome screen first');
  assert.equal(await report.narrative(), narrative);
  assert.equal(await report.fieldValue('Trích yếu'), subject);
  assert.equal(await report.problems.quarantinedCount(), want.quarantined.length);
  assert.deepEqual(summaryDiff(await report.summary(), want.summary), []);

  await report.clearData();
  await report.waitStorageEmpty();
  await report.reload(0);
  assert.equal(await report.hasNarrative(), false, 'no report after clearing');
  await report.welcome.waitShown();
  assert.equal(await report.welcomeSeen(), true, 'nothing stored: the welcome screen');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a new report shows its first screen first, then every section and the appendix', { timeout: 60_000 }, async () => {
  const { page, report } = await freshPage();
  // What the report root holds when it first shows the new data (data-items), before the rest.
  await report.watchFirstScreen(1500);
  await report.loadSample();
  assert.deepEqual(
    await report.firstScreen(),
    { sections: [], ready: 'false', headline: '1.500' },
    'the first screen: the head, the headline figures, the assessment; no section yet',
  );
  assert.deepEqual(await report.sections(), [
    'themes',
    'months',
    'contracts',
    'money',
    'outlets',
    'formats',
    'tone',
    'tone-months',
    'alerts',
    'events',
    'items',
    'acceptance',
  ]);
  assert.equal(await report.chartCount(), 7, 'every chart drawn');
  assert.ok((await report.appendix.rowCount()) > 0, 'the appendix has rows');
  const rendered = await report.markTime('rendered');
  const completed = await report.markTime('completed');
  assert.ok(rendered < completed, `first screen (${rendered} ms) before the rest (${completed} ms)`);
  await page.close();
});

test('the benchmark\'s marks come once the DOM they name is built: "rendered" the first screen, "completed" all of it', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  // The app calls performance.mark through wasm-bindgen: note the report's sections at each call.
  await report.watchSectionsAtMarks();
  // The bundled sample opened by the page itself: where a mark once came before the DOM.
  await report.open('#sample');
  await report.waitItems(1500);
  assert.deepEqual(await report.sectionsAtMark('rendered'), [0], 'the first screen (no section: they start below it) is in the DOM at "rendered"');
  assert.deepEqual(await report.sectionsAtMark('completed'), [12], 'every section (with the acceptance appendix chooser) is at "completed"');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
