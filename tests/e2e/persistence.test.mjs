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
import { reportReady } from './report-page.mjs';
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
const items = (page) => page.getAttribute('[data-testid=report]', 'data-items');

const ready = (page, items) => reportReady(page, items);

/** The files stored in IndexedDB, as { name, sha256 } (read in the page). */
async function storedFiles(page) {
  const stored = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('phusong');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('state').objectStore('state').get('files-v1');
          get.onsuccess = async () => {
            db.close();
            // A chosen file is stored as its Blob, the generated sample as a Uint8Array.
            const bytes = async (b) => Array.from(b instanceof Blob ? new Uint8Array(await b.arrayBuffer()) : b);
            const files = get.result ?? [];
            resolve(
              await Promise.all(files.map(async (f) => ({ name: f.name, kind: f.bytes?.constructor?.name, bytes: await bytes(f.bytes) }))),
            );
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
  return stored.map((f) => ({ name: f.name, kind: f.kind, sha256: sha256(Buffer.from(f.bytes)) }));
}

/** Opens the app, chooses SMALL, waits for its report and for it to be stored; the stored list expected. */
async function loadSmallAndStore(page) {
  await page.goto(server.url);
  await ready(page);
  await page.setInputFiles('[data-testid=file-input]', SMALL);
  await ready(page, 118);
  const want = [{ name: 'dataset.json', kind: 'File', sha256: sha256(await readFile(SMALL)) }];
  // The write is asynchronous: wait for it (at most 10 s).
  for (let i = 0; i < 100 && JSON.stringify(await storedFiles(page)) !== JSON.stringify(want); i++) {
    await page.waitForTimeout(100);
  }
  assert.deepEqual(await storedFiles(page), want);
  return want;
}

test('loaded files round-trip byte for byte across reloads', async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const want = await loadSmallAndStore(page);
    await page.reload();
    await ready(page, 118);
    assert.deepEqual(await storedFiles(page), want, 'stored bytes unchanged after reload');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
  }
});

test('"#sample" shows the bundled sample at once and leaves the stored files as they are', async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const want = await loadSmallAndStore(page);
    const subject = 'Báo cáo thử với dữ liệu mẫu';
    await page.fill('textarea[aria-label="Trích yếu"]', subject);
    await page.locator('textarea[aria-label="Trích yếu"]').blur();
    await page.waitForTimeout(500); // the edits are stored asynchronously
    await page.goto(`${server.url}#sample`);
    await page.reload();
    await ready(page, 1500);
    // The stored edits apply to the sample (they are read after it shows).
    await page.waitForFunction((s) => document.querySelector('textarea[aria-label="Trích yếu"]')?.value === s, subject);
    await page.waitForTimeout(300);
    assert.deepEqual(await storedFiles(page), want, 'the sample is not stored over the files');
    await page.goto(server.url);
    await page.reload();
    await ready(page, 118);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await b.close();
  }
});

test('files stored as bytes (the sample, and earlier versions) restore too', async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    await page.goto(server.url);
    await ready(page);
    // As an earlier version stored a chosen file: its bytes as a Uint8Array.
    const bytes = Array.from(await readFile(SMALL));
    await page.evaluate(
      (bytes) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('phusong');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('state', 'readwrite');
            tx.objectStore('state').put([{ name: 'dataset.json', bytes: new Uint8Array(bytes) }], 'files-v1');
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      bytes,
    );
    await page.reload();
    await ready(page, 118);
    // The sample has no file: it is stored as bytes, and comes back as well.
    await page.click('[data-testid=load-sample]');
    await ready(page, 1500);
    for (let i = 0; i < 100 && (await storedFiles(page))[0]?.name !== 'du-lieu-mau-thanh-hoa-2025.json'; i++) {
      await page.waitForTimeout(100);
    }
    const stored = await storedFiles(page);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].kind, 'Uint8Array');
    await page.reload();
    await ready(page, 1500);
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
    await page.goto(server.url);
    await ready(page);
    await page.setInputFiles('[data-testid=file-input]', SMALL);
    await ready(page, 118);
    const problems = page.locator('[data-testid=problems]');
    await problems.getByText('QuotaExceededError').first().waitFor({ timeout: 10_000 });
    assert.equal(await items(page), '118', 'the report still shows the data');
  } finally {
    await b.close();
  }
});

