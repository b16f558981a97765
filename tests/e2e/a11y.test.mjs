// Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) finds no violation on any screen
// of the app: the welcome screen, a report with its problems panel open, the report drafted
// before its period ends with the acceptance appendix chosen, the print preview, English, and
// the analysis parts (tone by month, the flagged months, money) with last year loaded, and a
// shared report (read-only) opened from file://.
// Every control has a name, and the page is usable from the keyboard (checked by axe's rules
// for names, roles and focusable content).
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { MappingScreen } from './mapping-screen.mjs';
import { ReportPage } from './report-page.mjs';
import { SuggestionsPanel } from './suggestions-panel.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CASE_02 = path.join(ROOT, 'tests/fixtures/conformance/valid/02-split-with-bad-records');

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

/** The WCAG 2 A/AA violations axe finds on the page as it is, one line each. */
async function violations(page) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('')}`),
      count: v.nodes.length,
    }));
  });
  return found.map((v) => `${v.id} (${v.count}): ${v.nodes.join(' | ')}`);
}

test('no WCAG 2 A/AA violation on any screen', { timeout: 180_000 }, async (t) => {
  const { page, log } = await monitoredPage(browser.context);
  await page.clock.setFixedTime(new Date(2025, 10, 15, 9, 30));
  const report = new ReportPage(page, server.url);
  await report.open();
  await report.waitReady();
  const screens = {};
  screens.welcome = await violations(page);
  // axe sees what it must: a control without a name, added for a moment, is a violation.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<button id="unnamed"></button>'));
  assert.match((await violations(page)).join('\n'), /button-name/);
  await page.evaluate(() => document.getElementById('unnamed').remove());

  // A report of records left out, with the problems panel open.
  await report.loadFiles(readdirSync(CASE_02).sort().map((f) => path.join(CASE_02, f)));
  await report.waitSomeItems();
  await report.problems.open();
  screens.problems = await violations(page);

  // Drafted before its period ends, the acceptance appendix of a contract chosen.
  await report.clearData();
  await report.loadFiles([path.join(ROOT, 'tests/fixtures/as-of/dataset.json')]);
  await report.waitItems(24);
  await report.chooseAcceptance('12/2025/HĐ-STTTT');
  screens.asOf = await violations(page);

  await report.printing.togglePreview();
  screens.preview = await violations(page);
  await report.printing.togglePreview();

  await report.switchLanguage();
  await report.waitAsOfLine('Figures as of');
  screens.english = await violations(page);

  for (const [name, found] of Object.entries(screens)) t.diagnostic(`${name}: ${found.length} violations`);
  assert.deepEqual(screens, { welcome: [], problems: [], asOf: [], preview: [], english: [] });
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('no WCAG 2 A/AA violation on the mapping screen', { timeout: 90_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.open();
  await report.waitReady();
  await report.loadFiles([path.join(ROOT, 'tests/fixtures/spreadsheets/04-spreadsheets/1-du-lieu.xlsx')], { mode: 'replace' });
  await page.locator('[data-testid=choose-reading][data-sheet="Tin bài"]').waitFor({ state: 'attached' });
  await report.problems.open();
  // A recognised sheet with a value that matched nothing: columns and values to choose.
  const mapping = new MappingScreen(page);
  await mapping.openFor('Tin bài');
  await mapping.waitUnmatched();
  assert.deepEqual(await violations(page), []);
  await mapping.close();
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('no WCAG 2 A/AA violation with the analysis parts and last year loaded', { timeout: 90_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.open();
  await report.waitReady();
  const fixture = path.join(ROOT, 'tests/fixtures/analysis');
  // Replacing what earlier screens stored in this browser.
  await report.loadFiles([path.join(fixture, '2025/du-lieu-2025.json')], { mode: 'replace' });
  await report.waitItems(65);
  await report.waitReady();
  // A refusal first (this year's own file), then last year's summary: the columns and status.
  await report.analysis.chooseBaseline([path.join(fixture, '2025/du-lieu-2025.json')]);
  await report.analysis.baselineError();
  assert.deepEqual(await violations(page), []);
  await report.analysis.chooseBaseline([path.join(fixture, '2024/summary-2024.json')]);
  await report.analysis.baselineStatus();
  // In the language the earlier screens left (they end in English).
  const lang = await page.getAttribute('article.document', 'lang');
  await report.analysis.waitColumn('themes', lang === 'en' ? 'Last year' : 'Năm trước');
  assert.equal(await report.analysis.alertCount(), 2);
  assert.deepEqual(await violations(page), []);
  // The control is reachable from the keyboard: its input takes the focus.
  await page.focus('[data-testid=baseline-input]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'baseline-input');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('no WCAG 2 A/AA violation in "Gợi ý nội dung" with suggestions accepted', { timeout: 90_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  await report.open('#sample');
  await report.waitItems(1500);
  await report.waitReady();
  const panel = new SuggestionsPanel(page);
  // Opened from the keyboard (its toggle takes the focus, Enter opens it).
  await panel.open();
  assert.deepEqual(await violations(page), []);
  await panel.acceptRow(0);
  await panel.waitAccepted(1);
  // With "Đã gắn bổ sung" listing it, and the check of tagged items open too.
  assert.equal((await panel.addedRows()).length, 1);
  await panel.openCheck();
  assert.deepEqual(await violations(page), []);
  // Its "Bỏ" from the keyboard: the last one gone, the focus goes to the status line.
  await panel.removeRow(0);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'suggestions-status');
  assert.equal(await panel.addedCount(), 0);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('no WCAG 2 A/AA violation on a shared report (made from the hosted app, opened from file://)', { timeout: 90_000 }, async () => {
  const { page } = await monitoredPage(browser.context);
  const author = new ReportPage(page, server.url);
  await author.openReady();
  await author.loadFiles(readdirSync(CASE_02).sort().map((f) => path.join(CASE_02, f)));
  await author.waitSomeItems();
  // The hosted page has no wasm inside: it takes phusong.html from beside it.
  const saved = await author.saveShared();
  mkdirSync(path.join(ROOT, 'tests/e2e/test-results'), { recursive: true });
  const file = path.join(ROOT, 'tests/e2e/test-results/a11y-shared.html');
  writeFileSync(file, saved.bytes);
  await page.close();

  const { page: leaderPage, log } = await monitoredPage(browser.context);
  const leader = new ReportPage(leaderPage, pathToFileURL(file).href);
  await leader.open();
  await leader.waitSomeItems();
  await leaderPage.waitForSelector('[data-testid=shared-line]');
  assert.deepEqual(await violations(leaderPage), [], 'shared report');
  assert.deepEqual(log.pageErrors, []);
  await leaderPage.close();
});
