// Odd inputs in the real app (hosted build), chosen through the file input: 100,000 levels of
// nesting, numbers beyond 2^53, empty arrays, a plan of 1,000 themes (2,000 with children).
// Each either loads or is refused/quarantined with a Vietnamese message that says why; the tab
// never crashes and no error escapes. (Native tests of the same cases:
// crates/model/tests/odd_inputs.rs; the 355 MB / 1M-item file: docs/browser-benchmarks.md.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
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
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid=report][data-ready=true]');
  await page.selectOption('select[aria-label=mode]', 'replace');
  await page.setInputFiles('[data-testid=file-input]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(
    () => document.querySelector('[data-testid=problems]') && document.querySelector('[data-testid=report]')?.dataset.ready === 'true',
    null,
    { timeout: 60_000 },
  );
  const seen = await page.evaluate(() => ({
    items: Number(document.querySelector('[data-testid=report]').dataset.items),
    refused: Number(document.querySelector('[data-testid=refused-count]').textContent.replace(/\./g, '')),
    quarantined: Number(document.querySelector('[data-testid=quarantined-count]').textContent.replace(/\./g, '')),
    problems: document.querySelector('[data-testid=problems]').textContent,
    themeOptions: document.querySelectorAll('[data-testid=filter-theme] option').length,
  }));
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
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid=report][data-ready=true]');
  const small = { format: 'coverage-report/v1', plan: PLAN, outlets: [OUTLET], coverage: [item('a'), item('b')] };
  await page.selectOption('select[aria-label=mode]', 'replace');
  await page.setInputFiles('[data-testid=file-input]', { name: 'nho.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await page.waitForSelector('[data-testid=report][data-ready=true][data-items="2"]');
  // The page's limit, lowered to 1 MB for this test (the real one is 1,500 MB).
  await page.evaluate(() => sessionStorage.setItem('phusong.max-load-mb', '1'));
  const big = { ...small, coverage: Array.from({ length: 12_000 }, (_, i) => item(`x${i}`, { title: 'Tin bài số ' + i })) };
  const bytes = Buffer.from(JSON.stringify(big));
  assert.ok(bytes.length > 1_000_000, `${bytes.length} bytes`);
  await page.selectOption('select[aria-label=mode]', 'add');
  await page.setInputFiles('[data-testid=file-input]', { name: 'qua-lon.json', mimeType: 'application/json', buffer: bytes });
  const problems = page.locator('[data-testid=problems]');
  await problems.getByText("Tệp 'qua-lon.json' bị từ chối").waitFor();
  const text = await problems.textContent();
  assert.match(text, new RegExp(`tệp có ${Math.ceil(bytes.length / 1e6)} MB, quá chỗ còn lại \\(1 MB\\) bên cạnh dữ liệu đã tải`));
  assert.match(text, /tối đa khoảng 1 MB dữ liệu/);
  assert.match(text, /phusong summary/);
  assert.equal(await page.textContent('[data-testid=refused-count]'), '1');
  assert.equal(await page.getAttribute('[data-testid=report]', 'data-items'), '2', 'the loaded data stays');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
