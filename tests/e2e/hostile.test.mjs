// Hostile input (hosted build): a dataset whose every shown text field — organisation, plan,
// theme names (drawn into chart SVG), events, outlets, contracts, item titles — holds markup,
// script, `</svg>`, RTL overrides, zero-width characters and 10,000-character titles, and whose
// item URLs are `javascript:`/`data:` links. Nothing may run (no dialog, no flag set, no error,
// no CSP violation), nothing may enter the DOM as markup, the strings show as text, the charts
// still draw, and only the http(s) link is a link. Hostile edits (narrative, header) come back
// after a reload as text too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const SMALL = new URL('../fixtures/conformance/valid/01-small/dataset.json', import.meta.url).pathname;
const EXPECTED = new URL('../fixtures/conformance/valid/01-small.expected.json', import.meta.url).pathname;

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  '</svg><svg onload="window.__pwned=3"><text>',
  '</text><script>alert(1)</script>',
  "'); window.__pwned=5; ('",
  '\u202Egnp.exe\u200B\u200C\u200D\uFEFF {{7*7}} ${7*7}',
  '<style>*{display:none}</style>&amp;&lt;b&gt;',
];
const BAD_URLS = [
  'javascript:window.__pwned=4',
  'JaVaScRiPt:window.__pwned=4',
  ' javascript:window.__pwned=4',
  'data:text/html,<script>window.__pwned=6</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
];
const GOOD_URL = 'https://example.org/bai-hop-le';
const LONG = (HOSTILE.join(' ') + ' Thanh Hóa ').repeat(60).slice(0, 10_000);

/** 01-small with hostile strings in every text field the report shows. */
function hostileDataset() {
  const d = JSON.parse(readFileSync(SMALL, 'utf8'));
  let k = 0;
  const next = () => HOSTILE[k++ % HOSTILE.length];
  d.organization.name = next();
  d.organization.parent = next();
  d.organization.place = next();
  d.plan.title = next();
  const walk = (themes) => {
    for (const t of themes) {
      t.name = `${next()} ${t.code}`;
      walk(t.children ?? []);
    }
  };
  walk(d.plan.themes);
  for (const e of d.plan.events ?? []) e.name = next();
  for (const o of d.outlets) o.name = `${next()} ${o.id}`;
  for (const c of d.contracts) c.title = next();
  d.coverage.forEach((item, i) => {
    item.title = i < 3 ? LONG : `${next()} #${i}`;
    if (item.summary !== undefined) item.summary = next();
  });
  BAD_URLS.forEach((url, i) => {
    d.coverage[10 + i].url = url;
    d.coverage[10 + i].title = `liên-kết-xấu ${i} ${HOSTILE[i % HOSTILE.length]}`;
  });
  d.coverage[20].url = GOOD_URL;
  d.coverage[20].title = 'Bài có liên kết hợp lệ';
  return d;
}

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

/** What the page must never have: markup that came from the data, or its effects. */
async function assertNothingRan(report, log, dialogs, scriptsBefore) {
  const dom = await report.injectionTraces();
  assert.equal(dom.pwned, undefined, 'injected code ran');
  assert.equal(dom.scripts, scriptsBefore, 'a <script> element was added');
  assert.equal(dom.imgX, 0, 'an <img> was injected');
  assert.equal(dom.handlers, 0, 'an element with an inline event handler exists');
  assert.equal(dom.styles, 0, 'a <style> from the data was injected');
  assert.equal(dom.nestedSvg, 0, 'an <svg> was injected inside a chart');
  assert.deepEqual(dom.badLinks, [], 'links that are not http(s)');
  assert.deepEqual(dialogs, [], 'dialogs opened');
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(await log.cspViolations(), [], 'CSP violations');
}

test('a dataset full of hostile strings renders as text, runs nothing, and its charts still draw', { timeout: 90_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const report = await new ReportPage(page, server.url).openReady();
  const scriptsBefore = (await report.injectionTraces()).scripts;

  const items = JSON.parse(readFileSync(EXPECTED, 'utf8')).summary.totals.items;
  await report.loadBuffer('<img src=x onerror=alert(1)>.json', JSON.stringify(hostileDataset()));
  await report.waitItems(items);
  // The load done to its last step (its files stored) before looking for what it must not do.
  await report.waitFilesStored();
  await assertNothingRan(report, log, dialogs, scriptsBefore);

  // The strings are on the page as text.
  const body = await report.bodyText();
  for (const s of ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=2">', '</svg><svg onload=']) {
    assert.ok(body.includes(s), `${s} shown as text`);
  }
  // Theme names go into chart SVG text, as text.
  assert.match(await report.chartTexts(), /<script>|<\/svg>|<img/, 'hostile theme names drawn as SVG text');

  // Every chart drew its marks.
  const charts = await report.chartMarks();
  assert.ok(charts.length >= 6, `${charts.length} charts`);
  for (const marks of charts) assert.ok(marks > 0, 'a chart with nothing drawn');

  // Items with javascript:/data:/… URLs show their title, not a link; the https one is a link.
  await report.filters.search('liên-kết-xấu');
  await report.waitItems(BAD_URLS.length);
  assert.equal(await report.appendix.rowCount(), BAD_URLS.length);
  assert.equal((await report.appendix.links()).length, 0, 'a bad URL became a link');
  await report.filters.search('liên kết hợp lệ');
  await report.waitItems(1);
  const links = await report.appendix.links();
  assert.equal(links.length, 1);
  assert.equal(links[0].href, GOOD_URL);
  assert.equal(links[0].target, '_blank');
  assert.match(links[0].rel, /noopener/);
  await report.filters.search('');
  await report.waitItems(items);

  // Hostile edits: narrative and a header field, kept across a reload as text (each is
  // stored when its box is left; these wait until it is).
  const evil = '<img src=x onerror="window.__pwned=7"><script>window.__pwned=8</script>';
  await report.writeNarrative(evil);
  await report.setField('Trích yếu', evil);
  await report.reload(items);
  // The stored edits are back in the page before looking for what they must not do.
  await report.waitFieldValue('Trích yếu', evil);
  assert.equal(await report.narrative(), evil);
  assert.equal(await report.fieldValue('Trích yếu'), evil);
  assert.equal(await report.printedNarrative(), evil, 'the printed narrative is the text');
  await assertNothingRan(report, log, dialogs, scriptsBefore);
  await page.close();
});
