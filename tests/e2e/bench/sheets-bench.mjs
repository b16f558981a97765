// Spreadsheet browser benchmark (run on demand by scripts/bench-sheets.sh, not part of the
// tests): the CLI's sample as an .xlsx chosen in the app → report, against SheetJS (npm
// `xlsx` 0.18.5: XLSX.read + sheet_to_json of every sheet, same bytes, same page) and against
// the same data as JSON chosen in the app. Appends (or replaces) its section of
// docs/browser-benchmarks.md; the rest of the file is browser-bench.mjs's.
//
// Environment: PHUSONG_DIST (default dist/), BENCH_DATA (default /work/bench-data),
// BENCH_SIZES (default 10000,100000), BENCH_RUNS (default 5), BENCH_OUT (default
// docs/browser-benchmarks.md), BENCH_XLSX_TIMEOUT (ms, default 300000: a load that takes
// longer is reported with the marks it reached), BENCH_FROM=results.json (only rewrite the doc).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR, serveDir } from '../server.mjs';
import {
  cell,
  choosePhusongFile,
  col,
  E2E,
  gitHead,
  items,
  launchBench,
  log,
  mb,
  mbCell,
  ms,
  ROOT,
  sampleFile,
  settle,
  SHEETS_HEADING,
  stageDist,
  stats,
  upsertSection,
} from './bench-common.mjs';
import { injectFileInput } from './page-probes.mjs';

const DATA = path.resolve(process.env.BENCH_DATA ?? '/work/bench-data');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'docs/browser-benchmarks.md');
const XLSX_TIMEOUT = Number(process.env.BENCH_XLSX_TIMEOUT ?? 300_000);
const SHEETJS_FILE = path.join(E2E, 'node_modules/xlsx/dist/xlsx.full.min.js');
const SHEETJS_VERSION = JSON.parse(readFileSync(path.join(E2E, 'node_modules/xlsx/package.json'), 'utf8')).version;
const LOAD_AT_START = os.loadavg().map((x) => x.toFixed(2)).join(', ');

// ---------------------------------------------------------------- in the page

/**
 * After a spreadsheet load: the conversion, `phusong:read` → `phusong:converted` (the app marks
 * the end of the conversion; it reads the user's stored readings of sheets in between, a few ms).
 * A build without that mark converted in the task that sets the read mark, up to the check's first
 * yield: then the long task that holds the read mark bounds it (without such a long task, shorter
 * than 50 ms, the first animation frame after the read mark).
 */
function conversionProbe() {
  const b = window.__bench;
  const mark = (n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null;
  const read = mark('phusong:read');
  const parsed = mark('phusong:parsed');
  const converted = mark('phusong:converted');
  if (read == null) return { convert: null };
  if (converted != null) {
    return {
      convert: converted - read,
      convertBy: 'mark',
      convertTaskMs: null,
      parseAfterConvert: parsed != null ? parsed - converted : null,
    };
  }
  const task = (b.longtasks ?? []).find((e) => e.start <= read + 1 && e.start + e.duration >= read);
  const frame = (b.frames ?? []).find((t) => t > read);
  const convert = task ? task.start + task.duration - read : frame != null ? frame - read : null;
  return {
    convert,
    convertBy: task ? 'long task' : frame != null ? 'next frame' : null,
    convertTaskMs: task?.duration ?? null,
    // What is left of read → parsed once converted: the parse of the JSON it made.
    parseAfterConvert: convert != null && parsed != null ? parsed - read - convert : null,
  };
}

/** Every phusong mark reached so far (ms from navigation), for a load that failed or timed out. */
function marksReached() {
  const out = {};
  for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('phusong:')) out[e.name] = Math.round(e.startTime);
  const el = document.querySelector('[data-testid=report]');
  out.reportItems = el?.dataset.items ?? null;
  out.busy = document.querySelector('[data-testid=progress], [role=progressbar]')?.textContent?.slice(0, 120) ?? null;
  out.wasmBytes = window.__bench?.wasmMemory?.buffer.byteLength ?? null;
  return out;
}

