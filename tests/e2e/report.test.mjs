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
import { generateSample, ReportPage, reportReady } from './report-page.mjs';
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

/** Waits until the report is rendered and, when given, counts `items`. */
const ready = (page, items) => reportReady(page, items);

const text = async (page, sel) => (await page.textContent(sel))?.trim();
/** The headline's item figure as a number ("1.234" → 1234). */
const headlineItems = async (page) => Number((await text(page, '[data-testid=figure-items] .value')).replace(/\./g, ''));

async function freshPage() {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.open();
  await ready(page);
  return { page, log, report };
}

async function clearStorage(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const r = indexedDB.deleteDatabase('phusong');
        r.onsuccess = r.onerror = r.onblocked = () => resolve();
      }),
  );
}

test('the first screen says what to do, in Vietnamese or English, and loads the chosen files', { timeout: 60_000 }, async () => {
  const own = await launch(); // a new profile: nothing stored, so the first screen shows
  try {
    const { page, log } = await monitoredPage(own.context);
    await page.goto(server.url, { waitUntil: 'load' });
    await ready(page);
    const welcome = page.locator('[data-testid=welcome]');
    await welcome.waitFor();
    assert.equal((await welcome.locator('h1').innerText()).trim(), 'Báo cáo kết quả thông tin, tuyên truyền');
    const steps = await welcome.locator('.steps li strong').allInnerTexts();
    assert.deepEqual(steps, ['Tải dữ liệu', 'Kiểm tra', 'Lập báo cáo']);
    assert.match(await welcome.innerText(), /không gửi đi đâu/);
    assert.match(await welcome.innerText(), /Nghị định 30\/2020\/NĐ-CP/);
    for (const id of ['clear-data', 'export-summary', 'print']) {
      assert.equal(await page.locator(`[data-testid=${id}]`).isDisabled(), true, `${id} is disabled with nothing loaded`);
    }
    await page.click('[data-testid=lang]');
    assert.equal((await welcome.locator('h1').innerText()).trim(), 'Press coverage report');
    assert.match(await welcome.innerText(), /never sent anywhere/);
    await page.click('[data-testid=lang]');
    assert.equal((await welcome.locator('h1').innerText()).trim(), 'Báo cáo kết quả thông tin, tuyên truyền');

    await page.setInputFiles('[data-testid=welcome-file-input]', caseFiles('01-small'));
    await ready(page, expected('01-small').summary.totals.items);
    assert.equal(await welcome.count(), 0, 'the report replaces the first screen');
    assert.equal(await page.locator('[data-testid=clear-data]').isDisabled(), false);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await own.close();
  }
});

test('the welcome screen warms the loader up unseen, stores nothing, and gives way to a file chosen meanwhile', { timeout: 90_000 }, async () => {
  const own = await launch(); // a new profile: nothing stored, so the welcome screen (and the warm-up) come
  try {
    const { page, log } = await monitoredPage(own.context);
    // Reads of a Blob's stream wait 100 ms each while `__slowReads` is set (from the page's
    // start if the session says so): the warm-up (the sample in 64 KiB chunks) is caught half-way.
    await page.addInitScript(() => {
      window.__slowReads = sessionStorage.getItem('test.slow-reads') === '1';
      window.__reads = 0;
      const read = ReadableStreamBYOBReader.prototype.read;
      ReadableStreamBYOBReader.prototype.read = function (...args) {
        window.__reads++;
        const go = () => read.apply(this, args);
        return window.__slowReads ? new Promise((r) => setTimeout(r, 100)).then(go) : go();
      };
    });
    const marks = () => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('phusong:warmed').length === 1, null, { timeout: 30_000 });
    assert.ok((await page.evaluate(() => window.__reads)) > 1, 'the warm-up read the sample through a Blob stream, in chunks');
    assert.equal(await page.locator('[data-testid=welcome]').count(), 1, 'the welcome screen stays');
    assert.equal(await page.locator('[data-testid=clear-data]').isDisabled(), true, 'nothing is loaded');
    assert.deepEqual((await marks()).filter((m) => m !== 'phusong:warmed' && m.startsWith('phusong:')), [], "none of a load's marks");
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('phusong:warmed').length === 1, null, { timeout: 30_000 });
    assert.equal(await page.locator('[data-testid=welcome]').count(), 1, 'after a reload too: the warm-up stored nothing');

    // Again, with the warm-up's reads slowed down: a file chosen half-way loads, and the warm-up stops.
    await page.evaluate(() => sessionStorage.setItem('test.slow-reads', '1'));
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.__reads >= 2, null, { timeout: 30_000 });
    await page.evaluate(() => { window.__slowReads = false; });
    await page.setInputFiles('[data-testid=welcome-file-input]', caseFiles('01-small'));
    await ready(page, expected('01-small').summary.totals.items);
    await page.waitForTimeout(500);
    assert.deepEqual((await marks()).filter((m) => m === 'phusong:warmed'), [], 'the warm-up gave way and stopped');
    assert.equal(await headlineItems(page), expected('01-small').summary.totals.items);
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
    await ready(page, want.summary.totals.items);

    assert.equal(await headlineItems(page), want.summary.totals.items);
    assert.equal(Number(await text(page, '[data-testid=refused-count]')), want.refused_files.length);
    assert.equal(Number(await text(page, '[data-testid=quarantined-count]')), want.quarantined.length);
    for (const refused of want.refused_files) {
      assert.match(await text(page, '[data-testid=problems]'), new RegExp(refused.replace(/\./g, '\\.')));
    }

    const { name: file, text: json } = await report.exportSummary();
    assert.match(file, /\.json$/);
    const got = JSON.parse(json);
    assert.deepEqual(summaryDiff(got, want.summary), [], `summary of ${name} differs`);

    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    await clearStorage(page);
    await page.close();
  });
}

