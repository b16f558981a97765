// Page object of the app, as a person uses it: the welcome screen, the toolbar (choose files,
// add or replace, the sample, export, print, clear, language), dropping files on the page,
// the report (headline figures, as-of date, the parts the author writes, the header fields,
// sections, tables, the items appendix), reloads, and what the browser stores. Selectors are
// the `data-testid`s of the app (app/src/toolbar.rs, app/src/report/, app/src/load/) or what
// a person sees (labels); the few tied to CSS structure are here, named. Waits are on what
// the app exposes: `data-ready`, `data-items` and `data-edits-stored` on the report root, the
// `phusong:*` performance marks, elements appearing. The filter bar, the problems panel and
// printing have page objects of their own (`filters`, `problems`, `printing`).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnalysisPart } from './analysis-part.mjs';
import { FilterBar } from './filter-bar.mjs';
import { PrintSteps } from './print-steps.mjs';
import { ProblemsPanel } from './problems-panel.mjs';

export const SEL = {
  report: '[data-testid=report]',
  ready: '[data-testid=report][data-ready=true]',
  fileInput: '[data-testid=file-input]',
  loadMode: '[data-testid=load-mode]',
  exportSummary: '[data-testid=export-summary]',
  loadSample: '[data-testid=load-sample]',
  clearData: '[data-testid=clear-data]',
  progress: '[data-testid=progress]',
  welcome: '[data-testid=welcome]',
  welcomeFileInput: '[data-testid=welcome-file-input]',
  recovery: '[data-testid=recovery]',
  docTitle: 'h1.doc-title',
  asOf: '[data-testid=as-of]',
  asOfDate: '[data-testid=as-of-date]',
  afterAsOf: '[data-testid=after-as-of]',
  narrative: '[data-testid=narrative]',
  narrativeEditor: '[data-testid=narrative-editor]',
  lang: '[data-testid=lang]',
  acceptanceContract: '[data-testid=acceptance-contract]',
  acceptanceTitle: '[data-testid=acceptance-title]',
  printAcceptance: '[data-testid=print-acceptance]',
  appendixPage: '[data-testid=appendix-page]',
  appendixPrev: '[data-testid=appendix-prev]',
  appendixNext: '[data-testid=appendix-next]',
  // Tied to CSS structure (no data-testid for them yet).
  /** The page-wide drop target and the hint it shows while files are dragged over it. */
  dropZone: '.drop-zone',
  dropHint: '.drop-hint',
  /** The three steps of the welcome screen, their titles. */
  welcomeSteps: '.steps li strong',
  /** The value of a headline figure (`[data-testid=figure-…]`). */
  figureValue: '.value',
  /** The narrative as printed (the print-only text of its box). */
  printedNarrative: '[data-testid=narrative] .part-text p',
  /** The sections of the report and their charts. */
  section: '.report-section',
  chartSvg: '.report-section figure.chart svg',
  appendixRows: '[data-table=items] tbody tr',
};

/**
 * Waits until the report root says its view is rendered (`data-ready="true"`) and, when
 * `items` is given, counts that many items (`data-items`).
 */
export async function reportReady(page, items, { timeout = 60_000 } = {}) {
  await page.waitForFunction(
    (n) => {
      const r = document.querySelector('[data-testid=report]');
      return r?.dataset.ready === 'true' && (n === undefined || r.dataset.items === String(n));
    },
    items,
    { timeout },
  );
}

