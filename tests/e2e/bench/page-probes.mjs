// Code the browser benchmark runs inside the page (serialised by playwright: each function
// must be self-contained).

/**
 * Init script (runs before any page script): records long tasks, the app's WebAssembly.Memory,
 * the moment the report root first shows `data-items` = the expected count (the report's first
 * screen is in the DOM; `readyAt`, then `readyPaintAt` once painted) and the moment it says
 * `data-ready="true"` (the whole report is in the DOM; `completeAt`).
 */
export function installProbes() {
  const w = window;
  w.__bench = { longtasks: [], readyAt: null, readyPaintAt: null, completeAt: null, appStartedAt: null, expect: null };
  // Awaited over CDP by pages that load by themselves (no playwright wait in the page while
  // it starts: playwright's injected script costs ~20 ms of main-thread time when it loads).
  w.__benchPainted = new Promise((resolve) => {
    w.__bench.onPainted = resolve;
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    w.__bench.longtasks = null; // not supported
  }
  addEventListener(
    'click',
    (e) => {
      if (e.target?.closest?.('[data-testid=load-sample]') && w.__bench.clickAt == null) w.__bench.clickAt = performance.now();
    },
    true,
  );
  addEventListener('TrunkApplicationStarted', (e) => {
    w.__bench.appStartedAt = performance.now();
    w.__bench.wasmMemory = e.detail?.wasm?.memory ?? null;
  });
  const check = () => {
    const b = w.__bench;
    if (b.expect == null || b.completeAt != null) return;
    const el = document.querySelector('[data-testid=report]');
    if (!el || el.dataset.items !== String(b.expect)) return;
    if (el.dataset.ready === 'true') b.completeAt = performance.now();
    if (b.readyAt == null) {
      b.readyAt = performance.now();
    }
  };
  // The paint probe: rAF runs before the frame's style, layout and paint, and a message posted
  // from it is handled after them: the time the report is on screen. The loop runs from the
  // start, so its callback comes before any the app asks for in the frame that shows the
  // report (the app's own post-paint work then runs after this probe's message, not before).
  const tick = () => {
    const b = w.__bench;
    if (b.readyAt == null) {
      requestAnimationFrame(tick);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      b.readyPaintAt = performance.now();
      b.onPainted();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(tick);
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'data-items'],
  });
  w.__benchExpect = (n) => {
    w.__bench.expect = n;
    check();
  };
}