test('every invalid file is refused with a located Vietnamese message and leaves the loaded dataset as it was', { timeout: 120_000 }, async () => {
  const { page, log, report } = await freshPage();
  const want = expected('01-small');
  await report.loadFiles(caseFiles('01-small'));
  await ready(page, want.summary.totals.items);
  const before = (await report.exportSummary()).text;

  for (const file of readdirSync(INVALID).sort()) {
    await report.loadFiles([path.join(INVALID, file)]);
    await page.waitForFunction(
      (f) => document.querySelector('[data-testid=problems]')?.textContent.includes(f),
      file,
      { timeout: 30_000 },
    );
    await ready(page, want.summary.totals.items);
    assert.equal(Number(await text(page, '[data-testid=refused-count]')), 1, `${file}: refused count`);
    const problems = await text(page, '[data-testid=problems]');
    // The message is Vietnamese (it names the file as "Tệp") and says where.
    assert.match(problems, new RegExp(`Tệp '?${file.replace(/\./g, '\\.')}`), `${file}: message names the file`);
    if (file === '01-not-json.json') assert.match(problems, /dòng \d+/, 'the line of the JSON error');
    assert.equal(await headlineItems(page), want.summary.totals.items, `${file}: headline kept`);
    assert.equal((await report.exportSummary()).text, before, `${file}: the dataset changed`);
    // Chromium drops a frame's downloads beyond 10 a second (an anti-abuse throttle): this
    // loop would start 12 in about a second, and the 11th sometimes never came.
    await page.waitForTimeout(150);
  }
  assert.deepEqual(log.pageErrors, []);
  await clearStorage(page);
  await page.close();
});

