// Browser benchmark (run on demand by scripts/bench-browser.sh, not part of the tests):
// phusong loading 10k / 100k / 1M-item files in headless Chromium, against JSON.parse of the
// same bytes and DuckDB-WASM computing the same aggregates; memory, sizes, and the time from
// opening the offline dist/phusong.html to the sample report. Writes docs/browser-benchmarks.md.
//
// Environment: PHUSONG_DIST (default dist/), BENCH_DATA (default /work/bench-data: the
// generated files, kept between runs, outside the repository), BENCH_SIZES (default
// 10000,100000,1000000), BENCH_RUNS (default 7), BENCH_RUNS_1M (default 3),
// BENCH_OUT (default docs/browser-benchmarks.md), BENCH_SKIP_DUCKDB=1, BENCH_CHROMIUM_FLAGS
// (extra Chromium switches, space-separated, for experiments).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../browser.mjs';
import { DIST_DIR, serveDir } from '../server.mjs';
import {
  awaitInPage,
  cell,
  choosePhusongFile,
  col,
  extractSection,
  gitHead,
  items,
  launchBench,
  log,
  mb,
  mbCell,
  ms,
  sampleFile,
  settle,
  SHEETS_HEADING,
  stageDist,
  stats,
} from './bench-common.mjs';
import { duckdbRun, floorRun, injectFileInput, interactionRun } from './page-probes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const E2E = path.resolve(HERE, '..');
const DATA = path.resolve(process.env.BENCH_DATA ?? '/work/bench-data');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RUNS_1M = Number(process.env.BENCH_RUNS_1M ?? 3);
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'docs/browser-benchmarks.md');
const SKIP_DUCKDB = process.env.BENCH_SKIP_DUCKDB === '1';
// Extra Chromium switches for experiments (e.g. --js-flags=--no-liftoff); named in the Setup.
const EXTRA_FLAGS = (process.env.BENCH_CHROMIUM_FLAGS ?? '').split(' ').filter(Boolean);
const LOAD_AT_START = os.loadavg().map((x) => x.toFixed(2)).join(', ');
const DUCKDB_DIST = path.join(E2E, 'node_modules/@duckdb/duckdb-wasm/dist');
const ARROW_UMD = path.join(E2E, 'node_modules/apache-arrow/Arrow.es2015.min.js');
const SAMPLE_ITEMS = 1500;
const runsFor = (n) => (n >= 1_000_000 ? RUNS_1M : RUNS);

// ---------------------------------------------------------------- data files (the CLI)

const dataFile = (n) => sampleFile(DATA, n);

// ---------------------------------------------------------------- what is served

/**
 * One origin for everything (the app's CSP allows 'self' only): dist/ at the root, DuckDB-WASM's
 * dist files under /duckdb/. duckdb-browser.mjs imports the bare specifier "apache-arrow", which a
 * page without an import map cannot resolve: the staged copy takes it from apache-arrow's UMD
 * bundle (window.Arrow) instead, loaded first by a <script src>.
 */
async function stage() {
  const dir = await stageDist();
  const dd = path.join(dir, 'duckdb');
  await mkdir(dd);
  for (const name of [
    'duckdb-eh.wasm',
    'duckdb-mvp.wasm',
    'duckdb-browser-eh.worker.js',
    'duckdb-browser-mvp.worker.js',
  ]) {
    await symlink(path.join(DUCKDB_DIST, name), path.join(dd, name));
  }
  await symlink(ARROW_UMD, path.join(dd, 'Arrow.es2015.min.js'));
  let esm = await readFile(path.join(DUCKDB_DIST, 'duckdb-browser.mjs'), 'utf8');
  esm = esm.replace(/import\s*\*\s*as\s*([A-Za-z_$][\w$]*)\s*from\s*"apache-arrow";/g, 'const $1=globalThis.Arrow;');
  if (/from\s*"apache-arrow"/.test(esm)) throw new Error('duckdb-browser.mjs: an apache-arrow import was not rewritten');
  await writeFile(path.join(dd, 'duckdb-browser.mjs'), esm);
  return dir;
}

// ---------------------------------------------------------------- one run = one fresh context

/** The browser (`launchBench` in bench-common.mjs): `inFreshPage` runs a body in a fresh context. */
let bench;
const inFreshPage = (...args) => bench.inFreshPage(...args);