/** Starts a requestAnimationFrame loop (frame gaps show how long the page could not paint). */
export function startFrameLog() {
  const b = window.__bench;
  b.frames = [];
  b.framesOn = true;
  const tick = (t) => {
    b.frames.push(performance.now());
    if (b.framesOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** After a phusong load: marks, long tasks, frame gaps and memory, all relative to `phusong:chosen`. */
export function collectPhusong() {
  const b = window.__bench;
  b.framesOn = false;
  const mark = (n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null;
  const m = {
    chosen: mark('phusong:chosen'),
    read: mark('phusong:read'),
    parsed: mark('phusong:parsed'),
    validated: mark('phusong:validated'),
    aggregated: mark('phusong:aggregated'),
    rendered: mark('phusong:rendered'),
    completed: mark('phusong:completed'),
    stored: mark('phusong:stored'),
  };
  const d = (a, z) => (m[a] != null && m[z] != null ? m[z] - m[a] : null);
  const end = m.rendered ?? b.readyAt;
  const inLoad = (t) => m.chosen != null && t >= m.chosen - 1 && t <= (b.readyPaintAt ?? end) + 1;
  const tasks = (b.longtasks ?? []).filter((e) => inLoad(e.start) || inLoad(e.start + e.duration));
  const frames = (b.frames ?? []).filter((t) => t >= m.chosen && t <= (b.readyPaintAt ?? end) + 100);
  let maxGap = 0;
  for (let i = 1; i < frames.length; i++) maxGap = Math.max(maxGap, frames[i] - frames[i - 1]);
  return {
    hasRenderedMark: m.rendered != null,
    read: d('chosen', 'read'),
    parse: d('read', 'parsed'),
    validate: d('parsed', 'validated'),
    aggregate: d('validated', 'aggregated'),
    // Without a phusong:rendered mark: aggregated → the DOM mutation that set data-ready=true.
    render: m.rendered != null ? d('aggregated', 'rendered') : m.aggregated != null ? b.readyAt - m.aggregated : null,
    total: m.chosen != null ? end - m.chosen : null,
    toPaint: b.readyPaintAt != null && m.chosen != null ? b.readyPaintAt - m.chosen : null,
    // The rest of the report (sections below the first screen, the appendix) in the DOM.
    complete: d('chosen', 'completed'),
    longtasksSupported: b.longtasks != null,
    longestTask: tasks.reduce((x, e) => Math.max(x, e.duration), 0),
    tasksOver200: tasks.filter((e) => e.duration > 200).length,
    frames: frames.length,
    maxFrameGap: maxGap,
    // After the report is on screen the app stores the files (IndexedDB): the longest task
    // from the first paint after rendered to the `phusong:stored` mark.
    store: d('rendered', 'stored'),
    longestTaskStoring:
      m.stored != null && b.readyPaintAt != null
        ? (b.longtasks ?? [])
            .filter((e) => e.start + e.duration > b.readyPaintAt && e.start <= m.stored + 1)
            .reduce((x, e) => Math.max(x, e.duration), 0)
        : null,
    wasmBytes: b.wasmMemory ? b.wasmMemory.buffer.byteLength : null,
    jsHeapUsed: performance.memory?.usedJSHeapSize ?? null,
  };
}

/**
 * After a load: filter interactions, each timed from the change to the next painted frame
 * (a message posted from the next `requestAnimationFrame`, handled after that frame's
 * paint), as a person would make them: an outlet chosen, all outlets again, focus in the
 * title search box (the app then folds the titles, in slices: timed to its mark, with the
 * longest task meanwhile), "tuyên" typed letter by letter, the filters cleared. Each control gets its value and the event its handler listens to.
 */
export async function interactionRun() {
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const time = async (act) => {
    await painted();
    const start = performance.now();
    act();
    return (await painted()) - start;
  };
  const el = (id) => document.querySelector(`[data-testid=${id}]`);
  const set = (id, value, type) => () => {
    el(id).value = value;
    el(id).dispatchEvent(new Event(type, { bubbles: true }));
  };
  const items = () => Number(el('report').dataset.items);
  const out = { all: items() };
  out.outlet = await time(set('filter-outlet', '3', 'change'));
  out.outletItems = items();
  out.outletAll = await time(set('filter-outlet', '', 'change'));
  // Focus: the app starts folding every title for the search, in slices after the focus
  // is painted; its mark says when they are all folded. The letters are typed after that
  // (a person types later than the ~10 ms this script would wait).
  const folded = () => performance.getEntriesByName('phusong:titles-folded', 'mark').length;
  const foldedBefore = folded();
  const focusAt = performance.now();
  out.searchFocus = await time(() => el('filter-title').focus());
  const giveUp = performance.now() + 10_000;
  while (folded() === foldedBefore && performance.now() < giveUp) await new Promise((r) => setTimeout(r, 5));
  const foldedAt = performance.getEntriesByName('phusong:titles-folded', 'mark').at(-1)?.startTime;
  out.titlesFolded = folded() > foldedBefore ? foldedAt - focusAt : null;
  out.foldLongestTask = (window.__bench.longtasks ?? [])
    .filter((t) => t.start >= focusAt && t.start <= (foldedAt ?? focusAt) + 1)
    .reduce((x, t) => Math.max(x, t.duration), 0);
  const letters = [];
  let typed = '';
  for (const letter of 'tuyên') {
    typed += letter;
    letters.push(await time(set('filter-title', typed, 'input')));
  }
  out.searchItems = items();
  letters.sort((a, b) => a - b);
  out.searchLetter = letters[Math.floor(letters.length / 2)];
  out.searchLetterMax = letters[letters.length - 1];
  out.clear = await time(() => el('clear-filters').click());
  out.clearedItems = items();
  return out;
}

/** Adds a plain `<input type=file>` for the floor and DuckDB runs. */
export function injectFileInput() {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'bench-file';
  input.style.display = 'none';
  document.body.append(input);
}

/** The floor: File → ArrayBuffer, TextDecoder (fatal: it checks UTF-8 as the app must), JSON.parse. */
export async function floorRun() {
  const file = document.getElementById('bench-file').files[0];
  const t0 = performance.now();
  const buf = await file.arrayBuffer();
  const t1 = performance.now();
  const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  const t2 = performance.now();
  const value = JSON.parse(text);
  const t3 = performance.now();
  const items = value.coverage.length;
  return { read: t1 - t0, decode: t2 - t1, parse: t3 - t2, items, jsHeapUsed: performance.memory?.usedJSHeapSize ?? null };
}

/**
 * DuckDB-WASM: instantiate (not timed in `total`), then read the File, ingest the coverage
 * array into a table and run the report's aggregates.
 */
export async function duckdbRun({ base }) {
  const T = () => performance.now();
  const r = {};
  let t = T();
  if (!window.Arrow) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = `${base}duckdb/Arrow.es2015.min.js`;
      s.onload = resolve;
      s.onerror = () => reject(new Error('apache-arrow UMD did not load'));
      document.head.append(s);
    });
  }
  const duckdb = await import(`${base}duckdb/duckdb-browser.mjs`);
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: `${base}duckdb/duckdb-mvp.wasm`, mainWorker: `${base}duckdb/duckdb-browser-mvp.worker.js` },
    eh: { mainModule: `${base}duckdb/duckdb-eh.wasm`, mainWorker: `${base}duckdb/duckdb-browser-eh.worker.js` },
  });
  r.bundle = bundle.mainModule.split('/').at(-1);
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  r.version = await db.getVersion();
  r.init = T() - t;

  try {
    const file = document.getElementById('bench-file').files[0];
    t = T();
    const buf = await file.arrayBuffer();
    r.read = T() - t;

    // DuckDB's read_json needs the `json` extension, which the npm bundle does not include: DuckDB
    // fetches it from extensions.duckdb.org (not reachable here, and no CDN is the rule), and
    // the bundle's own insertJSONFromPath fails on this file. So the JSON is parsed by the page
    // (decode + JSON.parse) and the coverage columns the aggregates need go in as an Arrow table.
    t = T();
    const doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buf));
    r.jsonParse = T() - t;
    const cov = doc.coverage;
    const n = cov.length;
    const ids = new Array(n);
    const dates = new Array(n);
    const outletIds = new Array(n);
    const themeLists = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = cov[i];
      ids[i] = c.id;
      dates[i] = c.date;
      outletIds[i] = c.outlet;
      themeLists[i] = Array.isArray(c.themes) ? c.themes.join('\u001f') : null;
    }
    const A = window.Arrow;
    const utf8 = (v) => A.vectorFromArray(v, new A.Utf8());
    const table = new A.Table({ id: utf8(ids), date: utf8(dates), outlet: utf8(outletIds), themes: utf8(themeLists) });
    await conn.insertArrowTable(table, { name: 'raw' });
    const period = doc.plan.period ?? { start: `${doc.plan.year}-01-01`, end: `${doc.plan.year}-12-31` };
    await conn.query(`CREATE TABLE period AS SELECT DATE '${period.start}' AS s, DATE '${period.end}' AS e`);
    await conn.query(`
      CREATE TABLE cov AS SELECT id, CAST(date AS DATE) AS date, outlet,
        CASE WHEN themes IS NULL OR themes = '' THEN []::VARCHAR[] ELSE string_split(themes, chr(31)) END AS themes
      FROM raw`);
    await conn.query(`DROP TABLE raw`);
    r.ingest = T() - t;

    t = T();
    const inPeriod = `FROM cov, period WHERE cov.date BETWEEN period.s AND period.e`;
    const total = await conn.query(`SELECT count(*)::INTEGER AS n ${inPeriod}`);
    const themes = await conn.query(
      `SELECT t, count(*)::INTEGER AS n FROM (SELECT unnest(themes) AS t ${inPeriod}) GROUP BY t`,
    );
    const months = await conn.query(`SELECT month(cov.date) AS m, count(*)::INTEGER AS n ${inPeriod} GROUP BY m`);
    const outlets = await conn.query(`SELECT outlet, count(*)::INTEGER AS n ${inPeriod} GROUP BY outlet`);
    r.queries = T() - t;
    r.items = total.getChildAt(0).get(0);
    r.themeRows = themes.numRows;
    r.monthRows = months.numRows;
    r.outletRows = outlets.numRows;
    r.total = r.read + r.ingest + r.queries;
  } catch (e) {
    r.error = String(e?.message ?? e).slice(0, 300);
  }
  r.jsHeapUsed = performance.memory?.usedJSHeapSize ?? null;
  try {
    await conn.close();
    await db.terminate();
  } catch {
    /* the worker may be gone after an out-of-memory */
  }
  return r;
}