test('filters change the headline figures as the unfiltered breakdowns say; clearing restores them', { timeout: 90_000 }, async () => {
  const { page, log, report } = await freshPage();
  await page.click('[data-testid=load-sample]');
  await ready(page, 1500);
  const all = JSON.parse((await report.exportSummary()).text);
  assert.equal(all.totals.items, 1500);
  assert.equal(all.filters, undefined, 'no filters field without filters');

  // Outlet: the busiest one; the select's values are outlet positions, in the summary's order.
  const busiest = all.outlets.reduce((best, o, i) => (o.items > all.outlets[best].items ? i : best), 0);
  const outletCount = all.outlets[busiest].items;
  assert.ok(outletCount > 0 && outletCount < 1500);
  await page.selectOption('[data-testid=filter-outlet]', String(busiest));
  await ready(page, outletCount);
  assert.equal(await headlineItems(page), outletCount);
  const byOutlet = JSON.parse((await report.exportSummary()).text);
  assert.equal(byOutlet.totals.items, outletCount);
  assert.ok(byOutlet.filters, 'the filtered export names its filters');
  assert.deepEqual(
    byOutlet.outlets.filter((o) => o.items > 0).map((o) => o.id),
    [all.outlets[busiest].id],
  );
  assert.match(await text(page, '[data-testid=active-filters]'), /./);
  await page.click('[data-testid=clear-filters]');
  await ready(page, 1500);

  // Theme subtree: a top-level theme (code without a dot) counts its whole subtree.
  const top = all.themes.find((t) => !t.code.includes('.') && t.items > 0 && t.items < 1500);
  const themeValue = await page.$eval(
    '[data-testid=filter-theme]',
    (sel, code) => [...sel.options].find((o) => o.textContent.trim().startsWith(code + ' '))?.value,
    top.code,
  );
  assert.ok(themeValue !== undefined, `theme ${top.code} in the theme filter`);
  await page.selectOption('[data-testid=filter-theme]', themeValue);
  await ready(page, top.items);
  assert.equal(await headlineItems(page), top.items);
  await page.click('[data-testid=clear-filters]');
  await ready(page, 1500);

  // Date range: the second quarter is the sum of April, May and June.
  const quarter = all.months
    .filter((m) => ['2025-04', '2025-05', '2025-06'].includes(m.month))
    .reduce((s, m) => s + m.items, 0);
  assert.ok(quarter > 0);
  // Dates are typed the Vietnamese way, whatever the browser's language; a date that does
  // not exist marks the box and changes nothing.
  await page.fill('[data-testid=filter-from]', '31/02/2025');
  await page.press('[data-testid=filter-from]', 'Tab');
  assert.equal(await page.getAttribute('[data-testid=filter-from]', 'aria-invalid'), 'true');
  await ready(page, 1500);
  await page.fill('[data-testid=filter-from]', '1/4/2025');
  await page.press('[data-testid=filter-from]', 'Tab');
  await page.fill('[data-testid=filter-to]', '30/06/2025');
  await page.press('[data-testid=filter-to]', 'Tab');
  await ready(page, quarter);
  assert.equal(await page.inputValue('[data-testid=filter-from]'), '01/04/2025', 'shown as dd/mm/yyyy');
  assert.equal(await page.getAttribute('[data-testid=filter-from]', 'aria-invalid'), 'false');
  const byDate = JSON.parse((await report.exportSummary()).text);
  assert.equal(byDate.totals.items, quarter);
  assert.deepEqual(
    byDate.months.filter((m) => m.items > 0).map((m) => m.month),
    ['2025-04', '2025-05', '2025-06'],
  );
  await page.click('[data-testid=clear-filters]');
  await ready(page, 1500);
  assert.equal(await headlineItems(page), 1500);
  assert.deepEqual(log.pageErrors, []);
  await clearStorage(page);
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

  const { page, log } = await freshPage();
  await page.click('[data-testid=load-sample]');
  await ready(page, 1500);
  for (const query of ['thanh hoa', 'THANH HOA', 'Thanh Hóa'.normalize('NFC'), 'Thanh Hóa'.normalize('NFD')]) {
    await page.fill('[data-testid=filter-title]', query);
    await ready(page, want);
    assert.equal(await headlineItems(page), want, `query ${JSON.stringify(query)}`);
  }
  // Typed letter by letter, as a person does: the box keeps the focus while the report
  // follows each letter (before session 8 the report was drawn anew at each letter, the
  // box with it, and the second letter went nowhere).
  await page.fill('[data-testid=filter-title]', '');
  await ready(page, 1500);
  await page.focus('[data-testid=filter-title]');
  await page.keyboard.type('thanh hoa');
  await ready(page, want);
  assert.equal(await page.inputValue('[data-testid=filter-title]'), 'thanh hoa');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'filter-title');
  await page.fill('[data-testid=filter-title]', '');
  await ready(page, 1500);

  // Other data loaded, as many items: the search reads its titles, not the sample's (the
  // app keeps the titles folded for the search, and must fold the new ones).
  const other = generateSample(1500, 7);
  const otherWant = other.coverage.filter((i) => fold(i.title).includes('thanh hoa')).length;
  const otherFile = path.join(mkdtempSync(path.join(tmpdir(), 'phusong-search-')), 'other.json');
  writeFileSync(otherFile, JSON.stringify(other));
  await page.selectOption('[data-testid=load-mode]', 'replace');
  // The other file has as many items: wait for its report, not the sample's.
  const rendered = () => performance.getEntriesByName('phusong:rendered', 'mark').length;
  const before = await page.evaluate(rendered);
  await page.setInputFiles('[data-testid=file-input]', otherFile);
  await page.waitForFunction((n) => performance.getEntriesByName('phusong:rendered', 'mark').length > n, before);
  await ready(page, 1500);
  await page.fill('[data-testid=filter-title]', 'thanh hoa');
  await ready(page, otherWant);
  assert.equal(await headlineItems(page), otherWant, 'the search after other data was loaded');
  assert.notEqual(otherWant, want, 'the two datasets must answer differently');
  assert.deepEqual(log.pageErrors, []);
  await clearStorage(page);
  await page.close();
});

