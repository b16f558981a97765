// Persistence (issue "Reliability"): what a user loaded survives reloads byte for
// byte; a storage error is reported and the data stays usable; two tabs never leave
// a half-written dataset behind; after a panic the recovery screen offers "Tải lại"
// and the stored data comes back whole; "#sample" shows the bundled sample and leaves
// the stored files alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, monitoredPage } from './browser.mjs';
import { ReportPage } from './report-page.mjs';
import { serveDir, DIST_DIR } from './server.mjs';

const VALID = new URL('../fixtures/conformance/valid/', import.meta.url).pathname;
const SMALL = path.join(VALID, '01-small/dataset.json');
const EDGES = ['2-plan.json', '3-records.json'].map((f) => path.join(VALID, '03-settled-edges', f));

let server;
before(async () => {
  server = await serveDir(DIST_DIR);
});
after(async () => {
  await server?.close();
});

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The app on a new monitored page of `browser`. */
async function openApp(browser) {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  return { page, log, report };
}

/** Chooses SMALL, waits for its report and for it to be stored; the stored list expected. */
async function loadSmallAndStore(report) {
  const stored = await report.filesStored();
  await report.loadFiles(SMALL);
  await report.waitItems(118);
  const want = [{ name: 'dataset.json', kind: 'File', sha256: sha256(await readFile(SMALL)) }];
  // The write is asynchronous: the app marks it done.
  await report.waitFilesStored(stored, { timeout: 10_000 });
  assert.deepEqual(await report.storedFiles(), want);
  return want;
}

test('loaded files round-trip byte for byte across reloads', async () => {
  const b = await launch();
  try {
    const { log, report } = await openApp(b);
    const want = await loadSmallAndStore(report);
    await report.reload(118);
    assert.deepEqual(await report.storedFiles(), want, 'stored bytes unchanged after reload');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
  }
});

test('"#sample" shows the bundled sample at once and leaves the stored files as they are', async () => {
  const b = await launch();
  try {
    const { log, report } = await openApp(b);
    const want = await loadSmallAndStore(report);
    const subject = 'Báo cáo thử với dữ liệu mẫu';
    // Stored when the field is left: this waits until it is.
    await report.setField('Trích yếu', subject);
    await report.open('#sample');
    await report.reload(1500);
    // The stored edits apply to the sample: they are read once the sample is shown, and so
    // after whatever the app does with it (it would have stored it by then).
    await report.waitFieldValue('Trích yếu', subject);
    assert.equal(await report.filesStored(), 0, 'the sample is not stored: no "stored" mark');
    assert.deepEqual(await report.storedFiles(), want, 'the sample is not stored over the files');
    await report.open();
    await report.reload(118);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
  }
});

test('files stored as bytes (the sample, and earlier versions) restore too', async () => {
  const b = await launch();
  try {
    const { log, report } = await openApp(b);
    // As an earlier version stored a chosen file: its bytes as a Uint8Array.
    await report.storeAsEarlierVersion('dataset.json', await readFile(SMALL));
    await report.reload(118);
    // The sample has no file: it is stored as bytes, and comes back as well.
    const stored = await report.filesStored();
    await report.loadSample();
    await report.waitFilesStored(stored, { timeout: 10_000 });
    const files = await report.storedFiles();
    assert.equal(files.length, 1);
    assert.equal(files[0].name, 'du-lieu-mau-thanh-hoa-2025.json');
    assert.equal(files[0].kind, 'Uint8Array');
    await report.reload(1500);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
  }
});

test('a storage error is reported and the loaded data stays usable', async () => {
  const b = await launch();
  try {
    const { page } = await monitoredPage(b.context);
    // Every write fails the way a full disk does.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const report = await new ReportPage(page, server.url).openReady();
    await report.loadFiles(SMALL);
    await report.waitItems(118);
    await report.problems.waitFor('QuotaExceededError', { timeout: 10_000 });
    assert.equal(await report.itemCount(), 118, 'the report still shows the data');
  } finally {
    await b.close();
  }
});

