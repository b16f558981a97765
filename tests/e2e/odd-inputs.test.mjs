// Odd inputs in the real app (hosted build), chosen through the file input: 100,000 levels of
// nesting, numbers beyond 2^53, empty arrays, a plan of 1,000 themes (2,000 with children).
// Each either loads or is refused/quarantined with a Vietnamese message that says why; the tab
// never crashes and no error escapes. (Native tests of the same cases:
// crates/model/tests/odd_inputs.rs; the 355 MB / 1M-item file: docs/browser-benchmarks.md.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const PLAN = { id: 'KH', title: 'Kế hoạch', year: 2024, themes: [{ code: '1', name: 'Chủ đề' }] };
const OUTLET = { id: 'o', name: 'Báo', level: 'central' };
const item = (id, extra) => ({ id, date: '2024-01-02', outlet: 'o', title: 'T', format: 'video', ...extra });

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

/** Opens a fresh page, chooses one file with `text`, waits for the report; returns what shows. */
async function choose(name, text) {
  const { page, log } = await monitoredPage(browser.context);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const report = await new ReportPage(page, server.url).openReady();
  await report.loadBuffer(name, text, { mode: 'replace' });
  // The load is over when the problems panel shows (it lists the loaded files) and the report is rendered.
  await report.problems.waitShown();
  await report.waitReady();
  const seen = {
    items: await report.itemCount(),
    refused: await report.problems.refusedCount(),
    quarantined: await report.problems.quarantinedCount(),
    problems: await report.problems.text(),
    themeOptions: await report.filters.optionCount('theme'),
  };
  assert.equal(crashed, false, 'the tab crashed');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  await page.close();
  return seen;
}

test('100,000 levels of nesting: ignored where phusong reads nothing, refused in a record', { timeout: 90_000 }, async () => {
  const nest = '['.repeat(100_000) + ']'.repeat(100_000);
  const ignored = await choose('long-nest.json', `{"format":"coverage-report/v1","plan":${JSON.stringify(PLAN)},"x":${nest}}`);
  assert.equal(ignored.refused, 0);
  const inRecord = await choose('sau.json', `{"format":"coverage-report/v1","plan":${JSON.stringify(PLAN)},"coverage":[{"title":${nest}}]}`);
  assert.equal(inRecord.refused, 1);
  assert.match(inRecord.problems, /lồng nhau quá sâu/);
  assert.match(inRecord.problems, /sau\.json/);
});

test('numbers beyond 2^53 quarantine their record with the field named; 2^53 − 1 loads', { timeout: 60_000 }, async () => {
  const text = `{"format":"coverage-report/v1","plan":${JSON.stringify(PLAN)},"outlets":[${JSON.stringify(OUTLET)}],"coverage":[
    ${JSON.stringify(item('a', {})).replace('}', ',"reach":9007199254740992}')},
    ${JSON.stringify(item('b', {})).replace('}', ',"reach":123456789012345678901234567890}')},
    ${JSON.stringify(item('c', { reach: 9007199254740991 }))}]}`;
  const seen = await choose('so-lon.json', text);
  assert.equal(seen.refused, 0);
  assert.equal(seen.quarantined, 2);
  assert.equal(seen.items, 1);
  assert.match(seen.problems, /reach/);
});

test('empty arrays load as an empty report; an empty theme list is refused with the fix', { timeout: 60_000 }, async () => {
  const empty = await choose('rong.json', JSON.stringify({ format: 'coverage-report/v1', plan: PLAN, outlets: [], contracts: [], coverage: [] }));
  assert.deepEqual([empty.refused, empty.quarantined, empty.items], [0, 0, 0]);
  const noThemes = await choose('khong-chu-de.json', JSON.stringify({ format: 'coverage-report/v1', plan: { ...PLAN, themes: [] } }));
  assert.equal(noThemes.refused, 1);
  assert.match(noThemes.problems, /ít nhất một nội dung/);
});

test('a plan with 1,000 themes (2,000 with their children) loads and offers every theme as a filter', { timeout: 90_000 }, async () => {
  const themes = Array.from({ length: 1000 }, (_, i) => ({
    code: `T${i}`,
    name: `Chủ đề ${i}`,
    target: i,
    children: [{ code: `T${i}.1`, name: 'Con' }],
  }));
  const seen = await choose('1000-chu-de.json', JSON.stringify({ format: 'coverage-report/v1', plan: { ...PLAN, themes } }));
  assert.equal(seen.refused, 0);
  assert.equal(seen.themeOptions, 2001, 'every theme, plus "all"');
});

test('a file too large for the page is refused with its size and what to do; what is loaded stays', { timeout: 90_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  const small = { format: 'coverage-report/v1', plan: PLAN, outlets: [OUTLET], coverage: [item('a'), item('b')] };
  await report.loadBuffer('nho.json', JSON.stringify(small), { mode: 'replace' });
  await report.waitItems(2);
  // The page's limit, lowered to 1 MB for this test (the real one is 1,500 MB).
  await report.limitLoadsTo(1);
  const big = { ...small, coverage: Array.from({ length: 12_000 }, (_, i) => item(`x${i}`, { title: 'Tin bài số ' + i })) };
  const bytes = Buffer.from(JSON.stringify(big));
  assert.ok(bytes.length > 1_000_000, `${bytes.length} bytes`);
  await report.loadBuffer('qua-lon.json', bytes, { mode: 'add' });
  await report.problems.waitFor("Tệp 'qua-lon.json' bị từ chối");
  const text = await report.problems.text();
  assert.match(text, new RegExp(`tệp có ${Math.ceil(bytes.length / 1e6)} MB, quá chỗ còn lại \\(1 MB\\) bên cạnh dữ liệu đã tải`));
  assert.match(text, /tối đa khoảng 1 MB dữ liệu/);
  assert.match(text, /phusong summary/);
  assert.equal(await report.problems.refusedCount(), 1);
  assert.equal(await report.itemCount(), 2, 'the loaded data stays');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