test('the title search over 120,000 items: the titles fold in slices after the focus, then each letter finds its items', { timeout: 180_000 }, async () => {
  const data = generateSample(120_000, 3);
  const want = data.coverage.filter((i) => fold(i.title).includes('thanh hoa')).length;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phusong-search-')), 'large.json');
  writeFileSync(file, JSON.stringify(data));
  const { page, log } = await freshPage();
  await page.selectOption('[data-testid=load-mode]', 'replace');
  await page.setInputFiles('[data-testid=file-input]', file);
  await ready(page, 120_000);
  // Focus alone starts the folding (in two slices of 100,000 titles); its mark says it is done.
  const folded = () => performance.getEntriesByName('phusong:titles-folded', 'mark').length;
  assert.equal(await page.evaluate(folded), 0);
  await page.focus('[data-testid=filter-title]');
  await page.waitForFunction(folded);
  await page.keyboard.type('thanh hoa');
  await ready(page, want);
  assert.equal(await headlineItems(page), want);
  assert.equal(await page.evaluate(folded), 1, 'the titles are folded once');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'filter-title');
  assert.deepEqual(log.pageErrors, []);
  await clearStorage(page);
  await page.close();
});

test('the items appendix pages forward and back with its "Sau" and "Trước" buttons', { timeout: 90_000 }, async () => {
  const { page, log } = await freshPage();
  await page.click('[data-testid=load-sample]');
  await ready(page, 1500);
  const pageText = () => page.textContent('[data-testid=appendix-page]');
  const firstRow = () => page.textContent('section[data-section=items] tbody tr td:nth-child(4)');
  assert.match(await pageText(), /Trang 1\/30 /);
  assert.equal((await page.textContent('[data-testid=appendix-next]')).trim(), 'Sau');
  assert.equal(await page.isDisabled('[data-testid=appendix-prev]'), true, 'no page before the first');
  const onFirst = await firstRow();
  await page.click('[data-testid=appendix-next]');
  await page.waitForFunction(() => /Trang 2\/30 /.test(document.querySelector('[data-testid=appendix-page]').textContent));
  assert.notEqual(await firstRow(), onFirst, 'page 2 shows other items');
  await page.click('[data-testid=appendix-prev]');
  await page.waitForFunction(() => /Trang 1\/30 /.test(document.querySelector('[data-testid=appendix-page]').textContent));
  assert.equal(await firstRow(), onFirst);
  assert.deepEqual(log.pageErrors, []);
  await clearStorage(page);
  await page.close();
});

