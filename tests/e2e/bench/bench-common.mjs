// What the on-demand browser benchmarks share (browser-bench.mjs, sheets-bench.mjs): the
// browser launched with a marker switch that finds its processes in /proc, a fresh context
// per run, waiting for the page (warm-up, idle periods) and the browser (CPU) to be quiet,
// promises awaited over CDP, choosing a file in the app and reading its marks, statistics
// and Markdown cells, and the sections of docs/browser-benchmarks.md each script owns.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser.mjs';
import { DIST_DIR } from '../server.mjs';
import { collectPhusong, installProbes, startFrameLog } from './page-probes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../../..');
export const E2E = path.resolve(HERE, '..');
export const LOAD_TIMEOUT = 600_000;

export const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** The CLI's sample data (`phusong sample --items n --seed 1`) as `ext` (json, xlsx), generated once into `dataDir`. */
export function sampleFile(dataDir, n, ext = 'json') {
  const file = path.join(dataDir, `items-${n}-seed1.${ext}`);
  if (!existsSync(file)) {
    log(`generating ${file}`);
    execFileSync(
      'cargo',
      ['run', '--release', '-q', '-p', 'phusong-cli', '--', 'sample', '--items', String(n), '--seed', '1', '--out', file],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  return file;
}

/** A temporary directory holding dist/'s files (symlinks), for a server that also serves other files. */
export async function stageDist() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'phusong-bench-'));
  for (const name of readdirSync(DIST_DIR)) await symlink(path.join(DIST_DIR, name), path.join(dir, name));
  return dir;
}

// ---------------------------------------------------------------- processes (/proc)

export function procTable() {
  const rows = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      rows.set(Number(pid), { ppid, cmd });
    } catch {
      /* gone */
    }
  }
  return rows;
}

/** Whether process `pid` is `rootPid` or below it (`rows`: a `procTable()`). */
function isBelow(rows, pid, rootPid) {
  for (let p = pid, hops = 0; p > 1 && hops <= 10 && rootPid; p = rows.get(p)?.ppid ?? 0, hops++) {
    if (p === rootPid) return true;
  }
  return false;
}

/** Renderer processes below `rootPid`. */
export function renderers(rootPid) {
  const rows = procTable();
  return [...rows]
    .filter(([pid, row]) => row.cmd.includes('--type=renderer') && pid !== rootPid && isBelow(rows, pid, rootPid))
    .map(([pid]) => pid);
}

/** Peak resident memory (VmHWM) of a process, in bytes. */
export function peakRss(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms) used so far by `rootPid` and every process below it. */
function cpuTimeBelow(rootPid) {
  const rows = procTable();
  let ms = 0;
  for (const pid of rows.keys()) {
    if (!isBelow(rows, pid, rootPid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ms += (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
    } catch {
      /* gone */
    }
  }
  return ms;
}

/**
 * Resolves once the browser (`browserPid` and its children) has been quiet for three windows
 * of 50 ms in a row (at most one clock tick, 10 ms, of CPU in each, over all its processes and
 * threads), or after 5 s; to how long it waited (ms), which the run logs.
 * The main thread idling is not enough: after the app's warm-up, V8 still compiles the code the
 * warm-up made hot (optimising tier) on background threads for ~150 ms, and a load started then
 * shares the 2 cores with it (100k: ~500 ms of CPU instead of ~250, total ~+40 ms).
 */
export async function browserQuiet(browserPid) {
  const started = Date.now();
  const until = started + 5000;
  let last = cpuTimeBelow(browserPid);
  let quiet = 0;
  while (quiet < 3 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    const now = cpuTimeBelow(browserPid);
    quiet = now - last <= 10 ? quiet + 1 : 0;
    last = now;
  }
  return Date.now() - started;
}

// ---------------------------------------------------------------- the browser

/**
 * Launches headless Chromium for a benchmark (`--enable-precise-memory-info`, a marker switch
 * that finds its process in /proc, `extraArgs`). Returns `{ browser, pid, version, inFreshPage }`;
 * `inFreshPage(url, body, contextOptions, expectItems, after)` runs `body(page)` in a fresh
 * context (new renderer, empty storage), adds the renderer's peak RSS (`rendererPeakRss`),
 * then what `after(page)` returns as `interactions` (run after the RSS is read: not in it).
 */
export async function launchBench(extraArgs = []) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // The marker switch (ignored by Chromium) finds the browser process in /proc.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', `--phusong-bench=${process.pid}`, ...extraArgs],
  });
  let pid = null;
  for (const [p, row] of procTable()) {
    if (row.cmd.includes(`--phusong-bench=${process.pid}`) && !row.cmd.includes('--type=')) pid = p;
  }
  if (!pid) log('browser process not found: no renderer peak RSS');
  async function inFreshPage(url, body, contextOptions = {}, expectItems = null, after = null) {
    const before = new Set(renderers(pid));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', ...contextOptions });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('crash', () => errors.push('renderer crashed'));
    await page.addInitScript(installProbes);
    // A page that loads data by itself (`#sample`) must know the count before it starts.
    if (expectItems != null) await page.addInitScript((n) => { window.__bench.expect = n; }, expectItems);
    try {
      await page.goto(url, { waitUntil: 'load' });
      const result = await body(page);
      const mine = renderers(pid).filter((p) => !before.has(p));
      const peaks = mine.map(peakRss).filter((x) => x != null);
      result.rendererPeakRss = peaks.length ? Math.max(...peaks) : null;
      if (after) result.interactions = await after(page).catch((e) => ({ error: String(e?.message ?? e) }));
      if (errors.length) result.pageErrors = errors.slice(0, 3);
      return result;
    } catch (e) {
      return { error: String(e?.message ?? e).split('\n')[0].slice(0, 300), pageErrors: errors.slice(0, 3) };
    } finally {
      await context.close().catch(() => {});
    }
  }
  return { browser, pid, version: browser.version(), inFreshPage };
}

