// Drag and drop (issue "The app"): files dropped anywhere on the page load like chosen ones,
// added to what is loaded; while files are dragged over the page it says where to drop them;
// a dropped broken file is refused with its message and the loaded data stays as it was.
// The page answers while a big file loads (issue "Performance"): the file buttons wait, and
// a file dropped meanwhile loads after it, not lost and not mixed into it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';
import { summaryDiff } from './summary-compare.mjs';

const CONFORMANCE = new URL('../fixtures/conformance/', import.meta.url).pathname;
const SPLIT = path.join(CONFORMANCE, 'valid/02-split-with-bad-records');
const EXPECTED = path.join(CONFORMANCE, 'valid/02-split-with-bad-records.expected.json');
const BROKEN = path.join(CONFORMANCE, 'invalid/06-duplicate-theme-code.json');

let server;
before(async () => {
  server = await serveDir(DIST_DIR);
});
after(async () => {
  await server?.close();
});

/** Drags `paths` from the desktop over the page, checks the drop hint it shows, and drops them. */
async function drop(report, paths) {
  assert.equal(await report.dropFiles(paths), 'Thả tệp JSON, Excel hoặc CSV vào đây để tải');
}

test('files dropped on the page add up to the expected summary; a dropped broken file is refused and changes nothing', { timeout: 90_000 }, async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const report = await new ReportPage(page, server.url).openReady();
    const want = JSON.parse(await readFile(EXPECTED, 'utf8'));

    // The plan and the contracts first: a report with no items yet.
    await drop(report, ['part-0-plan.json', 'part-1-contracts.json'].map((f) => path.join(SPLIT, f)));
    await report.waitItems(0);
    // Then the coverage, dropped later: added to what is loaded, not replacing it.
    await drop(report, ['part-2-coverage.json', 'part-3-coverage.json'].map((f) => path.join(SPLIT, f)));
    await report.waitItems(want.summary.totals.items);
    assert.equal(await report.problems.quarantinedCount(), want.quarantined.length);
    const before = await report.summary();
    assert.deepEqual(summaryDiff(before, want.summary), [], 'the dropped files give the expected summary');

    await drop(report, [BROKEN]);
    await report.problems.waitFor('06-duplicate-theme-code.json');
    await report.waitItems(want.summary.totals.items);
    assert.equal(await report.problems.refusedCount(), 1);
    const after = await report.summary();
    assert.deepEqual(after, before, 'the refused file changed nothing in the summary');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
  }
});

test('while a big file loads, the page answers: the file buttons wait and a file dropped meanwhile loads after it', { timeout: 180_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'phusong-big-'));
  const big = path.join(dir, 'bao-chi-300k.json');
  const items = 300_000;
  const root = new URL('../..', import.meta.url).pathname;
  execFileSync('cargo', ['run', '-q', '-p', 'phusong-cli', '--', 'sample', '--items', String(items), '--seed', '7', '--out', big], { cwd: root, stdio: 'inherit' });
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const report = new ReportPage(page, server.url);
    await report.open();
    await report.loadFiles(big);
    await report.waitProgress();
    // The page is not frozen: it answers a script, and the buttons that start a load wait.
    assert.equal(await report.isDisabled('load-sample'), true);
    assert.equal(await report.isDisabled('file-input'), true);
    await drop(report, [BROKEN]);
    assert.equal(await report.progressShown(), true, 'the drop came while the big file was still loading');
    // The big file loads whole, then the dropped file is refused by name, after it.
    await report.problems.waitFor('06-duplicate-theme-code.json', { timeout: 120_000 });
    await report.waitItems(items);
    assert.equal(await report.problems.refusedCount(), 1);
    assert.equal(await report.isDisabled('load-sample'), false);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
    await rm(dir, { recursive: true, force: true });
  }
});