test('a reload restores the data and the edits; "Xóa dữ liệu" removes both', { timeout: 90_000 }, async () => {
  const { page, log, report } = await freshPage();
  const want = expected('02-split-with-bad-records');
  await report.loadFiles(caseFiles('02-split-with-bad-records'));
  await ready(page, want.summary.totals.items);

  const narrative = 'Đoạn đánh giá do người viết báo cáo sửa, kiểm tra sau khi tải lại.';
  await page.fill('[data-testid=narrative-editor]', narrative);
  await page.locator('[data-testid=narrative-editor]').blur();
  const subject = 'Kết quả tuyên truyền năm 2023 (bản sửa)';
  await page.fill('textarea[aria-label="Trích yếu"]', subject);
  await page.locator('textarea[aria-label="Trích yếu"]').blur();
  // The edits are stored asynchronously; give IndexedDB a moment before reloading.
  await page.waitForTimeout(500);

  // Whether the welcome screen ever shows while a page starts (an init script: every load).
  await page.addInitScript(() => {
    window.__welcomeSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=welcome]')) window.__welcomeSeen = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.reload({ waitUntil: 'load' });
  await ready(page, want.summary.totals.items);
  assert.equal(await page.evaluate(() => window.__welcomeSeen), false, 'stored data comes back without the welcome screen first');
  assert.equal(await page.inputValue('[data-testid=narrative-editor]'), narrative);
  assert.equal(await page.inputValue('textarea[aria-label="Trích yếu"]'), subject);
  assert.equal(Number(await text(page, '[data-testid=quarantined-count]')), want.quarantined.length);
  assert.deepEqual(summaryDiff(JSON.parse((await report.exportSummary()).text), want.summary), []);

  page.once('dialog', (d) => d.accept());
  await page.click('[data-testid=clear-data]');
  await ready(page, 0);
  await page.waitForTimeout(500);
  await page.reload({ waitUntil: 'load' });
  await ready(page, 0);
  assert.equal(await page.$('[data-testid=narrative-editor]'), null, 'no report after clearing');
  await page.waitForSelector('[data-testid=welcome]');
  assert.equal(await page.evaluate(() => window.__welcomeSeen), true, 'nothing stored: the welcome screen');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a new report shows its first screen first, then every section and the appendix', { timeout: 60_000 }, async () => {
  const { page } = await freshPage();
  // What the report root holds when it first shows the new data (data-items), before the rest.
  await page.evaluate(() => {
    const root = document.querySelector('[data-testid=report]');
    new MutationObserver((_, observer) => {
      if (root.dataset.items !== '1500') return;
      window.__firstScreen = {
        sections: [...root.querySelectorAll('.report-section')].map((s) => s.dataset.section),
        ready: root.dataset.ready,
        headline: root.querySelector('[data-testid=figure-items] .value')?.textContent,
      };
      observer.disconnect();
    }).observe(root, { attributes: true, attributeFilter: ['data-items'] });
  });
  await page.click('[data-testid=load-sample]');
  await ready(page, 1500);
  const first = await page.evaluate(() => window.__firstScreen);
  assert.deepEqual(first, { sections: [], ready: 'false', headline: '1.500' }, 'the first screen: the head, the headline figures, the assessment; no section yet');
  const sections = await page.$$eval('.report-section', (els) => els.map((s) => s.dataset.section));
  assert.deepEqual(sections, ['themes', 'months', 'contracts', 'outlets', 'formats', 'tone', 'events', 'items', 'acceptance']);
  assert.equal(await page.locator('.report-section figure.chart svg').count(), 6, 'every chart drawn');
  assert.ok((await page.locator('table.items tbody tr').count()) > 0, 'the appendix has rows');
  const [rendered, completed] = await page.evaluate(() =>
    ['rendered', 'completed'].map((n) => performance.getEntriesByName(`phusong:${n}`, 'mark').at(-1)?.startTime),
  );
  assert.ok(rendered < completed, `first screen (${rendered} ms) before the rest (${completed} ms)`);
  await page.close();
});

test('the benchmark\'s marks come once the DOM they name is built: "rendered" the first screen, "completed" all of it', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  // The app calls performance.mark through wasm-bindgen: note the report's sections at each call.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    window.__sectionsAtMark = [];
    performance.mark = (name, options) => {
      window.__sectionsAtMark.push([name, document.querySelectorAll('.report-section').length]);
      return mark(name, options);
    };
  });
  // The bundled sample opened by the page itself: where a mark once came before the DOM.
  await page.goto(`${server.url}#sample`);
  await ready(page, 1500);
  const at = await page.evaluate(() => window.__sectionsAtMark);
  const sections = (name) => at.filter(([m]) => m === `phusong:${name}`).map(([, n]) => n);
  assert.deepEqual(sections('rendered'), [0], 'the first screen (no section: they start below it) is in the DOM at "rendered"');
  assert.deepEqual(sections('completed'), [9], 'every section (with the acceptance appendix chooser) is at "completed"');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