/** Loads SheetJS (served from the page's own origin, which the app's CSP allows) with a <script src>. */
async function loadSheetJs(src) {
  const t = performance.now();
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(s);
  });
  if (!window.XLSX?.read) throw new Error('SheetJS loaded but window.XLSX.read is missing');
  return { sheetjsLoad: performance.now() - t, sheetjsVersion: window.XLSX.version };
}

/** SheetJS on the injected input's file: File → bytes, XLSX.read, sheet_to_json of every sheet. */
async function sheetjsRun() {
  const file = document.getElementById('bench-file').files[0];
  const t0 = performance.now();
  const buf = await file.arrayBuffer();
  const t1 = performance.now();
  const wb = XLSX.read(new Uint8Array(buf), { type: 'array' });
  const t2 = performance.now();
  const rows = {};
  const json = {};
  for (const name of wb.SheetNames) {
    json[name] = XLSX.utils.sheet_to_json(wb.Sheets[name]);
    rows[name] = json[name].length;
  }
  const t3 = performance.now();
  // Measured while the workbook and its rows are still held.
  const jsHeapUsed = performance.memory?.usedJSHeapSize ?? null;
  window.__sheetjsKeep = { wb, json };
  return { read: t1 - t0, xlsxRead: t2 - t1, toJson: t3 - t2, readAndJson: t3 - t1, rows, jsHeapUsed };
}

// ---------------------------------------------------------------- runs (each a fresh context)

let bench;

/** The app, `file` chosen in its file input → report; for a spreadsheet also the conversion. */
async function phusongRun(base, file, n, timeout) {
  return bench.inFreshPage(base, async (page) => {
    const loading = choosePhusongFile(page, bench.pid, file, n);
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no report after ${timeout / 1000} s`)), timeout);
    });
    try {
      const r = await Promise.race([loading, limit]);
      return file.endsWith('.xlsx') ? { ...r, ...(await page.evaluate(conversionProbe)) } : r;
    } catch (e) {
      loading.catch(() => {});
      return { error: String(e?.message ?? e).split('\n')[0].slice(0, 300), marks: await page.evaluate(marksReached).catch(() => null) };
    } finally {
      clearTimeout(timer);
    }
  });
}

/** SheetJS in the app page (its CSP kept): loaded and settled first, then timed on the same .xlsx. */
async function sheetjsOf(base, file) {
  return bench.inFreshPage(base, async (page) => {
    await page.evaluate(injectFileInput);
    const loaded = await page.evaluate(loadSheetJs, `${base}sheetjs/xlsx.full.min.js`);
    await settle(page, bench.pid);
    await page.setInputFiles('#bench-file', file);
    return { ...loaded, ...(await page.evaluate(sheetjsRun)) };
  });
}

// ---------------------------------------------------------------- main

async function main() {
  if (process.env.BENCH_FROM) {
    const saved = JSON.parse(await readFile(process.env.BENCH_FROM, 'utf8'));
    await writeSection(report(saved));
    log(`wrote the spreadsheet section of ${OUT} from ${process.env.BENCH_FROM}`);
    return;
  }
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR} has no release build: run trunk build --release (scripts/bench-sheets.sh does)`);
  }
  await mkdir(DATA, { recursive: true });
  const files = Object.fromEntries(SIZES.map((n) => [n, { xlsx: sampleFile(DATA, n, 'xlsx'), json: sampleFile(DATA, n, 'json') }]));

  const staged = await stageDist();
  await mkdir(path.join(staged, 'sheetjs'));
  await symlink(SHEETJS_FILE, path.join(staged, 'sheetjs/xlsx.full.min.js'));
  const server = await serveDir(staged);
  bench = await launchBench();
  log(`Chromium ${bench.version}, serving ${staged} at ${server.url}`);
  const wasm = wasmName();

  const results = {};
  try {
    for (const n of SIZES) {
      const f = files[n];
      const r = (results[n] = { xlsxBytes: statSync(f.xlsx).size, jsonBytes: statSync(f.json).size, xlsx: [], json: [], sheetjs: [] });
      const kinds = {
        xlsx: () => phusongRun(server.url, f.xlsx, n, XLSX_TIMEOUT),
        json: () => phusongRun(server.url, f.json, n, XLSX_TIMEOUT),
        sheetjs: () => sheetjsOf(server.url, f.xlsx),
      };
      const order = Object.keys(kinds);
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, the order turned at each round: the machine's drift falls on all three.
        for (let k = 0; k < order.length; k++) {
          const kind = order[(i + k) % order.length];
          const x = await kinds[kind]();
          x.round = i;
          r[kind].push(x);
          log(`${items(n)} ${kind.padEnd(7)} #${i + 1}`, JSON.stringify(x));
        }
      }
    }
  } finally {
    await bench.browser.close();
    await server.close();
    await rm(staged, { recursive: true, force: true });
  }
  if (wasmName() !== wasm) log(`WARNING: dist/ changed during the run (${wasm} → ${wasmName()}): rerun`);
  const saved = {
    distChangedTo: wasmName() !== wasm ? wasmName() : undefined,
    results,
    sizes: SIZES,
    runs: RUNS,
    chromiumVersion: bench.version,
    date: new Date().toISOString().slice(0, 10),
    loadAtStart: LOAD_AT_START,
    loadAtEnd: os.loadavg().map((x) => x.toFixed(2)).join(', '),
    commit: gitHead(),
    wasm,
    sizesOfDist: distSizes(),
  };
  const raw = path.join(DATA, 'sheets-bench-results.json');
  await writeFile(raw, JSON.stringify(saved, null, 1));
  await writeSection(report(saved));
  log(`wrote the spreadsheet section of ${OUT} (raw results: ${raw})`);
}