/** A `phusong sample` dataset from the CLI (the app bundles items 1500, seed 2025). */
export function generateSample(items, seed) {
  const root = new URL('../..', import.meta.url).pathname;
  const args = ['run', '-q', '-p', 'phusong-cli', '--', 'sample', '--items', String(items), '--seed', String(seed)];
  return JSON.parse(execFileSync('cargo', args, { cwd: root, maxBuffer: 64 << 20 }).toString('utf8'));
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Chromium drops a frame's downloads beyond 10 a second (an anti-abuse throttle). */
const DOWNLOADS_PER_SECOND = 8;

export class ReportPage {
  /** @param {import('playwright-core').Page} page @param {string} url */
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.filters = new FilterBar(page);
    this.analysis = new AnalysisPart(page);
    this.problems = new ProblemsPanel(page);
    this.printing = new PrintSteps(page);
    this.appendix = new ItemsAppendix(page);
    this.welcome = new WelcomeScreen(page);
    /** When the last downloads started (ms), to stay under the browser's throttle. */
    this.downloads = [];
  }

  /** Opens the app (at `hash`, e.g. `#sample`, when given). */
  async open(hash = '') {
    await this.page.goto(this.url + hash, { waitUntil: 'load' });
    return this;
  }

  /** Opens the app and waits until its first screen is rendered. */
  async openReady(hash = '') {
    await this.open(hash);
    await this.waitReady();
    return this;
  }

  /** Reloads the page as a person does and, when `items` is given, waits for that report. */
  async reload(items) {
    await this.page.reload({ waitUntil: 'load' });
    if (items !== undefined) await this.waitItems(items);
  }

  // ——— Loading data ———

  /** Sets "add files" or "replace what is loaded" (`add` or `replace`) for the next choice. */
  async setLoadMode(mode) {
    await this.page.selectOption(SEL.loadMode, mode);
  }

  /** Chooses files (paths) in the toolbar's file input, as a person would; `mode` first if given. */
  async loadFiles(paths, { mode } = {}) {
    if (mode) await this.setLoadMode(mode);
    await this.page.setInputFiles(SEL.fileInput, paths);
  }

  /** Chooses a file named `name` holding `content` (a Buffer or a string) in the toolbar's file input. */
  async loadBuffer(name, content, { mode } = {}) {
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
    await this.loadFiles({ name, mimeType: 'application/json', buffer }, { mode });
  }

  /** Clicks "Dùng dữ liệu mẫu" and waits for the sample's 1,500 items. */
  async loadSample({ timeout = 60_000 } = {}) {
    await this.page.click(SEL.loadSample);
    await this.waitItems(1500, { timeout });
  }

  /**
   * Drags files (paths) from the desktop over the page and drops them; returns the hint the
   * page showed while they were dragged over it (it is gone once they are dropped).
   */
  async dropFiles(paths) {
    const files = await Promise.all(
      paths.map(async (p) => ({ name: path.basename(p), base64: (await readFile(p)).toString('base64') })),
    );
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: 'application/json' }));
      }
      return dt;
    }, files);
    await this.page.dispatchEvent(SEL.dropZone, 'dragover', { dataTransfer });
    const hint = this.page.locator(SEL.dropHint);
    await hint.waitFor({ state: 'visible' });
    const shown = (await hint.innerText()).trim();
    await this.page.dispatchEvent(SEL.dropZone, 'drop', { dataTransfer });
    await hint.waitFor({ state: 'hidden' });
    return shown;
  }

  /** The "reading…" progress of a load. */
  get progress() {
    return this.page.locator(SEL.progress);
  }

  /** Waits until a load shows its progress. */
  async waitProgress() {
    await this.progress.waitFor({ state: 'visible' });
  }

  /** Whether a load shows its progress now. */
  async progressShown() {
    return this.progress.isVisible();
  }

  /** Prints to PDF as the browser's print does and returns the bytes (see `printing.pdf`). */
  async pdf(file) {
    return this.printing.pdf(file);
  }

  /** Lowers the page's limit on loaded data to `mb` MB for this tab (a test hook of the app). */
  async limitLoadsTo(mb) {
    await this.page.evaluate((mb) => sessionStorage.setItem('phusong.max-load-mb', String(mb)), mb);
  }

  // ——— Waiting on the app ———

  /** Waits until the app says the report is rendered (`data-ready="true"`). */
  async waitReady({ timeout = 60_000 } = {}) {
    await this.page.waitForSelector(SEL.ready, { timeout });
  }

  /** Waits until the report is rendered and counts `items` items. */
  async waitItems(items, { timeout = 60_000 } = {}) {
    await reportReady(this.page, items, { timeout });
  }

  /** Waits until the report counts some items (how many is not known in advance), rendered. */
  async waitSomeItems({ timeout = 60_000 } = {}) {
    await this.page.waitForFunction(() => Number(document.querySelector('[data-testid=report]')?.dataset.items) > 0, null, { timeout });
    await this.waitReady({ timeout });
  }

  /** How many times the app set the performance mark `phusong:<name>` since the page opened. */
  async markCount(name) {
    return this.page.evaluate((n) => performance.getEntriesByName(`phusong:${n}`, 'mark').length, name);
  }

  /** Waits until the app has set the mark `phusong:<name>` more than `before` times. */
  async waitMark(name, before = 0, { timeout = 30_000 } = {}) {
    await this.page.waitForFunction(
      ([n, before]) => performance.getEntriesByName(`phusong:${n}`, 'mark').length > before,
      [name, before],
      { timeout },
    );
  }

  /** The names of the app's performance marks set since the page opened, in order. */
  async marks() {
    return this.page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('phusong:')),
    );
  }

  /** When the mark `phusong:<name>` was last set (ms since the page opened), or undefined. */
  async markTime(name) {
    return this.page.evaluate((n) => performance.getEntriesByName(`phusong:${n}`, 'mark').at(-1)?.startTime, name);
  }

  /** How many times loaded files were stored since the page opened (the `phusong:stored` mark). */
  async filesStored() {
    return this.markCount('stored');
  }

  /**
   * Waits until loaded files have been stored more than `before` times (the app stores them
   * after a load and sets the mark `phusong:stored`; marks do not work under a faked clock).
   */
  async waitFilesStored(before = 0, { timeout = 30_000 } = {}) {
    await this.waitMark('stored', before, { timeout });
  }

  /** How many times the app has stored the author's edits since the page opened (`data-edits-stored`). */
  async editsStored() {
    return Number(await this.page.getAttribute(SEL.report, 'data-edits-stored'));
  }

  /** Waits until the edits have been stored more than `before` times. */
  async waitEditsStored(before, { timeout = 10_000 } = {}) {
    await this.page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=report]')?.dataset.editsStored) > n,
      before,
      { timeout },
    );
  }

  // ——— The page and its toolbar ———

  /** The browser tab's title (`<title>` of index.html). */
  async title() {
    return this.page.title();
  }

  /** The document's language (`<html lang>`). */
  async documentLanguage() {
    return this.page.getAttribute('html', 'lang');
  }

  /** The Content-Security-Policy the page declares in its <meta>. */
  async csp() {
    return this.page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  }

  /** How many faces of the typeface `family` the page declares. */
  async faces(family) {
    return this.page.evaluate((family) => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family).length, family);
  }

  /**
   * Notes, when the boot script marks `phusong:wasm-unpacked` (just before it starts the app),
   * which faces of `family` the page has not asked for yet (`facesUnaskedAtStart()`). An init
   * script: call it before the page opens.
   */
  async watchFacesUnaskedAtStart(family) {
    await this.page.addInitScript((family) => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'phusong:wasm-unpacked') {
          window.__unasked = [...document.fonts]
            .filter((f) => f.family.replace(/"/g, '') === family && f.status === 'unloaded')
            .map((f) => `${f.weight} ${f.style} ${f.unicodeRange.slice(0, 12)}`);
        }
        return mark(name, options);
      };
    }, family);
  }

  /** The faces not yet asked for when the app started (see `watchFacesUnaskedAtStart`). */
  async facesUnaskedAtStart() {
    return this.page.evaluate(() => window.__unasked);
  }

  /** Whether the control `testid` (e.g. `clear-data`, `export-summary`, `print`, `load-sample`, `file-input`) is disabled. */
  async isDisabled(testid) {
    return this.page.isDisabled(`[data-testid=${testid}]`);
  }

  /** Switches the language with the toolbar's button. */
  async switchLanguage() {
    await this.page.click(SEL.lang);
  }

  /** What the language button says (the language it switches to). */
  async languageButton() {
    return (await this.page.textContent(SEL.lang)).trim();
  }

  /**
   * Clicks "export summary" and returns the downloaded file: `{ name, text, url }`. Keeps under
   * the browser's throttle of downloads (beyond 10 a second Chromium drops them): if this page
   * started as many downloads in the last second, it waits until the oldest is a second old.
   */
  async exportSummary({ timeout = 30_000 } = {}) {
    this.downloads = this.downloads.filter((t) => Date.now() - t < 1100);
    if (this.downloads.length >= DOWNLOADS_PER_SECOND) {
      await new Promise((r) => setTimeout(r, 1100 - (Date.now() - this.downloads[0])));
    }
    this.downloads.push(Date.now());
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.page.click(SEL.exportSummary),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(file, 'utf8'), url: download.url() };
  }

  /**
   * Clicks "Xuất Word" and returns the downloaded document: `{ name, path, bytes }` and the
   * time the app measured for building it (`phusong:docx`, ms). Waits on the download, which
   * the app starts once the document is built.
   */
  async exportDocx({ timeout = 60_000 } = {}) {
    return this.measuredDownload('export-docx', 'phusong:docx', timeout);
  }

  /**
   * Clicks "Lưu báo cáo để gửi" and returns the shared report file: `{ name, path, bytes }` and
   * the time the app measured for making it (`phusong:share`, ms). Waits on the download.
   */
  async saveShared({ timeout = 60_000 } = {}) {
    return this.measuredDownload('export-share', 'phusong:share', timeout);
  }

  /** Clicks the button `testid`, waits for its download, and reads it with the app's last `measure`. */
  async measuredDownload(testid, measure, timeout) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.page.click(`[data-testid=${testid}]`),
    ]);
    const file = await download.path();
    const ms = await this.page.evaluate((m) => performance.getEntriesByName(m, 'measure').at(-1)?.duration, measure);
    return { name: download.suggestedFilename(), path: file, bytes: await readFile(file), ms };
  }

  /** Clicks "Tải mẫu Excel" (toolbar, or the welcome screen's when `welcome`) and returns the downloaded file. */
  async downloadTemplate({ welcome = false } = {}) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.click(welcome ? '[data-testid=download-template]' : '[data-testid=toolbar-template]'),
    ]);
    return { name: download.suggestedFilename(), path: await download.path() };
  }

  /** Clicks "Tải dữ liệu mẫu dạng Excel" on the welcome screen and returns the downloaded file. */
  async downloadSampleXlsx() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.click('[data-testid=download-sample-xlsx]'),
    ]);
    return { name: download.suggestedFilename(), path: await download.path() };
  }

  /** Clicks "Lưu dữ liệu dạng JSON" and returns the `count` files it saves: `[{ name, text }]`. */
  async saveJson(count) {
    const files = [];
    const done = new Promise((resolve) => {
      const on = async (download) => {
        files.push({ name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') });
        if (files.length === count) {
          this.page.off('download', on);
          resolve();
        }
      };
      this.page.on('download', on);
    });
    await this.page.click('[data-testid=save-json]');
    await done;
    return files;
  }

  /** The exported summary, parsed. */
  async summary() {
    return JSON.parse((await this.exportSummary()).text);
  }

  /**
   * Clicks "Xóa dữ liệu", accepts the browser's confirmation, and waits until the report
   * counts no item.
   */
  async clearData() {
    this.page.once('dialog', (d) => d.accept());
    await this.page.click(SEL.clearData);
    await this.waitItems(0);
  }

  // ——— The report ———

  /** Number of items the report counts (`data-items`). */
  async itemCount() {
    return Number(await this.page.getAttribute(SEL.report, 'data-items'));
  }

  /** A headline figure (`items`, …) as shown ("1.234"). */
  async figure(id) {
    return this.page.locator(`[data-testid=figure-${id}]`).locator(SEL.figureValue).textContent();
  }

  /** The headline's item figure as a number ("1.234" → 1234). */
  async headlineItems() {
    return Number((await this.figure('items')).trim().replace(/\./g, ''));
  }

  /** The keys (`data-section`) of the report's sections, in order. */
  async sections() {
    return this.page.$$eval(SEL.section, (els) => els.map((s) => s.dataset.section));
  }

  /** How many charts the report's sections have drawn. */
  async chartCount() {
    return this.page.locator(SEL.chartSvg).count();
  }

  /** The texts the charts draw, one per line. */
  async chartTexts() {
    return this.page.$$eval(`${SEL.chartSvg} text`, (ts) => ts.map((t) => t.textContent).join('\n'));
  }

  /** For each chart, how many marks (bars, lines, …) it draws. */
  async chartMarks() {
    return this.page.$$eval(SEL.chartSvg, (svgs) => svgs.map((s) => s.querySelectorAll('rect, path, polygon, polyline, line').length));
  }

  /**
   * Notes what the report root holds when it first counts `items` items (`firstScreen()`):
   * the sections present, whether it says it is ready, and the headline's item figure.
   */
  async watchFirstScreen(items) {
    await this.page.evaluate(
      ([items, sel]) => {
        const root = document.querySelector('[data-testid=report]');
        new MutationObserver((_, observer) => {
          if (root.dataset.items !== String(items)) return;
          window.__firstScreen = {
            sections: [...root.querySelectorAll(sel.section)].map((s) => s.dataset.section),
            ready: root.dataset.ready,
            headline: root.querySelector(`[data-testid=figure-items] ${sel.figureValue}`)?.textContent,
          };
          observer.disconnect();
        }).observe(root, { attributes: true, attributeFilter: ['data-items'] });
      },
      [items, SEL],
    );
  }

  /** What `watchFirstScreen` noted. */
  async firstScreen() {
    return this.page.evaluate(() => window.__firstScreen);
  }

  /**
   * Notes, at each performance mark the app sets, how many report sections are in the DOM
   * (`sectionsAtMark(name)`). An init script: call it before the page opens.
   */
  async watchSectionsAtMarks() {
    await this.page.addInitScript((sectionSel) => {
      const mark = performance.mark.bind(performance);
      window.__sectionsAtMark = [];
      performance.mark = (name, options) => {
        window.__sectionsAtMark.push([name, document.querySelectorAll(sectionSel).length]);
        return mark(name, options);
      };
    }, SEL.section);
  }

  /** The sections in the DOM each time the mark `phusong:<name>` was set (see `watchSectionsAtMarks`). */
  async sectionsAtMark(name) {
    const at = await this.page.evaluate(() => window.__sectionsAtMark);
    return at.filter(([m]) => m === `phusong:${name}`).map(([, n]) => n);
  }

  /** The cells of the row of table `key` (`data-table`) whose first cell is `first`. */
  async tableRow(key, first) {
    return this.page.evaluate(
      ([key, first]) => {
        const rows = [...document.querySelectorAll(`[data-table="${key}"] tbody tr`)];
        const row = rows.find((r) => r.cells[0]?.textContent.trim() === first);
        return row ? [...row.cells].map((c) => c.textContent.trim()) : null;
      },
      [key, first],
    );
  }

  /** The column heads of table `key`. */
  async tableHead(key) {
    return this.page.$$eval(`[data-table="${key}"] thead th`, (ths) => ths.map((th) => th.textContent.trim()));
  }

  /** The visible text of the whole page. */
  async bodyText() {
    return this.page.evaluate(() => document.body.innerText);
  }

  // ——— What the author writes ———

  /** The as-of line under the title ("Số liệu tính đến ngày …"), or null when there is none. */
  async asOfLine() {
    const el = await this.page.$(SEL.asOf);
    return el ? (await el.textContent()).trim() : null;
  }

  /** Waits until the as-of line says `text` (a substring). */
  async waitAsOfLine(text) {
    await this.page.locator(SEL.asOf).filter({ hasText: text }).waitFor();
  }

  /** The date in the as-of box, as shown (dd/mm/yyyy). */
  async asOfDate() {
    return this.page.inputValue(SEL.asOfDate);
  }

  /**
   * Types a date in the as-of box and leaves it, as a person would, then waits until the
   * report shows it and the edit is stored.
   */
  async setAsOf(text) {
    const stored = await this.editsStored();
    await this.page.fill(SEL.asOfDate, text);
    await this.page.press(SEL.asOfDate, 'Tab');
    await this.waitEditsStored(stored);
    await this.page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.value === want,
      [SEL.asOfDate, text],
    );
  }

  /** The warning about items dated after the as-of date, or null. */
  async afterAsOfWarning() {
    const el = await this.page.$(SEL.afterAsOf);
    return el ? (await el.textContent()).trim() : null;
  }

  /** The narrative as the author sees it in its box. */
  async narrative() {
    return this.page.inputValue(SEL.narrativeEditor);
  }

  /** Whether the report shows the narrative's box (there is no report without data). */
  async hasNarrative() {
    return (await this.page.locator(SEL.narrativeEditor).count()) > 0;
  }

  /** The narrative as it prints (the print-only text of its box). */
  async printedNarrative() {
    return this.page.textContent(SEL.printedNarrative);
  }

  /** Types the narrative and leaves its box; waits until stored. */
  async writeNarrative(text) {
    await this.write('narrative-editor', text);
  }

  /** Types `text` in the box `testid` (a part the author writes) and leaves it; waits until stored. */
  async write(testid, text) {
    const stored = await this.editsStored();
    const box = `[data-testid=${testid}]`;
    await this.page.fill(box, text);
    await this.page.press(box, 'Tab');
    await this.waitEditsStored(stored);
  }

  /** What the box `testid` (a part the author writes) holds. */
  async written(testid) {
    return this.page.inputValue(`[data-testid=${testid}]`);
  }

  /** The hint (placeholder) of the box `testid`. */
  async hint(testid) {
    return this.page.getAttribute(`[data-testid=${testid}]`, 'placeholder');
  }

  /** A header field by the label a person sees ("Trích yếu", "Số", …). */
  field(label) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types `text` in the header field labelled `label` and leaves it; waits until stored. */
  async setField(label, text) {
    const stored = await this.editsStored();
    await this.field(label).fill(text);
    await this.field(label).press('Tab');
    await this.waitEditsStored(stored);
  }

  /** What the header field labelled `label` holds. */
  async fieldValue(label) {
    return this.field(label).inputValue();
  }

  /** Waits until the header field labelled `label` holds `text` (edits are restored after the data). */
  async waitFieldValue(label, text) {
    await this.page.waitForFunction(
      ([label, text]) => [...document.querySelectorAll('[aria-label]')].some((e) => e.getAttribute('aria-label') === label && e.value === text),
      [label, text],
    );
  }

  /** Chooses the contract of the acceptance appendix by its number and waits for its title. */
  async chooseAcceptance(contractId) {
    const value = await this.page.$$eval(
      `${SEL.acceptanceContract} option`,
      (opts, id) => opts.find((o) => o.textContent.startsWith(`${id} `))?.value,
      contractId,
    );
    await this.page.selectOption(SEL.acceptanceContract, value);
    await this.page.waitForFunction(
      ([sel, id]) => document.querySelector(sel)?.textContent.endsWith(id),
      [SEL.acceptanceTitle, contractId],
    );
  }

  // ——— What the browser keeps ———

  /** The files stored in IndexedDB, as `{ name, kind, sha256 }` (kind: `File` or `Uint8Array`). */
  async storedFiles() {
    const stored = await this.page.evaluate(
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

  /** Stores `bytes` as the one loaded file `name`, the way an earlier version stored a chosen file (a Uint8Array). */
  async storeAsEarlierVersion(name, bytes) {
    await this.page.evaluate(
      ([name, bytes]) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('phusong');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('state', 'readwrite');
            tx.objectStore('state').put([{ name, bytes: new Uint8Array(bytes) }], 'files-v1');
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      [name, Array.from(bytes)],
    );
  }

  /**
   * Waits until the browser holds nothing of the app (no files, no edits): "Xóa dữ liệu"
   * empties the store asynchronously, and sets no mark when done.
   */
  async waitStorageEmpty({ timeout = 10_000 } = {}) {
    await this.page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('phusong');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('state').objectStore('state').count();
            count.onsuccess = () => (db.close(), resolve(count.result === 0));
            count.onerror = () => (db.close(), resolve(false));
          };
        }),
      null,
      { timeout, polling: 100 },
    );
  }

  /** Deletes what the app stored in this browser profile (between tests sharing a profile). */
  async deleteStoredData() {
    await this.page.evaluate(
      () =>
        new Promise((resolve) => {
          const r = indexedDB.deleteDatabase('phusong');
          r.onsuccess = r.onerror = r.onblocked = () => resolve();
        }),
    );
  }

  /**
   * Notes whether the welcome screen ever shows while a page starts (`welcomeSeen()`): an
   * init script, for every load of the page from now on.
   */
  async watchForWelcome() {
    await this.page.addInitScript((sel) => {
      window.__welcomeSeen = false;
      new MutationObserver(() => {
        if (document.querySelector(sel)) window.__welcomeSeen = true;
      }).observe(document, { subtree: true, childList: true });
    }, SEL.welcome);
  }

  /** Whether the welcome screen showed since the page started (see `watchForWelcome`). */
  async welcomeSeen() {
    return this.page.evaluate(() => window.__welcomeSeen);
  }

  // ——— Failing on purpose ———

  /**
   * Sets the app's one-shot test hook (app/src/panic.rs: `1` panics, `trap` aborts as a failed
   * allocation does), reloads, and returns the recovery screen once it shows.
   */
  async restartInto(how) {
    await this.page.evaluate((v) => sessionStorage.setItem('phusong.simulate-panic', v), how);
    await this.page.reload();
    const recovery = new RecoveryScreen(this.page);
    await recovery.screen.waitFor({ state: 'visible', timeout: 20_000 });
    return recovery;
  }

  /** How many recovery screens are on the page. */
  async recoveryScreens() {
    return this.page.locator(SEL.recovery).count();
  }

  /**
   * Slows the browser's reads of a Blob's stream (100 ms each, from the page's start) while
   * `slowReads(true)` holds for the tab, and counts them (`reads()`). An init script: call it
   * before the page opens. The warm-up reads the sample in 64 KiB chunks: it can be caught half-way.
   */
  async instrumentBlobReads() {
    await this.page.addInitScript(() => {
      window.__slowReads = sessionStorage.getItem('test.slow-reads') === '1';
      window.__reads = 0;
      const read = ReadableStreamBYOBReader.prototype.read;
      ReadableStreamBYOBReader.prototype.read = function (...args) {
        window.__reads++;
        const go = () => read.apply(this, args);
        return window.__slowReads ? new Promise((r) => setTimeout(r, 100)).then(go) : go();
      };
    });
  }

  /** Slow reads on or off: now, and (`forNextLoads`) from the start of the tab's next loads. */
  async slowReads(on, { forNextLoads = false } = {}) {
    await this.page.evaluate(
      ([on, next]) => {
        window.__slowReads = on;
        if (next) sessionStorage.setItem('test.slow-reads', on ? '1' : '0');
      },
      [on, forNextLoads],
    );
  }

  /** How many Blob stream reads the page made (see `instrumentBlobReads`). */
  async reads() {
    return this.page.evaluate(() => window.__reads);
  }

  /** Waits until the page has made at least `n` Blob stream reads. */
  async waitReads(n, { timeout = 30_000 } = {}) {
    await this.page.waitForFunction((n) => window.__reads >= n, n, { timeout });
  }

  /**
   * What markup from the data would leave in the DOM if it entered as markup: a flag set by
   * injected code, `<script>` elements, `<img>`s, inline event handlers, a `<style>` that hides
   * everything, an `<svg>` inside a chart's, and links that are not http(s).
   */
  async injectionTraces() {
    return this.page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: document.querySelectorAll('script').length,
      imgX: document.querySelectorAll('img[src=x], img').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
      styles: [...document.querySelectorAll('style')].filter((s) => s.textContent.includes('display:none')).length,
      nestedSvg: document.querySelectorAll('svg svg').length,
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href'))
        .filter((h) => !/^https?:\/\//i.test(h)),
    }));
  }
}