test('two tabs never corrupt the stored dataset', async () => {
  const b = await launch();
  try {
    const first = (await openApp(b)).report;
    const second = (await openApp(b)).report;
    // Both tabs load at the same time; the last write wins, whole.
    await Promise.all([first.loadFiles(SMALL), second.loadFiles(EDGES)]);
    await first.waitItems(118);
    await second.waitItems(5);
    const small = [{ name: 'dataset.json', kind: 'File', sha256: sha256(await readFile(SMALL)) }];
    const edges = await Promise.all(
      EDGES.map(async (f) => ({ name: path.basename(f), kind: 'File', sha256: sha256(await readFile(f)) })),
    );
    // Both asynchronous writes done: each tab marks its own.
    await Promise.all([first.waitFilesStored(), second.waitFilesStored()]);
    const stored = await first.storedFiles();
    assert.ok(
      JSON.stringify(stored) === JSON.stringify(small) || JSON.stringify(stored) === JSON.stringify(edges),
      `stored set is one tab's files, whole: ${JSON.stringify(stored)}`,
    );
    await first.reload();
    await first.waitReady();
    const n = await first.itemCount();
    assert.ok(n === 118 || n === 5, `restored one of the datasets (${n})`);
  } finally {
    await b.close();
  }
});

/**
 * Sets the app's one-shot test hook (`1` panics, `trap` aborts as a failed allocation does),
 * reloads, and returns the recovery screen once it shows as an alert.
 */
async function restartInto(report, how) {
  const recovery = await report.restartInto(how);
  assert.equal(await recovery.role(), 'alert');
  return recovery;
}

/** Clicks "Tải lại" on the recovery screen: a normal start, with the stored files unchanged. */
async function reloadFromRecovery(report, recovery, want) {
  await recovery.reload();
  await report.waitItems(118);
  assert.equal(await report.recoveryScreens(), 0, 'a normal start after reload');
  assert.deepEqual(await report.storedFiles(), want, 'stored bytes unchanged after the recovery reload');
}

test('a panic shows the recovery screen, and "Tải lại" brings the stored data back', async () => {
  const b = await launch();
  try {
    const { page, log, report } = await openApp(b);
    const want = await loadSmallAndStore(report);
    // The next start panics once, for real.
    const recovery = await restartInto(report, '1');
    assert.match(await recovery.text(), /Dữ liệu đã lưu trong trình duyệt vẫn còn nguyên/);
    assert.ok(
      log.consoleErrors.some((m) => m.includes('simulated panic')),
      `the panic really happened and was reported on the console: ${JSON.stringify(log.consoleErrors)}`,
    );
    // The screen covers the page: the dead app behind it cannot be used.
    const box = await recovery.box();
    const viewport = page.viewportSize();
    assert.ok(box.width >= viewport.width && box.height >= viewport.height, 'recovery screen covers the viewport');
    assert.deepEqual(await report.storedFiles(), want, 'the panic left the stored files alone');
    await reloadFromRecovery(report, recovery, want);
  } finally {
    await b.close();
  }
});

test('a WebAssembly trap (what running out of memory ends in) shows the recovery screen from plain script; the stored data comes back', async () => {
  const b = await launch();
  try {
    const { log, report } = await openApp(b);
    const want = await loadSmallAndStore(report);
    // The next start aborts once, as a failed allocation does.
    const recovery = await restartInto(report, 'trap');
    assert.match(await recovery.text(), /không đủ bộ nhớ/);
    assert.match(await recovery.text(), /Dữ liệu đã lưu trong trình duyệt vẫn còn nguyên/);
    assert.ok(
      log.pageErrors.some((m) => /RuntimeError/.test(m)),
      `the trap really happened: ${JSON.stringify(log.pageErrors)}`,
    );
    assert.equal(await recovery.count(), 1, 'one recovery screen');
    await reloadFromRecovery(report, recovery, want);
  } finally {
    await b.close();
  }
});
