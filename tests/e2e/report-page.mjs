// Page object of the report screen. Selectors are the `data-testid`s of the app
// (app/src/toolbar.rs, app/src/report/mod.rs, app/src/load/problems.rs).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export const SEL = {
  report: '[data-testid=report]',
  ready: '[data-testid=report][data-ready=true]',
  fileInput: '[data-testid=file-input]',
  exportSummary: '[data-testid=export-summary]',
  loadSample: '[data-testid=load-sample]',
  docTitle: 'h1.doc-title',
  asOf: '[data-testid=as-of]',
  asOfDate: '[data-testid=as-of-date]',
  afterAsOf: '[data-testid=after-as-of]',
  narrativeEditor: '[data-testid=narrative-editor]',
  lang: '[data-testid=lang]',
  acceptanceContract: '[data-testid=acceptance-contract]',
  acceptanceTitle: '[data-testid=acceptance-title]',
  printAcceptance: '[data-testid=print-acceptance]',
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

export class ReportPage {
  /** @param {import('playwright-core').Page} page @param {string} url */
  constructor(page, url) {
    this.page = page;
    this.url = url;
  }

  async open() {
    await this.page.goto(this.url, { waitUntil: 'load' });
    return this;
  }

  /** Chooses files in the report's file input, as a person would. */
  async loadFiles(paths) {
    await this.page.setInputFiles(SEL.fileInput, paths);
  }

  /** Waits until the app says the report is rendered (`data-ready="true"`). */
  async waitReady({ timeout = 30_000 } = {}) {
    await this.page.waitForSelector(SEL.ready, { timeout });
  }

  /** The browser tab's title (`<title>` of index.html). */
  async title() {
    return this.page.title();
  }

  /** Number of items the report counts (`data-items`). */
  async itemCount() {
    return Number(await this.page.getAttribute(SEL.report, 'data-items'));
  }

  /** Clicks "export summary" and returns the downloaded file: `{ name, text, url }`. */
  async exportSummary({ timeout = 30_000 } = {}) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.page.click(SEL.exportSummary),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(file, 'utf8'), url: download.url() };
  }

  /** Waits until the report is rendered and counts `items` items. */
  async waitItems(items, { timeout = 30_000 } = {}) {
    await reportReady(this.page, items, { timeout });
  }

  /** Clicks "Dùng dữ liệu mẫu" and waits for the sample's 1,500 items. */
  async loadSample({ timeout = 60_000 } = {}) {
    await this.page.click(SEL.loadSample);
    await this.waitItems(1500, { timeout });
  }

  /**
   * Prints to PDF as the browser's print does (print media, the CSS page size; Chromium fires
   * beforeprint and afterprint around it, and the app renders its whole appendix) and returns
   * the PDF bytes.
   */
  async pdf() {
    return this.page.pdf({ preferCSSPageSize: true, printBackground: true });
  }

  /** The as-of line under the title ("Số liệu tính đến ngày …"), or null when there is none. */
  async asOfLine() {
    const el = await this.page.$(SEL.asOf);
    return el ? (await el.textContent()).trim() : null;
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

  /** Types `text` in the box `testid` (a part the author writes) and leaves it; waits until stored. */
  async write(testid, text) {
    const stored = await this.editsStored();
    const box = `[data-testid=${testid}]`;
    await this.page.fill(box, text);
    await this.page.press(box, 'Tab');
    await this.waitEditsStored(stored);
  }

  /** Switches the language with the toolbar's button. */
  async switchLanguage() {
    await this.page.click(SEL.lang);
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

  /** The Content-Security-Policy the page declares in its <meta>. */
  async csp() {
    return this.page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  }
}