async function phusongRun(base, file, n) {
  return inFreshPage(base, (page) => choosePhusongFile(page, bench.pid, file, n), {}, null, (page) => page.evaluate(interactionRun));
}

async function floorOf(base, file) {
  return inFreshPage(base, async (page) => {
    await page.evaluate(injectFileInput);
    await settle(page, bench.pid);
    await page.setInputFiles('#bench-file', file);
    return page.evaluate(floorRun);
  });
}

async function duckdbOf(base, file) {
  return inFreshPage(base, async (page) => {
    await page.evaluate(injectFileInput);
    await settle(page, bench.pid);
    await page.setInputFiles('#bench-file', file);
    return page.evaluate(duckdbRun, { base });
    // apache-arrow builds its visitors with `new Function`, which the app's CSP forbids.
  }, { bypassCSP: true });
}

/** Opens dist/phusong.html over file://, clicks load-sample, waits for the 1500-item report. */
async function offlineRun(htmlFile) {
  return inFreshPage(pathToFileURL(htmlFile).href, async (page) => {
    await page.evaluate((x) => window.__benchExpect(x), SAMPLE_ITEMS);
    await page.click('[data-testid=load-sample]');
    await awaitInPage(page, 'window.__benchPainted', 60_000);
    return page.evaluate(() => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        appStarted: b.appStartedAt,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        clickAt: b.clickAt,
        ready: b.readyAt,
        painted: b.readyPaintAt,
        rendered: performance.getEntriesByName('phusong:rendered', 'mark').at(-1)?.startTime ?? null,
        clickToReady: b.readyAt - b.clickAt,
        clickToPaint: b.readyPaintAt - b.clickAt,
      };
    });
  });
}

