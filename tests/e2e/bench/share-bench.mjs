// Shared report benchmark (run on demand by scripts/bench-share.sh, not part of the tests):
// "Lưu báo cáo để gửi" in the offline file (file://) with the bundled sample and with 100,000
// generated items: the time the app measures to make the file (`phusong:share`, from the click
// to the file's bytes), the file's size, and the time a fresh context takes from opening the
// shared file to its report (navigation start → the report root ready with every item).
// Also the offline file itself, `phusong.html#sample` (navigation start → wasm unpacked, report
// ready), interleaved with another build's phusong.html when PHUSONG_COMPARE_HTML names one (how
// the raw windows-1252 data blocks compare with base64). Writes (or replaces) its section of
// docs/browser-benchmarks.md.
//
// Environment: PHUSONG_DIST (default dist/), BENCH_RUNS (default 3), BENCH_DATA (default
// /work/bench-data), BENCH_SHARE_ITEMS (default 100000), PHUSONG_COMPARE_HTML, BENCH_OUT.
import { readFile, writeFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR } from '../server.mjs';
import { awaitInPage, cell, gitHead, launchBench, log, ROOT, sampleFile, stats, upsertSection } from './bench-common.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'docs/browser-benchmarks.md');
const DATA = process.env.BENCH_DATA ?? '/work/bench-data';
const ITEMS = Number(process.env.BENCH_SHARE_ITEMS ?? 100_000);
const HEADING = '## Shared report ("Lưu báo cáo để gửi") and the offline file\'s boot';

const readyWith = (n) => `new Promise((resolve) => {
  const done = () => { const r = document.querySelector('[data-testid=report]'); return r?.dataset.ready === 'true' && r.dataset.items === '${n}'; };
  const poll = () => (done() ? resolve() : setTimeout(poll, 20));
  poll();
})`;

/** Opens `url` (file://) and returns the times from navigation start to the wasm unpacked and to the report with `n` items. */
async function openTimes(page, n) {
  await awaitInPage(page, readyWith(n), 600_000);
  return page.evaluate(() => ({
    unpacked: performance.getEntriesByName('phusong:wasm-unpacked', 'mark')[0]?.startTime,
    ready: performance.now(),
  }));
}

/** In the app opened at file://, loads `file` (or the sample) and clicks "Lưu báo cáo để gửi". */
async function makeShared(page, file, n) {
  if (file) {
    await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
    await page.setInputFiles('[data-testid=file-input]', file);
  }
  await awaitInPage(page, readyWith(n), 600_000);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.click('[data-testid=export-share]'),
  ]);
  const saved = path.join(os.tmpdir(), `phusong-shared-${n}.html`);
  await download.saveAs(saved);
  const ms = await page.evaluate(() => performance.getEntriesByName('phusong:share', 'measure').at(-1)?.duration);
  return { ms, bytes: (await stat(saved)).size, saved };
}

async function main() {
  const dist = process.env.PHUSONG_DIST ?? DIST_DIR;
  const offline = path.join(dist, 'phusong.html');
  const compare = process.env.PHUSONG_COMPARE_HTML;
  const bench = await launchBench();
  const boot = { this: [], other: [] };
  const shared = { sample: [], large: [] };
  const large = sampleFile(DATA, ITEMS);
  for (let i = 0; i < RUNS; i++) {
    for (const [key, html] of [['this', offline], ...(compare ? [['other', compare]] : [])]) {
      const r = await bench.inFreshPage(`${pathToFileURL(html).href}#sample`, (page) => openTimes(page, 1500));
      log(`boot ${key} #${i + 1}`, JSON.stringify(r));
      boot[key].push(r);
    }
    for (const [key, file, n] of [['sample', null, 1500], ['large', large, ITEMS]]) {
      const url = `${pathToFileURL(offline).href}${file ? '' : '#sample'}`;
      const made = await bench.inFreshPage(url, (page) => makeShared(page, file, n));
      const opened = made.saved
        ? await bench.inFreshPage(pathToFileURL(made.saved).href, (page) => openTimes(page, n))
        : {};
      const r = { make: made.ms, bytes: made.bytes, open: opened.ready, error: made.error ?? opened.error };
      log(`shared ${key} #${i + 1}`, JSON.stringify(r));
      shared[key].push(r);
    }
  }
  await bench.browser.close();
  const ok = (runs) => runs.filter((r) => !r.error);
  const col = (runs, k) => stats(ok(runs).map((r) => r[k]).filter((x) => x != null));
  const size = (runs) => ok(runs).find((r) => r.bytes)?.bytes;
  const bytes = (b) => (b == null ? '—' : `${b.toLocaleString('en-US')} B`);
  const thisSize = (await stat(offline)).size;
  const otherSize = compare ? (await stat(compare)).size : null;
  const section = [
    HEADING,
    '',
    `Measured by \`scripts/bench-share.sh\` (tests/e2e/bench/share-bench.mjs) on ${new Date().toISOString().slice(0, 10)},`,
    `commit ${gitHead()}, Chromium ${bench.version} headless, ${os.cpus().length} cores (load at start ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}).`,
    `${RUNS} runs, each step a fresh context, over file://. Median (min–max), ms from navigation start unless said.`,
    '',
    '| shared report of | file | made (click → bytes, `phusong:share`) | opened: navigation start → report ready |',
    '| --- | ---: | ---: | ---: |',
    `| the bundled sample (1,500 items) | ${bytes(size(shared.sample))} | ${cell(col(shared.sample, 'make'))} | ${cell(col(shared.sample, 'open'))} |`,
    `| ${ITEMS.toLocaleString('en-US')} generated items (\`phusong sample --seed 1\`, JSON) | ${bytes(size(shared.large))} | ${cell(col(shared.large, 'make'))} | ${cell(col(shared.large, 'open'))} |`,
    '',
    'The offline file opening the sample by itself (`phusong.html#sample`), interleaved run by run:',
    '',
    '| page | size | → wasm unpacked | → report ready |',
    '| --- | ---: | ---: | ---: |',
    `| this build's \`phusong.html\` (windows-1252, raw data blocks) | ${bytes(thisSize)} | ${cell(col(boot.this, 'unpacked'))} | ${cell(col(boot.this, 'ready'))} |`,
    ...(compare
      ? [`| \`${compare}\` | ${bytes(otherSize)} | ${cell(col(boot.other, 'unpacked'))} | ${cell(col(boot.other, 'ready'))} |`]
      : []),
    '',
  ].join('\n');
  const text = await readFile(OUT, 'utf8').catch(() => '# Browser benchmarks\n');
  await writeFile(OUT, upsertSection(text, HEADING, section));
  log(`wrote ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