/** The first screen, shown while nothing is loaded (app/src/report/welcome.rs). */
export class WelcomeScreen {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.screen = page.locator(SEL.welcome);
  }

  /** Whether the welcome screen is on the page. */
  async isShown() {
    return (await this.screen.count()) > 0;
  }

  /** Waits until the welcome screen shows. */
  async waitShown() {
    await this.screen.waitFor();
  }

  /** Its heading. */
  async heading() {
    return (await this.screen.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  /** The titles of its three steps. */
  async steps() {
    return this.screen.locator(SEL.welcomeSteps).allInnerTexts();
  }

  /** All it says. */
  async text() {
    return this.screen.innerText();
  }

  /** Chooses files (paths) with its own button (they replace whatever is loaded). */
  async loadFiles(paths) {
    await this.page.setInputFiles(SEL.welcomeFileInput, paths);
  }
}

/** The items appendix: a page of rows on screen, "Trước" and "Sau" (app/src/report/appendix.rs). */
export class ItemsAppendix {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** What the pager says ("Trang 1/30 · …"). */
  async pageText() {
    return this.page.textContent(SEL.appendixPage);
  }

  /** Waits until the pager says something matching `re`. */
  async waitPage(re) {
    await this.page.waitForFunction(
      ([sel, src, flags]) => new RegExp(src, flags).test(document.querySelector(sel)?.textContent ?? ''),
      [SEL.appendixPage, re.source, re.flags],
    );
  }

  /** What the "next page" button says. */
  async nextLabel() {
    return (await this.page.textContent(SEL.appendixNext)).trim();
  }

  /** Whether there is no page before this one ("Trước" disabled). */
  async atFirstPage() {
    return this.page.isDisabled(SEL.appendixPrev);
  }

  /** Clicks "Sau". */
  async next() {
    await this.page.click(SEL.appendixNext);
  }

  /** Clicks "Trước". */
  async prev() {
    await this.page.click(SEL.appendixPrev);
  }

  /** How many rows the appendix shows. */
  async rowCount() {
    return this.page.locator(SEL.appendixRows).count();
  }

  /** The text of cell `n` (from 1) of the first row shown. */
  async firstRowCell(n) {
    return this.page.locator(SEL.appendixRows).first().locator('td').nth(n - 1).textContent();
  }

  /** The links in the appendix, as `{ href, target, rel }`. */
  async links() {
    return this.page.$$eval(`${SEL.appendixRows} a`, (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    );
  }
}

/** The screen shown after a panic or a trap (app/src/panic.rs), over the dead app. */
export class RecoveryScreen {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.screen = page.locator(SEL.recovery);
  }

  /** Its role (`alert`). */
  async role() {
    return this.screen.getAttribute('role');
  }

  /** All it says. */
  async text() {
    return this.screen.innerText();
  }

  /** Its box on the page. */
  async box() {
    return this.screen.boundingBox();
  }

  /** How many there are. */
  async count() {
    return this.screen.count();
  }

  /** Clicks its "Tải lại" button. */
  async reload() {
    await this.screen.getByRole('button', { name: /Tải lại/ }).click();
  }
}