async function writeSection(section) {
  const old = existsSync(OUT) ? await readFile(OUT, 'utf8') : '# Browser benchmarks\n';
  await writeFile(OUT, upsertSection(old, SHEETS_HEADING, section));
}

const wasmName = () => readdirSync(DIST_DIR).find((f) => f.endsWith('_bg.wasm'));

function distSizes() {
  const wasm = readFileSync(path.join(DIST_DIR, wasmName()));
  const html = readFileSync(path.join(DIST_DIR, 'phusong.html'));
  return { wasmRaw: wasm.length, wasmGz: gzipSync(wasm, { level: 9 }).length, html: html.length };
}

// ---------------------------------------------------------------- the section

function report(saved) {
  const { results, sizes: SZ, runs, chromiumVersion, date, loadAtStart, loadAtEnd, commit, wasm, sizesOfDist: sz } = saved;
  const cpu = (os.cpus()[0]?.model ?? '?').trim();
  const L = [];
  const x = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
  const ratioCell = (s) => (s == null ? '—' : `${x(s.median)} (${x(s.min)}–${x(s.max)})`);
  /** Run i of `a` ÷ run i of `b` (same round, one after the other). */
  const paired = (as, ak, bs, bk) =>
    stats(as.map((p) => {
      const q = bs.find((y) => y.round === p.round && !y.error);
      return !p.error && q && p[ak] != null && q[bk] ? p[ak] / q[bk] : null;
    }));
  L.push(SHEETS_HEADING, '');
  L.push(
    'The CLI\'s sample (`phusong sample --items N --seed 1 --out x.xlsx`: a workbook with the sheets "Kế hoạch",',
    '"Nội dung", "Sự kiện", "Cơ quan báo chí", "Hợp đồng", "Tin bài"; N rows in "Tin bài") chosen in the app\'s file',
    'input → report, side by side with **SheetJS** and with the **same data as JSON**. Run on demand with',
    '`scripts/bench-sheets.sh` (`tests/e2e/bench/sheets-bench.mjs`), which rewrites only this section',
    '(`scripts/bench-browser.sh` keeps it); raw results: `$BENCH_DATA/sheets-bench-results.json`.',
    '',
    `- Date: ${date}. Browser: Chromium ${chromiumVersion}, headless (playwright-core), \`--enable-precise-memory-info\`.`,
    `- Machine: ${os.cpus().length} cores (\`${cpu}\`), a shared VM: other engineers' builds and tests ran at the same time (load average ${loadAtStart} at the start, ${loadAtEnd} at the end; 1, 5, 15 min), so expect ±20 %; the three kinds of run are interleaved (the order turned each round) and each figure is **median (min–max)** in ms over ${runs} runs.`,
    `- App: the release build \`dist/index.html\` (\`${wasm}\`) served from 127.0.0.1, repository at commit ${commit}. Every run is a fresh browser context (new renderer, empty storage) on the app page; the file is chosen once the page has settled (the app's warm-up, two idle periods, the browser's CPU quiet: as in the sections above) and the load is awaited over CDP.`,
    '- **phusong .xlsx**: the app reads the workbook whole (read = `chosen→read`), converts it to `coverage-report/v1` JSON',
    '  with `crates/sheets` (calamine) and then loads that JSON as usual: **convert** = `read→converted` (one main-thread task,',
    '  after the user\'s stored readings of sheets are read from IndexedDB); parse =',
    '  the rest of `read→parsed`; validate = `parsed→validated`; aggregate + render = `validated→rendered`; **total** =',
    '  `chosen→rendered` (the first screen), whole report = `chosen→completed`.',
    '- **phusong .json**: the same data as JSON (`--out x.json`) chosen the same way (the streamed load of the sections above).',
    `- **SheetJS** ${SHEETJS_VERSION} (npm \`xlsx\`, \`dist/xlsx.full.min.js\` served from tests/e2e/node_modules by the same server`,
    '  and added with a `<script src>`, which the app\'s CSP allows (`script-src \'self\'`); loading it is not timed) in the app',
    '  page, on the same file given to an injected `<input type=file>`: File → ArrayBuffer (file read), **`XLSX.read(bytes, {type: \'array\'})`**',
    '  (read alone), then `XLSX.utils.sheet_to_json` of every sheet (rows as objects keyed by the heading row).',
    '  SheetJS stops there: its rows are neither checked nor counted into a report.',
    '',
  );
  L.push('| items | .xlsx MB | .json MB | phusong .xlsx: read | convert | parse | validate | aggregate + render | **total (first screen)** | whole report | phusong .json: **total** | whole report | SheetJS: file read | **XLSX.read** | sheet_to_json | read + sheet_to_json | ok runs (xlsx / json / SheetJS) |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const verdicts = [];
  for (const n of SZ) {
    const r = results[n];
    const px = r.xlsx.filter((p) => !p.error && p.total != null);
    const pj = r.json.filter((p) => !p.error && p.total != null);
    const sj = r.sheetjs.filter((s) => !s.error && s.xlsxRead != null);
    const ar = px.map((p) => ({ ...p, aggRender: p.aggregate != null && p.render != null ? p.aggregate + p.render : null }));
    L.push(
      `| ${items(n)} | ${mb(r.xlsxBytes)} | ${mb(r.jsonBytes)} | ${cell(col(px, 'read'))} | ${cell(col(px, 'convert'))} | ${cell(col(px, 'parseAfterConvert'))} | ${cell(col(px, 'validate'))} | ${cell(col(ar, 'aggRender'))} | **${cell(col(px, 'total'))}** | ${cell(col(px, 'complete'))} | **${cell(col(pj, 'total'))}** | ${cell(col(pj, 'complete'))} | ${cell(col(sj, 'read'))} | **${cell(col(sj, 'xlsxRead'))}** | ${cell(col(sj, 'toJson'))} | ${cell(col(sj, 'readAndJson'))} | ${px.length}/${r.xlsx.length} / ${pj.length}/${r.json.length} / ${sj.length}/${r.sheetjs.length} |`,
    );
    const pt = col(px, 'total');
    const sr = col(sj, 'xlsxRead');
    verdicts.push({
      n,
      pt,
      whole: col(px, 'complete'),
      sr,
      srj: col(sj, 'readAndJson'),
      sFile: col(sj, 'read'),
      conv: col(px, 'convert'),
      json: col(pj, 'total'),
      byRun: paired(r.xlsx, 'total', r.sheetjs, 'xlsxRead'),
      byRunWhole: paired(r.xlsx, 'complete', r.sheetjs, 'xlsxRead'),
      byRunJson: paired(r.xlsx, 'total', r.json, 'total'),
      convByRun: paired(r.xlsx, 'convert', r.sheetjs, 'xlsxRead'),
      rows: sj[0]?.rows,
      failures: [...r.xlsx, ...r.json, ...r.sheetjs].filter((y) => y.error),
    });
  }
  L.push('');
  L.push('Ratios, run by run (run i of phusong ÷ run i of the other, same round), median (min–max):', '');
  L.push('| items | phusong .xlsx total ÷ XLSX.read alone | whole report ÷ XLSX.read alone | phusong convert ÷ XLSX.read alone | phusong .xlsx ÷ phusong .json (total) |');
  L.push('|---:|---:|---:|---:|---:|');
  for (const v of verdicts) L.push(`| ${items(v.n)} | **${ratioCell(v.byRun)}** | ${ratioCell(v.byRunWhole)} | ${ratioCell(v.convByRun)} | ${ratioCell(v.byRunJson)} |`);
  L.push('');

  // Memory.
  L.push('Memory after the load (median (min–max), MB): renderer peak RSS = `VmHWM` of the page\'s renderer (/proc); wasm memory =');
  L.push('the app\'s `WebAssembly.Memory` (it never shrinks: its peak); JS heap = `performance.memory.usedJSHeapSize` (for SheetJS,');
  L.push('with the workbook and its rows still held). Longest task (ms): the longest main-thread task between chosen and the report');
  L.push('painted (`longtask` entries), i.e. how long the page could not paint or answer; SheetJS\'s read is one task too.', '');
  L.push('| items | phusong .xlsx: peak RSS | wasm memory | JS heap | longest task ms | phusong .json: peak RSS | wasm memory | longest task ms | SheetJS: peak RSS | JS heap |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of SZ) {
    const r = results[n];
    const px = r.xlsx.filter((p) => !p.error);
    const pj = r.json.filter((p) => !p.error);
    const sj = r.sheetjs.filter((s) => !s.error);
    L.push(`| ${items(n)} | ${mbCell(col(px, 'rendererPeakRss'))} | ${mbCell(col(px, 'wasmBytes'))} | ${mbCell(col(px, 'jsHeapUsed'))} | ${cell(col(px, 'longestTask'))} | ${mbCell(col(pj, 'rendererPeakRss'))} | ${mbCell(col(pj, 'wasmBytes'))} | ${cell(col(pj, 'longestTask'))} | ${mbCell(col(sj, 'rendererPeakRss'))} | ${mbCell(col(sj, 'jsHeapUsed'))} |`);
  }
  L.push('');
  const rowsCheck = verdicts.filter((v) => v.rows).map((v) => `${items(v.n)}: ${Object.entries(v.rows).map(([k, c]) => `${k} ${items(c)}`).join(', ')}`);
  if (rowsCheck.length) L.push(`SheetJS's rows per sheet (sanity check): ${rowsCheck.join('; ')}.`, '');
  const fails = verdicts.flatMap((v) => v.failures.map((y) => `- ${items(v.n)}: \`${String(y.error).replace(/`/g, "'")}\`${y.marks ? ` (marks reached: \`${JSON.stringify(y.marks)}\`)` : ''}`));
  if (fails.length) L.push('Failures:', '', ...fails, '');

  // Verdict.
  const v100 = verdicts.find((v) => v.n === 100000) ?? verdicts.at(-1);
  L.push('**Goal "faster than SheetJS\'s read alone"** (100k items: phusong\'s .xlsx chosen → report rendered, file read,');
  L.push('conversion, check, counting and first screen included, against `XLSX.read` alone, without its file read or `sheet_to_json`):');
  if (v100?.pt && v100?.sr) {
    const met = v100.byRun ? v100.byRun.median < 1 : v100.pt.median < v100.sr.median;
    const ratio = v100.byRun?.median ?? v100.pt.median / v100.sr.median;
    const how = ratio < 1 ? `${((1 - ratio) * 100).toFixed(0)} % less time (SheetJS's read takes ${(1 / ratio).toFixed(2)}× as long)` : `${((ratio - 1) * 100).toFixed(0)} % more time (${ratio.toFixed(2)}× SheetJS's read)`;
    L.push(
      `**${met ? 'met' : 'not met'}**: ${ms(v100.pt.median)} ms against ${ms(v100.sr.median)} ms (medians; run by run ${ratioCell(v100.byRun)}), i.e. phusong takes ${how}.`,
      `The whole report (\`phusong:completed\`) ${ms(v100.whole?.median)} ms; SheetJS's read + sheet_to_json ${ms(v100.srj?.median)} ms, plus ${ms(v100.sFile?.median)} ms to read the File.`,
      `phusong's conversion alone (${ms(v100.conv?.median)} ms) against XLSX.read alone: run by run ${ratioCell(v100.convByRun)}. The same data as JSON: ${ms(v100.json?.median)} ms to the first screen (the .xlsx takes ${ratioCell(v100.byRunJson)} as long).`,
    );
  } else {
    L.push('**not measured** (see the failures above).');
  }
  for (const v of verdicts.filter((w) => w !== v100 && w.byRun)) {
    const r = v.byRun.median;
    L.push(`At ${items(v.n)} items: ${ms(v.pt?.median)} ms against ${ms(v.sr?.median)} ms, run by run ${ratioCell(v.byRun)}: ${r < 1 ? 'faster' : r <= 1.1 ? 'no faster (within the noise)' : 'slower'} than SheetJS's read alone.`);
  }
  const lt = (n) => col(results[n].xlsx.filter((p) => !p.error), 'longestTask');
  L.push(
    `The conversion is one main-thread task (no slices, no progress meanwhile): the page cannot paint or answer for ${SZ.map((n) => `${ms(lt(n)?.median)} ms at ${items(n)} items`).join(', ')} (median longest task; the JSON load's longest is under 100 ms).`,
  );
  L.push('');

  // Sizes.
  L.push(
    `Sizes (release build measured here, \`${wasm}\`): wasm ${sz.wasmGz.toLocaleString('en-US')} B gzipped (Node's zlib, level 9; \`gzip -9\` in sizes.md gives a few KB less; ${(sz.wasmGz / 1e6).toFixed(2)} MB of the 1 MB budget: **${sz.wasmGz <= 1e6 ? 'met' : 'not met'}**), ${sz.wasmRaw.toLocaleString('en-US')} B raw;`,
    `\`dist/phusong.html\` ${sz.html.toLocaleString('en-US')} B (${(sz.html / 1e6).toFixed(2)} MB of the 2.5 MB budget: **${sz.html <= 2.5e6 ? 'met' : 'not met'}**). See [sizes.md](sizes.md).`,
    'What the spreadsheet dependencies cost (as of 2026-12-04): **calamine 0.38 (vendored, patched) + csv ≈ 309 KB gzipped**',
    'of wasm (the size probes `crates/sheets/examples/wasm_probe_*`, built as cdylib: the whole reader against serde_json alone);',
    'remeasured at 4f76a09 the same way (rustc\'s output, `gzip -9 -n`) the reader with its conversion was 500,616 B and calamine',
    'alone 335,361 B, and since calamine no longer links encoding_rs (1bfb1c0: .xls code pages from small tables, Excel 95 files',
    'in multi-byte code pages refused) **367,804 B and 200,368 B**: −133 KB in the probes, the app\'s wasm 1,066,458 → 937,756 B',
    'gzipped (sizes.md, "What the spreadsheet reader costs");',
    '**rust_xlsxwriter: 0 B** in the wasm (it writes the template and the sample workbook at build time, in `app/build.rs`',
    'and the CLI; only the 12 KB template .xlsx is embedded; the writer itself in the wasm had cost ~220 KB gzipped, 15a68c0);',
    '**SheetJS: 0 B** (a devDependency of the benchmark only). The whole app went from 528,307 B gzipped (fc3edfb, before',
    'spreadsheets, same measure) to 938,511 B with the 2026-12-04 build (+410 KB: the readers, most of it, and everything else',
    'added since: intake and conversion, the problems panel\'s groups, the embedded template).',
    '',
  );
  return L.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
