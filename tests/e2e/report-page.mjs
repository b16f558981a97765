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

  /** The Content-Security-Policy the page declares in its <meta>. */
  async csp() {
    return this.page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  }
}
