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
import { ReportPage, reportReady } from './report-page.mjs';
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

/** A `DataTransfer` in the page holding the files at `paths`, as a drag from the desktop carries. */
async function dataTransfer(page, paths) {
  const files = await Promise.all(
    paths.map(async (p) => ({ name: path.basename(p), base64: (await readFile(p)).toString('base64') })),
  );
  return page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'application/json' }));
    }
    return dt;
  }, files);
}

/** Drags `paths` over the page, checks the drop hint shows, and drops them. */
async function drop(page, paths) {
  const dt = await dataTransfer(page, paths);
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer: dt });
  const hint = page.locator('.drop-hint');
  await hint.waitFor({ state: 'visible' });
  assert.equal((await hint.innerText()).trim(), 'Thả tệp JSON vào đây để tải');
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dt });
  await hint.waitFor({ state: 'hidden' });
}

test('files dropped on the page add up to the expected summary; a dropped broken file is refused and changes nothing', { timeout: 90_000 }, async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const report = new ReportPage(page, server.url);
    await report.open();
    await reportReady(page);
    const want = JSON.parse(await readFile(EXPECTED, 'utf8'));

    // The plan and the contracts first: a report with no items yet.
    await drop(page, ['part-0-plan.json', 'part-1-contracts.json'].map((f) => path.join(SPLIT, f)));
    await reportReady(page, 0);
    // Then the coverage, dropped later: added to what is loaded, not replacing it.
    await drop(page, ['part-2-coverage.json', 'part-3-coverage.json'].map((f) => path.join(SPLIT, f)));
    await reportReady(page, want.summary.totals.items);
    assert.equal(Number(await page.textContent('[data-testid=quarantined-count]')), want.quarantined.length);
    const before = JSON.parse((await report.exportSummary()).text);
    assert.deepEqual(summaryDiff(before, want.summary), [], 'the dropped files give the expected summary');

    await drop(page, [BROKEN]);
    await page.locator('[data-testid=problems]').getByText('06-duplicate-theme-code.json').first().waitFor();
    await reportReady(page, want.summary.totals.items);
    assert.equal(Number(await page.textContent('[data-testid=refused-count]')), 1);
    const after = JSON.parse((await report.exportSummary()).text);
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
    await page.setInputFiles('[data-testid=file-input]', big);
    const progress = page.locator('[data-testid=progress]');
    await progress.waitFor({ state: 'visible' });
    // The page is not frozen: it answers a script, and the buttons that start a load wait.
    assert.equal(await page.isDisabled('[data-testid=load-sample]'), true);
    assert.equal(await page.isDisabled('[data-testid=file-input]'), true);
    await drop(page, [BROKEN]);
    assert.equal(await progress.isVisible(), true, 'the drop came while the big file was still loading');
    // The big file loads whole, then the dropped file is refused by name, after it.
    await page.locator('[data-testid=problems]').getByText('06-duplicate-theme-code.json').first().waitFor({ timeout: 120_000 });
    await reportReady(page, items);
    assert.equal(Number(await page.textContent('[data-testid=refused-count]')), 1);
    assert.equal(await page.isDisabled('[data-testid=load-sample]'), false);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
    await rm(dir, { recursive: true, force: true });
  }
});