// ---------------------------------------------------------------- waiting in the page

/** Awaits a promise expression in the page over CDP (nothing injected into the page). */
export async function awaitInPage(page, expression, timeoutMs) {
  const cdp = await page.context().newCDPSession(page);
  let timer;
  try {
    const reply = cdp.send('Runtime.evaluate', { expression, awaitPromise: true });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out: ${expression.slice(0, 60)}`)), timeoutMs);
    });
    const { exceptionDetails } = await Promise.race([reply, timeout]);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  } finally {
    clearTimeout(timer); // or node would stay up until it fires
    await cdp.detach().catch(() => {});
  }
}

/** A promise expression that resolves once the app has set performance mark `name` (polled every 20 ms). */
export const markSet = (name) => `new Promise((resolve) => {
  const done = () => performance.getEntriesByName(${JSON.stringify(name)}, 'mark').length > 0;
  const poll = () => (done() ? resolve() : setTimeout(poll, 20));
  poll();
})`;

/** Resolves once the app has warmed its loader up (`phusong:warmed`; since 2026-12-02,
 * session 7: the bundled sample loaded unseen on the welcome screen, ~50 ms of idle time). */
export const WARMED_UP = markSet('phusong:warmed');

/** Resolves once the page has had two idle periods (its start-up tasks are over). */
export const PAGE_SETTLED = `new Promise((resolve) => {
  const idle = (then) => requestIdleCallback(then, { timeout: 2000 });
  idle(() => idle(() => resolve()));
})`;

/**
 * What a person does before choosing a file: waits until the page's start-up work is done
 * (the app's warm-up of its loader, two idle periods), then the browser is quiet, so that
 * none of it runs inside the measured load. Resolves to how long the browser took to be quiet.
 */
export async function settle(page, browserPid) {
  await awaitInPage(page, WARMED_UP, 10_000).catch(() => {});
  await awaitInPage(page, PAGE_SETTLED, 10_000);
  return browserQuiet(browserPid);
}

/**
 * In the app page: chooses `file` in its file input once the page has settled, awaits the
 * report (first screen painted, `data-ready`, the files stored) over CDP, and returns
 * `collectPhusong()`'s figures with `quietAfter`. `n`: the item count the report root will say.
 */
export async function choosePhusongFile(page, browserPid, file, n) {
  await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
  await page.evaluate((x) => window.__benchExpect(x), n);
  const quietAfter = await settle(page, browserPid);
  await page.evaluate(startFrameLog);
  await page.setInputFiles('[data-testid=file-input]', file);
  // Awaited over CDP, not with playwright's waitForFunction, whose polling (and the script
  // it injects) would run on the page's main thread during the load being measured.
  await awaitInPage(page, 'window.__benchPainted', LOAD_TIMEOUT);
  await awaitInPage(page, `new Promise((resolve) => {
    const done = () => document.querySelector('[data-testid=report]')?.dataset.ready === 'true';
    const poll = () => (done() ? resolve() : setTimeout(poll, 20));
    poll();
  })`, LOAD_TIMEOUT);
  // Then the app stores the files; wait for it so that its main-thread work is measured too.
  await awaitInPage(page, markSet('phusong:stored'), LOAD_TIMEOUT).catch(() => {});
  return { ...(await page.evaluate(collectPhusong)), quietAfter };
}

// ---------------------------------------------------------------- statistics and formatting

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), n: v.length };
}
export const ms = (x) => (x == null ? '—' : x >= 100 ? `${Math.round(x).toLocaleString('en-US')}` : x.toFixed(1));
export const cell = (s) => (s == null ? '—' : `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`);
export const mb = (b) => (b == null ? '—' : `${(b / 1e6).toFixed(1)}`);
export const mbCell = (s) => (s == null ? '—' : `${mb(s.median)} (${mb(s.min)}–${mb(s.max)})`);
export const col = (runs, key) => stats(runs.map((r) => r[key]));
export const items = (n) => n.toLocaleString('en-US');

export function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------- docs/browser-benchmarks.md

/** The heading of the section sheets-bench.mjs writes; browser-bench.mjs keeps it when it rewrites the file. */
export const SHEETS_HEADING = '## Spreadsheets: .xlsx chosen → report, against SheetJS and JSON';

/** The section of `text` under the level-2 `heading` (heading included, up to the next level-2 heading or the end), or null. */
export function extractSection(text, heading) {
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) return null;
  const next = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, next < 0 ? text.length : next + 1).replace(/\n+$/, '\n');
}

/** `text` with the section under `heading` replaced by `section`, or `section` appended. */
export function upsertSection(text, heading, section) {
  const old = extractSection(text, heading);
  const body = section.replace(/\n+$/, '\n');
  if (old != null) return text.replace(old, () => body);
  return `${text.replace(/\n+$/, '\n')}\n${body}`;
}
