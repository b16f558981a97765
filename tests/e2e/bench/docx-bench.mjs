// Word export benchmark (run on demand by scripts/bench-docx.sh, not part of the tests): the
// bundled sample (1,500 items) opened in the app (`#sample`), then "Xuất Word" clicked; the
// app measures its build from the click to the document's bytes (`phusong:docx`: the content
// from the report, every chart drawn on a canvas as PNG, the package written), which this
// reads. Each run is a fresh context (cold code: the export's first run on that page), then a
// second click on the same page (warm). Writes (or replaces) its section of
// docs/browser-benchmarks.md; the rest of the file is the other benchmarks'.
//
// Environment: PHUSONG_DIST (default dist/), BENCH_RUNS (default 5), BENCH_OUT (default
// docs/browser-benchmarks.md).
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST_DIR, serveDir } from '../server.mjs';
import { awaitInPage, cell, gitHead, launchBench, log, ROOT, stats, upsertSection } from './bench-common.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'docs/browser-benchmarks.md');
const HEADING = '## Word export: the sample as .docx, built in the browser';
const GOAL_MS = 1000;

/** Clicks "Xuất Word" and returns the measured build (ms) and the file's size. */
async function exportOnce(page) {
  const before = await page.evaluate(() => performance.getEntriesByName('phusong:docx', 'measure').length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-docx]')]);
  const bytes = (await readFile(await download.path())).length;
  await awaitInPage(page, `new Promise((resolve) => {
    const poll = () => performance.getEntriesByName('phusong:docx', 'measure').length > ${before} ? resolve() : setTimeout(poll, 20);
    poll();
  })`, 30_000);
  const ms = await page.evaluate(() => performance.getEntriesByName('phusong:docx', 'measure').at(-1).duration);
  return { ms, bytes, name: download.suggestedFilename() };
}

async function main() {
  const dist = process.env.PHUSONG_DIST ?? DIST_DIR;
  const server = await serveDir(dist);
  const bench = await launchBench();
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await bench.inFreshPage(`${server.url}#sample`, async (page) => {
      await awaitInPage(page, `new Promise((resolve) => {
        const poll = () => document.querySelector('[data-testid=report]')?.dataset.ready === 'true' ? resolve() : setTimeout(poll, 20);
        poll();
      })`, 60_000);
      const cold = await exportOnce(page);
      const warm = await exportOnce(page);
      return { cold: cold.ms, warm: warm.ms, bytes: cold.bytes, name: cold.name };
    });
    log(`run ${i + 1}:`, JSON.stringify(r));
    runs.push(r);
  }
  await bench.browser.close();
  await server.close();
  const cold = stats(runs.map((r) => r.cold));
  const warm = stats(runs.map((r) => r.warm));
  const size = runs.find((r) => r.bytes)?.bytes;
  const met = cold && cold.max <= GOAL_MS ? 'met' : 'not met';
  const section = [
    HEADING,
    '',
    `Measured by \`scripts/bench-docx.sh\` (tests/e2e/bench/docx-bench.mjs) on ${new Date().toISOString().slice(0, 10)},`,
    `commit ${gitHead()}, Chromium ${bench.version} headless, ${os.cpus().length} cores (load at start ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}).`,
    `The bundled sample (1,500 items) opened with \`#sample\`, then "Xuất Word" clicked: the app's measure`,
    '`phusong:docx`, from the click to the bytes of the document (the content from the report, every chart',
    `drawn on a canvas at 240 dpi and read back as PNG, the package written), before the download starts. ${RUNS} runs,`,
    'each a fresh context; "first" is the first export of the page, "again" a second click on it. Median (min–max), ms.',
    '',
    '| | first export | again | file |',
    '| --- | ---: | ---: | ---: |',
    `| sample (1,500 items) → \`${runs.find((r) => r.name)?.name ?? '?'}\` | ${cell(cold)} | ${cell(warm)} | ${size ? `${(size / 1e6).toFixed(2)} MB` : '—'} |`,
    '',
    `Goal ≤ ${GOAL_MS.toLocaleString('en-US')} ms: ${met}.`,
    '',
  ].join('\n');
  const text = await readFile(OUT, 'utf8').catch(() => '# Browser benchmarks\n');
  await writeFile(OUT, upsertSection(text, HEADING, section));
  log(`wrote ${path.relative(ROOT, OUT)}`);
  if (runs.some((r) => r.error)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