/** Opens dist/phusong.html#sample over file:// (the sample opens by itself, no click): time to the report. */
async function offlineSampleRun(htmlFile) {
  const url = `${pathToFileURL(htmlFile).href}#sample`;
  return inFreshPage(
    url,
    async (page) => {
      await awaitInPage(page, 'window.__benchPainted', 60_000);
      await awaitInPage(page, `new Promise((resolve) => {
        const done = () => performance.getEntriesByName('phusong:completed', 'mark').length > 0;
        const poll = () => (done() ? resolve() : setTimeout(poll, 10));
        poll();
      })`, 60_000);
      return page.evaluate(() => {
        const b = window.__bench;
        const mark = (n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null;
        return {
          appStarted: b.appStartedAt,
          sampleChosen: mark('phusong:chosen'),
          ready: b.readyAt,
          painted: b.readyPaintAt,
          rendered: mark('phusong:rendered'),
          completed: mark('phusong:completed'),
        };
      });
    },
    {},
    SAMPLE_ITEMS,
  );
}

// ---------------------------------------------------------------- statistics and formatting

// ---------------------------------------------------------------- main

async function main() {
  if (process.env.BENCH_FROM) {
    // Rewrite the Markdown from saved results (browser-bench-results.json) without measuring.
    const saved = JSON.parse(await readFile(process.env.BENCH_FROM, 'utf8'));
    await writeDoc(report(saved.results, saved.chromiumVersion, saved.date, saved.loadAtStart ?? 'not recorded'));
    log(`wrote ${OUT} from ${process.env.BENCH_FROM}`);
    return;
  }
  if (!existsSync(path.join(DIST_DIR, 'phusong.html'))) {
    throw new Error(`${DIST_DIR} has no release build: run trunk build --release (scripts/bench-browser.sh does)`);
  }
  await mkdir(DATA, { recursive: true });
  const files = Object.fromEntries(SIZES.map((n) => [n, dataFile(n)]));

  const staged = await stage();
  const server = await serveDir(staged);
  bench = await launchBench(EXTRA_FLAGS);
  const chromiumVersion = bench.version;
  log(`Chromium ${chromiumVersion}, serving ${staged} at ${server.url}`);

  const results = {};
  try {
    for (const n of SIZES) {
      const file = files[n];
      const r = (results[n] = { bytes: statSync(file).size, phusong: [], floor: [], duckdb: [] });
      for (let i = 0; i < runsFor(n); i++) {
        const p = await phusongRun(server.url, file, n);
        r.phusong.push(p);
        log(`${items(n)} phusong #${i + 1}`, JSON.stringify(p));
        const f = await floorOf(server.url, file);
        r.floor.push(f);
        log(`${items(n)} floor   #${i + 1}`, JSON.stringify(f));
        if (!SKIP_DUCKDB) {
          const d = await duckdbOf(server.url, file);
          r.duckdb.push(d);
          log(`${items(n)} duckdb  #${i + 1}`, JSON.stringify(d));
        }
      }
    }
    results.offline = [];
    for (let i = 0; i < RUNS; i++) {
      const o = await offlineRun(path.join(DIST_DIR, 'phusong.html'));
      results.offline.push(o);
      log(`offline #${i + 1}`, JSON.stringify(o));
    }
    results.offlineSample = [];
    for (let i = 0; i < RUNS; i++) {
      const o = await offlineSampleRun(path.join(DIST_DIR, 'phusong.html'));
      results.offlineSample.push(o);
      log(`offline #sample #${i + 1}`, JSON.stringify(o));
    }
  } finally {
    await bench.browser.close();
    await server.close();
    await rm(staged, { recursive: true, force: true });
  }

  const date = new Date().toISOString().slice(0, 10);
  await writeFile(path.join(DATA, 'browser-bench-results.json'), JSON.stringify({ results, chromiumVersion, date, loadAtStart: LOAD_AT_START }, null, 1));
  const md = report(results, chromiumVersion, date, LOAD_AT_START);
  await writeDoc(md);
  log(`wrote ${OUT} (raw results: ${path.join(DATA, 'browser-bench-results.json')})`);
}

/** Writes OUT, keeping the spreadsheet section that sheets-bench.mjs appended to it, if any. */
async function writeDoc(md) {
  const old = existsSync(OUT) ? await readFile(OUT, 'utf8') : '';
  const sheets = extractSection(old, SHEETS_HEADING);
  await writeFile(OUT, sheets ? `${md.replace(/\n+$/, '\n')}\n${sheets}` : md);
}

function sizes() {
  const wasm = readdirSync(DIST_DIR).find((f) => f.endsWith('_bg.wasm'));
  const wasmBytes = readFileSync(path.join(DIST_DIR, wasm));
  const html = readFileSync(path.join(DIST_DIR, 'phusong.html'));
  return {
    wasm,
    wasmRaw: wasmBytes.length,
    wasmGz: gzipSync(wasmBytes, { level: 9 }).length,
    html: html.length,
    htmlGz: gzipSync(html, { level: 9 }).length,
  };
}

function report(results, chromiumVersion, date, loadAtStart) {
  const cpu = (os.cpus()[0]?.model ?? '?').trim();
  const sz = sizes();
  const ok = (b) => (b ? '**met**' : '**not met**');
  const L = [];
  L.push('# Browser benchmarks', '');
  L.push(
    'phusong loading `coverage-report/v1` files in the browser (headless Chromium), against the',
    'floor of `JSON.parse` of the same bytes in the same page and against DuckDB-WASM computing',
    'the same aggregates. Run on demand with `scripts/bench-browser.sh`',
    '(`tests/e2e/bench/browser-bench.mjs`), which rewrites this file; it is not part of the tests.',
    'The Rust-only load benchmark is [benchmarks.md](benchmarks.md); what was tried to make loading',
    'faster, measured, and kept or dropped: [performance-experiments.md](performance-experiments.md).',
    '',
  );
  L.push('## Setup', '');
  L.push(
    `- Machine: ${os.cpus().length} cores (\`${cpu}\`), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, a shared VM (other builds may run at the same time; expect ±10 % or worse).`,
    `- Load average when the run started: ${loadAtStart} (1, 5, 15 min; above ~0.5 other work shared the cores and inflated every figure, the floor's too).`,
    `- Browser: Chromium ${chromiumVersion} (Debian \`${CHROMIUM_PATH}\`), headless, driven by playwright-core; \`--enable-precise-memory-info\`${EXTRA_FLAGS.length ? `, ${EXTRA_FLAGS.map((f) => `\`${f}\``).join(' ')} (BENCH_CHROMIUM_FLAGS)` : ''}.`,
    `- Date: ${date}. App: the release build in \`${DIST_DIR}\` (\`${sz.wasm}\`); repository at commit ${gitHead()}.`,
    '- Data: `phusong sample --items N --seed 1` (one file: organization, plan, 20 outlets, contracts, N coverage items); served from 127.0.0.1, chosen through the page\'s file input.',
    '- Data files are generated by the CLI into `$BENCH_DATA` (default /work/bench-data), never into the repository; raw results: `$BENCH_DATA/browser-bench-results.json`.',
    `- Every run is a fresh browser context (new renderer process, empty storage) on the app page \`index.html\`, whose file is chosen once the page has settled (two idle periods after it loaded: since 2026-12-02, session 5; before, at once, while its start-up work still ran; since session 7 also after the app's warm-up, the bundled sample loaded unseen on the welcome screen so that the browser has compiled the loader: see performance-experiments.md for the load without it; since session 9 also once the browser is quiet, three 50 ms windows in a row with at most 10 ms of CPU over all its processes, because V8 goes on optimising the code the warm-up made hot on background threads for ~150 ms after it; the floor and DuckDB runs, in the same app page, wait for the same) and whose load is awaited over CDP (before, playwright's \`waitForFunction\` polled in the page during the load); ${RUNS} runs per size (BENCH_RUNS; 5 before session 8), ${RUNS_1M} for 1M items (BENCH_RUNS_1M); the whole benchmark takes ~3–4 min here. Tables show **median (min–max)** in ms. The machine's speed drifts by ±20 % within minutes (the same build, interleaved runs): the phusong and floor runs of a size alternate, and the ratio is also given run by run (run i of phusong ÷ run i of the floor, median and range).`,
    '',
  );

  L.push('## phusong: file chosen → report rendered', '');
  L.push(
    'From the app\'s performance marks: read = `chosen→read` (File → bytes in wasm; since 2026-12-02 the records that have',
    'arrived are parsed meanwhile, between the stream\'s chunks), parse = `read→parsed` (what is left to parse after the last chunk),',
    'validate = `parsed→validated` (what is left to check after the last chunk: since 2026-12-02, session 6, the coverage of a',
    'file whose other sections come first is checked while it is read, so most of the checking is in "read"),',
    'aggregate = `validated→aggregated`, render = `aggregated→rendered`,',
    'total = `chosen→rendered`; to paint = chosen → the report laid out and painted (a message posted from a `requestAnimationFrame`',
    'loop that runs from the page\'s start, in the first frame after the report root shows the data; handled once that frame is painted).',
    'Since 2026-12-02 (commit 19afc36) a new report renders its first screen (the document\'s head, the headline figures and',
    'the first section; since session 7 without that section, which starts below the first screen) and, once that is painted, the rest:',
    '"rendered" is the first screen, **whole report** = `chosen→completed`,',
    'all sections, the signature and the appendix in the DOM (before, "rendered" was the whole report).',
  );
  const anyRendered = SIZES.some((n) => results[n].phusong.some((p) => p.hasRenderedMark));
  const allRendered = SIZES.every((n) => results[n].phusong.every((p) => p.hasRenderedMark));
  if (!allRendered) {
    L.push(
      '',
      `**The app does not write a \`phusong:rendered\` mark${anyRendered ? ' in every run' : ''}** (app/src has chosen, read, parsed, validated, aggregated only).`,
      'Where it is missing, "rendered" is the moment a MutationObserver (installed before any page script)',
      'sees `data-ready="true"` with `data-items` = N on the report root, i.e. the end of the task that',
      'updated the DOM; "to paint" is when that frame has been laid out and painted (a message posted from the next `requestAnimationFrame`, handled after the frame; before 2026-12-02 it was the rAF itself, which runs before layout).',
    );
  }
  L.push('');
  L.push('| items | file MB | read | parse | validate | aggregate | render | **total** | to paint | whole report | ok runs |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const r = results[n];
    const good = r.phusong.filter((p) => !p.error && p.total != null);
    L.push(
      `| ${items(n)} | ${mb(r.bytes)} | ${cell(col(good, 'read'))} | ${cell(col(good, 'parse'))} | ${cell(col(good, 'validate'))} | ${cell(col(good, 'aggregate'))} | ${cell(col(good, 'render'))} | **${cell(col(good, 'total'))}** | ${cell(col(good, 'toPaint'))} | ${cell(col(good, 'complete'))} | ${good.length}/${r.phusong.length} |`,
    );
  }
  L.push('');

  L.push('## Against the floor and DuckDB-WASM', '');
  L.push(
    '- **floor**: in the same app page, an injected `<input type=file>` gets the same file; timed: `File.arrayBuffer()`',
    '  (read), `new TextDecoder("utf-8", {fatal: true}).decode` (decode, which checks UTF-8 as the app must),',
    '  `JSON.parse` (parse). The target compares with **JSON.parse alone**; decode+parse is shown too.',
  );
  L.push(
    '- **DuckDB-WASM** 1.32.0 (npm `@duckdb/duckdb-wasm`, DuckDB v1.4.3, the `eh` bundle and its worker served from',
    '  tests/e2e/node_modules by the same local server; no CDN), same page. **Not `read_json`**: that needs DuckDB\'s',
    '  `json` extension, which the npm package does not contain; DuckDB autoloads it from extensions.duckdb.org,',
    '  unreachable here (and a CDN is against the rules of this benchmark), and the query then aborts',
    '  (`RuntimeError: unreachable`). The bundle\'s own JSON reader (`insertJSONFromPath`, `shape: row-array`, on the',
    '  coverage array cut out of the file) fails on this data (`ExecutionError in Gandiva: Invalid value`). So DuckDB',
    '  is fed the way a page without the extension would: ingest = TextDecoder + `JSON.parse` of the file, the',
    '  coverage columns the aggregates need (id, date, outlet, themes) into an Arrow table (apache-arrow 17),',
    '  `insertArrowTable`, then `CREATE TABLE cov` with typed columns (DATE, `VARCHAR[]` themes). This ingest',
    '  contains the JSON floor, so DuckDB cannot beat JSON.parse here; with `read_json` its ingest would be C++.',
    '  Queries = items in the plan period, items per theme code (`unnest(themes)`: **no roll-up to ancestor themes**,',
    '  which phusong does, so DuckDB does less work), items per month, items per outlet. total = read (File) +',
    '  ingest + queries; starting DuckDB (fetch and compile of the 34 MB wasm, worker) is not in total: "init".',
    '  The DuckDB context runs with playwright\'s `bypassCSP` (apache-arrow compiles code with `new Function`,',
    '  which the app\'s CSP forbids); the phusong and floor runs keep the app\'s CSP.',
  );
  L.push('');
  L.push('| items | phusong total | JSON.parse | decode | read (File) | **phusong ÷ JSON.parse** | phusong ÷ (decode + JSON.parse) | DuckDB total | DuckDB ingest (of which decode + JSON.parse) | DuckDB queries | DuckDB init | **DuckDB ÷ phusong** |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const ratios = {};
  for (const n of SIZES) {
    const r = results[n];
    const p = col(r.phusong.filter((x) => !x.error), 'total');
    const fgood = r.floor.filter((x) => !x.error);
    const f = col(fgood, 'parse');
    const dgood = r.duckdb.filter((x) => !x.error && x.total != null);
    const d = col(dgood, 'total');
    const pf = p && f ? p.median / f.median : null;
    // Run i of phusong and run i of the floor ran one after the other: their ratio cancels
    // the machine's drift between runs.
    const paired = col(r.phusong.map((x, i) => ({ v: !x.error && x.total != null && r.floor[i] && !r.floor[i].error ? x.total / r.floor[i].parse : null })).filter((x) => x.v != null), 'v');
    const fd = col(fgood.map((x) => ({ v: x.decode + x.parse })), 'v');
    const pfd = p && fd ? p.median / fd.median : null;
    const dp = p && d ? d.median / p.median : null;
    const whole = col(r.phusong.filter((x) => !x.error), 'complete');
    const wholePf = whole && f ? whole.median / f.median : null;
    const wholeDp = whole && d ? d.median / whole.median : null;
    ratios[n] = { pf, paired, dp, wholePf, wholeDp, duckErrors: r.duckdb.filter((x) => x.error).map((x) => x.error), floorErrors: r.floor.filter((x) => x.error).map((x) => x.error) };
    const dcell = d ? cell(d) : r.duckdb.length ? `failed (${r.duckdb.length - dgood.length}/${r.duckdb.length})` : 'not run';
    L.push(
      `| ${items(n)} | ${cell(p)} | ${f ? cell(f) : `failed (${r.floor.length - fgood.length}/${r.floor.length})`} | ${cell(col(fgood, 'decode'))} | ${cell(col(fgood, 'read'))} | ${pf == null ? '—' : `${pf.toFixed(2)}×`}${paired ? ` (run by run: ${paired.median.toFixed(2)}×, ${paired.min.toFixed(2)}–${paired.max.toFixed(2)})` : ''} | ${pfd == null ? '—' : `${pfd.toFixed(2)}×`} | ${dcell} | ${cell(col(dgood, 'ingest'))} (${ms(col(dgood, 'jsonParse')?.median)}) | ${cell(col(dgood, 'queries'))} | ${cell(col(r.duckdb.filter((x) => x.init != null), 'init'))} | ${dp == null ? '—' : `${dp.toFixed(2)}×`} |`,
    );
  }
  const errs = SIZES.flatMap((n) => [
    ...ratios[n].duckErrors.map((e) => `- DuckDB at ${items(n)} items: \`${e.replace(/`/g, "'").replace(/\s+/g, ' ')}\``),
    ...ratios[n].floorErrors.map((e) => `- floor at ${items(n)} items: \`${e.replace(/`/g, "'").replace(/\s+/g, ' ')}\``),
    ...results[n].phusong.filter((x) => x.error).map((x) => `- phusong at ${items(n)} items: \`${x.error.replace(/`/g, "'").replace(/\s+/g, ' ')}\``),
  ]);
  if (errs.length) L.push('', 'Failures:', '', ...[...new Set(errs)]);
  const check = SIZES.map((n) => {
    const d = results[n].duckdb.find((x) => x.items != null);
    return d ? `${items(n)}: ${d.items.toLocaleString('en-US')} items in period, ${d.themeRows} theme codes, ${d.monthRows} months, ${d.outletRows} outlets` : null;
  }).filter(Boolean);
  if (check.length) L.push('', `DuckDB's answers (sanity check): ${check.join('; ')}.`);
  L.push('');

  L.push('## Memory and responsiveness', '');
  L.push(
    '- **renderer peak RSS**: `VmHWM` of the page\'s renderer process (/proc), read after the load: the peak of',
    '  everything in that page (JS heap, wasm memory, DOM, DuckDB\'s worker, which lives in the same process).',
    '- **wasm memory**: `WebAssembly.Memory.buffer.byteLength` of the app (from Trunk\'s `TrunkApplicationStarted`',
    '  event) after the load; wasm memory never shrinks, so this is its peak.',
    '- **JS heap**: `performance.memory.usedJSHeapSize` once, after the load.',
    '- **longest task**: the longest `longtask` entry (PerformanceObserver, buffered) between chosen and the first',
    '  paint after rendered; **longest frame gap**: the longest interval between `requestAnimationFrame` callbacks in',
    '  that span, i.e. how long the page could not paint (progress cannot move); **longest task while storing**: the',
    '  longest task from that paint to the app\'s `phusong:stored` mark (the files handed to IndexedDB once the report shows);',
    '  0 = no long task there (the browser reports tasks of 50 ms or more). "That paint" is the report laid out and painted;',
    '  before 2026-12-02 it was the rAF before layout, so the report\'s own layout and paint task (~80–100 ms) was counted as storing.',
    '',
  );
  L.push('| items | phusong peak RSS MB | wasm memory MB | JS heap MB | longest task ms | tasks > 200 ms | longest frame gap ms | longest task while storing ms | floor peak RSS MB | DuckDB peak RSS MB |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const r = results[n];
    const g = r.phusong.filter((x) => !x.error);
    L.push(
      `| ${items(n)} | ${mbCell(col(g, 'rendererPeakRss'))} | ${mbCell(col(g, 'wasmBytes'))} | ${mbCell(col(g, 'jsHeapUsed'))} | ${cell(col(g, 'longestTask'))} | ${cell(col(g, 'tasksOver200'))} | ${cell(col(g, 'maxFrameGap'))} | ${cell(col(g, 'longestTaskStoring'))} | ${mbCell(col(r.floor, 'rendererPeakRss'))} | ${mbCell(col(r.duckdb, 'rendererPeakRss'))} |`,
    );
  }
  L.push('');

  L.push('## Filtering the loaded report', '');
  L.push(
    'After each load above (same page, once the files are stored), the filters a planner uses, each timed from the',
    'change to the next painted frame (`interactionRun` in page-probes.mjs: the control gets its value and the event its',
    'handler listens to, then a message posted from the next `requestAnimationFrame` is handled after that frame\'s paint):',
    'an outlet chosen (outlet no. 4 of 20), all outlets again, focus in the title search box (the app then folds every',
    'title once for the search, in slices of 100,000 between which the page paints: **titles folded** = focus → the',
    'app\'s `phusong:titles-folded` mark, with the longest main-thread task meanwhile; 0 = none of 50 ms or more), then',
    '"tuyên" typed letter by letter (median and slowest of the five letters), the filters cleared. Each counts a new report',
    'over the whole dataset and updates the document\'s parts in place (every section, the appendix\'s first page; before',
    'commit 70e6045 the whole document was drawn anew at each change, and the search box lost the focus).',
    'Before 2026-12-02 (session 8) a letter typed in the search folded every title again: ~125 ms at 100k items, ~1 s at 1M.',
    '',
  );
  L.push('| items | outlet chosen | all outlets | search box focus | titles folded | longest task while folding | a letter typed (median) | slowest letter | filters cleared | items in view: outlet / search |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SIZES) {
    const runs = results[n].phusong.map((x) => x.interactions).filter((x) => x && !x.error);
    if (!runs.length) continue;
    const first = runs[0];
    L.push(
      `| ${items(n)} | ${cell(col(runs, 'outlet'))} | ${cell(col(runs, 'outletAll'))} | ${cell(col(runs, 'searchFocus'))} | ${cell(col(runs, 'titlesFolded'))} | ${cell(col(runs, 'foldLongestTask'))} | ${cell(col(runs, 'searchLetter'))} | ${cell(col(runs, 'searchLetterMax'))} | ${cell(col(runs, 'clear'))} | ${items(first.outletItems)} / ${items(first.searchItems)} |`,
    );
  }
  L.push('');

  L.push('## Sizes and the offline file', '');
  L.push('| what | measured |', '|---|---:|');
  L.push(`| app wasm (\`${sz.wasm}\`) raw | ${sz.wasmRaw.toLocaleString('en-US')} B (${(sz.wasmRaw / 2 ** 20).toFixed(2)} MiB) |`);
  L.push(`| app wasm, gzip -9 | ${sz.wasmGz.toLocaleString('en-US')} B (${(sz.wasmGz / 2 ** 20).toFixed(2)} MiB) |`);
  L.push(`| \`dist/phusong.html\` | ${sz.html.toLocaleString('en-US')} B (${(sz.html / 2 ** 20).toFixed(2)} MiB) |`);
  L.push(`| \`dist/phusong.html\`, gzip -9 | ${sz.htmlGz.toLocaleString('en-US')} B |`);
  const off = results.offline.filter((x) => !x.error && x.painted != null);
  const offReady = col(off, 'ready');
  const offPaint = col(off, 'painted');
  L.push(`| offline file: navigation start → app started (wasm instantiated) | ${cell(col(off, 'appStarted'))} ms |`);
  L.push(`| offline file: load-sample click → report ready (1,500 items) | ${cell(col(off, 'clickToReady'))} ms |`);
  L.push(`| offline file: **navigation start → report ready** | ${cell(offReady)} ms |`);
  L.push(`| offline file: navigation start → report painted (layout and paint done) | ${cell(offPaint)} ms |`);
  const offNoWait = stats(off.map((x) => x.appStarted + x.clickToPaint));
  L.push(`| offline file: app started + click → first paint (a click the moment the button exists) | ${cell(offNoWait)} ms |`);
  const offS = (results.offlineSample ?? []).filter((x) => !x.error && x.painted != null);
  const offSPaint = col(offS, 'painted');
  L.push(`| \`phusong.html#sample\` (opens the sample by itself): navigation start → app started | ${cell(col(offS, 'appStarted'))} ms |`);
  L.push(`| \`phusong.html#sample\`: navigation start → sample load starts (stored data checked first) | ${cell(col(offS, 'sampleChosen'))} ms |`);
  L.push(`| \`phusong.html#sample\`: **navigation start → report ready** | ${cell(col(offS, 'ready'))} ms |`);
  L.push(`| \`phusong.html#sample\`: **navigation start → report painted (layout and paint done)** | ${cell(offSPaint)} ms |`);
  L.push(`| \`phusong.html#sample\`: navigation start → whole report in the DOM (\`phusong:completed\`) | ${cell(col(offS, 'completed'))} ms |`);
  L.push(
    '',
    `Offline: ${RUNS} runs, each a fresh context opening \`file://…/dist/phusong.html\`; playwright clicks`,
    '`load-sample` as soon as it is actionable and the time is `performance.now()` (from navigation start) when the',
    'report root shows `data-items="1500"` (its first screen). It includes the playwright round trip of the',
    'click and its actionability checks (the click lands ~100+ ms after the button exists); the "instant click" row',
    'removes that wait. The `#sample` rows open `phusong.html#sample` instead (what `scripts/run.sh` opens; a shortcut',
    'on the network share can too): the app checks IndexedDB for stored data (the page\'s first script starts opening',
    'it), finds none in the fresh context and loads the bundled sample (its bytes are embedded since 19afc36; before,',
    'the sample was generated in wasm), with no click. Nothing playwright injects runs in that page until the report is',
    'painted (the run waits over CDP), since its injected script cost ~20 ms of main thread at start-up.',
    '',
  );

  // ------------------------------------------------------------ targets
  L.push('## Targets of the issue', '');
  const t100 = ratios[100000];
  const p1m = results[1000000]?.phusong ?? [];
  const p1mOk = p1m.length > 0 && p1m.every((x) => !x.error && x.total != null);
  const longest1m = col(p1m.filter((x) => !x.error), 'longestTask');
  const gap1m = col(p1m.filter((x) => !x.error), 'maxFrameGap');
  const storing1m = col(p1m.filter((x) => !x.error), 'longestTaskStoring');
  L.push('| target | measured | |', '|---|---|---|');
  if (t100) {
    const x = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
    L.push(`| 100k: chosen → rendered ≤ 2× JSON.parse of the file | first screen rendered: ${x(t100.pf)} (run by run: ${t100.paired ? `${x(t100.paired.median)}, ${x(t100.paired.min)}–${x(t100.paired.max)}` : '—'}); whole report: ${x(t100.wholePf)} | ${t100.pf == null ? 'not measured' : ok(t100.pf <= 2)} |`);
    L.push(`| 100k: ≥ 5× faster than DuckDB-WASM doing the same aggregates | ${t100.dp == null ? 'DuckDB failed' : `DuckDB takes ${x(t100.dp)} as long as phusong's first screen, ${x(t100.wholeDp)} as its whole report`} | ${t100.dp == null ? 'not measured' : ok(t100.dp >= 5)} |`);
  }
  if (p1m.length) {
    L.push(`| 1M: loads without crash | ${p1m.filter((x) => !x.error && x.total != null).length}/${p1m.length} runs rendered ${items(1000000)} items | ${ok(p1mOk)} |`);
    L.push(
      `| 1M: page stays responsive (progress moves; no task > 200 ms on the main thread if a worker is used) | longest main-thread task ${ms(longest1m?.median)} ms, longest frame gap ${ms(gap1m?.median)} ms, longest task while storing ${ms(storing1m?.median)} ms (medians); no worker: the load runs on the main thread in ~40 ms slices | ${ok(longest1m != null && longest1m.max <= 200)} |`,
    );
  }
  L.push(`| wasm ≤ 1 MB gzipped | ${(sz.wasmGz / 1e6).toFixed(2)} MB (${(sz.wasmGz / 2 ** 20).toFixed(2)} MiB) | ${ok(sz.wasmGz <= 1e6)} |`);
  L.push(`| dist/phusong.html ≤ 2.5 MB | ${(sz.html / 1e6).toFixed(2)} MB | ${ok(sz.html <= 2.5e6)} |`);
  L.push(`| sample report on screen ≤ 300 ms after the offline file opens | \`phusong.html#sample\`: ${ms(offSPaint?.median)} ms until the report is painted (${ms(offSPaint?.min)}–${ms(offSPaint?.max)}); with a click on the sample button: ${ms(offPaint?.median)} ms, ${ms(offNoWait?.median)} ms with an instant click (medians) | ${offSPaint == null ? 'not measured' : ok(offSPaint.median <= 300)} |`);
  L.push('');
  return L.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