test('two tabs never corrupt the stored dataset', async () => {
  const b = await launch();
  try {
    const first = (await monitoredPage(b.context)).page;
    const second = (await monitoredPage(b.context)).page;
    await first.goto(server.url);
    await second.goto(server.url);
    await ready(first);
    await ready(second);
    // Both tabs load at the same time; the last write wins, whole.
    await Promise.all([
      first.setInputFiles('[data-testid=file-input]', SMALL),
      second.setInputFiles('[data-testid=file-input]', EDGES),
    ]);
    await ready(first, 118);
    await ready(second, 5);
    const small = [{ name: 'dataset.json', kind: 'File', sha256: sha256(await readFile(SMALL)) }];
    const edges = await Promise.all(
      EDGES.map(async (f) => ({ name: path.basename(f), kind: 'File', sha256: sha256(await readFile(f)) })),
    );
    // Let both asynchronous writes finish.
    await first.waitForTimeout(1000);
    const stored = await storedFiles(first);
    assert.ok(
      JSON.stringify(stored) === JSON.stringify(small) || JSON.stringify(stored) === JSON.stringify(edges),
      `stored set is one tab's files, whole: ${JSON.stringify(stored)}`,
    );
    await first.reload();
    await ready(first);
    const n = await items(first);
    assert.ok(n === '118' || n === '5', `restored one of the datasets (${n})`);
  } finally {
    await b.close();
  }
});

/**
 * Sets the app's one-shot test hook (app/src/panic.rs: `1` panics, `trap` aborts as a failed
 * allocation does), reloads, and returns the recovery screen once it shows as an alert.
 */
async function restartInto(page, how) {
  await page.evaluate((v) => sessionStorage.setItem('phusong.simulate-panic', v), how);
  await page.reload();
  const recovery = page.locator('[data-testid=recovery]');
  await recovery.waitFor({ state: 'visible', timeout: 20_000 });
  assert.equal(await recovery.getAttribute('role'), 'alert');
  return recovery;
}

/** Clicks "Tải lại" on the recovery screen: a normal start, with the stored files unchanged. */
async function reloadFromRecovery(page, recovery, want) {
  await recovery.getByRole('button', { name: /Tải lại/ }).click();
  await ready(page, 118);
  assert.equal(await page.locator('[data-testid=recovery]').count(), 0, 'a normal start after reload');
  assert.deepEqual(await storedFiles(page), want, 'stored bytes unchanged after the recovery reload');
}

test('a panic shows the recovery screen, and "Tải lại" brings the stored data back', async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const want = await loadSmallAndStore(page);
    // The next start panics once, for real.
    const recovery = await restartInto(page, '1');
    assert.match(await recovery.innerText(), /Dữ liệu đã lưu trong trình duyệt vẫn còn nguyên/);
    assert.ok(
      log.consoleErrors.some((m) => m.includes('simulated panic')),
      `the panic really happened and was reported on the console: ${JSON.stringify(log.consoleErrors)}`,
    );
    // The screen covers the page: the dead app behind it cannot be used.
    const box = await recovery.boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box.width >= viewport.width && box.height >= viewport.height, 'recovery screen covers the viewport');
    assert.deepEqual(await storedFiles(page), want, 'the panic left the stored files alone');
    await reloadFromRecovery(page, recovery, want);
  } finally {
    await b.close();
  }
});

test('a WebAssembly trap (what running out of memory ends in) shows the recovery screen from plain script; the stored data comes back', async () => {
  const b = await launch();
  try {
    const { page, log } = await monitoredPage(b.context);
    const want = await loadSmallAndStore(page);
    // The next start aborts once, as a failed allocation does.
    const recovery = await restartInto(page, 'trap');
    assert.match(await recovery.innerText(), /không đủ bộ nhớ/);
    assert.match(await recovery.innerText(), /Dữ liệu đã lưu trong trình duyệt vẫn còn nguyên/);
    assert.ok(
      log.pageErrors.some((m) => /RuntimeError/.test(m)),
      `the trap really happened: ${JSON.stringify(log.pageErrors)}`,
    );
    assert.equal(await recovery.count(), 1, 'one recovery screen');
    await reloadFromRecovery(page, recovery, want);
  } finally {
    await b.close();
  }
});
