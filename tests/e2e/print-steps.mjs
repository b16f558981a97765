// Page object of printing (app/src/toolbar.rs, app/src/report/acceptance.rs): "Xuất PDF" and
// "In riêng phụ lục này" open the browser's print dialog, the print preview, and what Chromium
// prints (page.pdf with the CSS page size fires beforeprint and afterprint as Ctrl+P does).
import { writeFile } from 'node:fs/promises';

/** The rows of the items appendix in the DOM (a page of it on screen, all of it in print). */
const APPENDIX_ROWS = '[data-table=items] tbody tr';

export class PrintSteps {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /**
   * Records the print events with the appendix rows present at each (`printEvents()`). An init
   * script: call it before the page opens, so that its listeners come before the app's and
   * `beforeprint` sees the screen's rows (and `afterprint` what was printed).
   */
  async recordPrintEvents() {
    await this.page.addInitScript((rowsSel) => {
      window.__printEvents = [];
      const rows = () => document.querySelectorAll(rowsSel).length;
      addEventListener('beforeprint', () => window.__printEvents.push(['beforeprint', rows()]));
      addEventListener('afterprint', () => window.__printEvents.push(['afterprint', rows()]));
    }, APPENDIX_ROWS);
  }

  /** The print events recorded since the last call, as `[name, appendix rows]`. */
  async printEvents() {
    return this.page.evaluate(() => window.__printEvents.splice(0));
  }

  /**
   * Prints to PDF as the browser's print does (print media, the CSS page size; Chromium fires
   * beforeprint and afterprint around it, and the app renders its whole appendix) and returns
   * the PDF bytes; with `file`, writes them there too.
   */
  async pdf(file) {
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (file) await writeFile(file, pdf);
    return pdf;
  }

  /**
   * Puts a recorder in place of the browser's print dialog: each time the app opens it,
   * what the report holds then is noted (`dialogs()`): `{ rows, acceptanceAlone }`, the
   * appendix rows rendered and whether the report is in its "appendix alone" state.
   */
  async catchPrintDialog() {
    await this.page.evaluate((rowsSel) => {
      window.__printDialogs = [];
      window.print = () =>
        window.__printDialogs.push({
          rows: document.querySelectorAll(rowsSel).length,
          acceptanceAlone: document.querySelector('[data-testid=report]').classList.contains('print-acceptance-alone'),
        });
    }, APPENDIX_ROWS);
  }

  /** What the report held each time the print dialog opened (see `catchPrintDialog`). */
  async dialogs() {
    return this.page.evaluate(() => window.__printDialogs);
  }

  /** Clicks `testid` and waits until the (caught) print dialog opens once more. */
  async #openDialogWith(testid) {
    const before = (await this.dialogs()).length;
    await this.page.click(`[data-testid=${testid}]`);
    await this.page.waitForFunction((n) => window.__printDialogs.length > n, before);
  }

  /** Clicks "Xuất PDF" and waits for the print dialog (caught with `catchPrintDialog`). */
  async exportPdf() {
    await this.#openDialogWith('print');
  }

  /** Clicks "In riêng phụ lục này" and waits for the print dialog (caught with `catchPrintDialog`). */
  async printAcceptanceAlone() {
    await this.#openDialogWith('print-acceptance');
  }

  /** Waits until the report has left its "appendix alone" print state. */
  async waitAcceptanceAloneLeft() {
    await this.page.waitForFunction(() => !document.querySelector('.print-acceptance-alone'));
  }

  /** Prints (page.pdf) to `file` with the report in its "appendix alone" state, then leaves it. */
  async pdfAcceptanceAlone(file) {
    const alone = (on) =>
      this.page.evaluate((on) => document.querySelector('[data-testid=report]').classList.toggle('print-acceptance-alone', on), on);
    await alone(true);
    await this.pdf(file);
    await alone(false);
  }

  /** Clicks "Xem bản in" (or "Đóng bản in"): the print preview on or off. */
  async togglePreview() {
    await this.page.click('[data-testid=print-preview]');
  }

  /** How many appendix rows are in the DOM. */
  async appendixRows() {
    return this.page.locator(APPENDIX_ROWS).count();
  }

  /** Waits until at most `n` appendix rows are in the DOM (after printing: the screen's page again). */
  async waitAppendixRowsAtMost(n) {
    await this.page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length <= n, [APPENDIX_ROWS, n]);
  }

  /** Waits until exactly `n` appendix rows are in the DOM. */
  async waitAppendixRows(n) {
    await this.page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [APPENDIX_ROWS, n]);
  }

  /**
   * The tables of the document wider than the printed text width, as "key: width px", with the
   * print media and a viewport as wide as an A4 page's text (210 − 30 − 15 mm = 165 mm ≈ 623
   * CSS px; Chromium clips what passes the right margin). The screen is put back after.
   */
  async tablesWiderThanText() {
    await this.page.emulateMedia({ media: 'print' });
    await this.page.setViewportSize({ width: 623, height: 900 });
    const tooWide = await this.page.evaluate(() =>
      [...document.querySelectorAll('.document table')]
        .filter((t) => t.getBoundingClientRect().width > document.querySelector('.document').clientWidth + 0.5)
        .map((t) => `${t.dataset.table}: ${t.getBoundingClientRect().width}px`),
    );
    await this.page.setViewportSize({ width: 1280, height: 900 });
    // Back to no emulation: page.pdf prints with print media unless screen is emulated.
    await this.page.emulateMedia({ media: null });
    return tooWide;
  }

  /**
   * What the report shows that the PDF must contain (or must not), read from the DOM: the
   * national name and motto, the narrative's first paragraph, each chart with its heading and
   * its texts, the controls (labels of the toolbar, the filter bar, the appendix pager, the CSV
   * buttons, the narrative's hint) that are not also words of the document, and the appendix's
   * column heads.
   */
  async documentFacts() {
    return this.page.evaluate(() => {
      const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      const all = (sel) => [...document.querySelectorAll(sel)];
      // The chart blocks of sections.rs: a heading, then the figure with the SVG.
      const charts = all('.report-section .chart-block')
        .filter((b) => b.querySelector('figure svg'))
        .map((b) => ({
          heading: text(b.querySelector('h2, h3')),
          // What the chart writes: labels, values, legend (at least 3 characters).
          texts: [...new Set([...b.querySelectorAll('svg text')].map(text))].filter((t) => t.length >= 3),
        }));
      // The document's own words (tables, headings, charts, narrative): a filter label that is
      // also a column header ("Cơ quan báo chí") legitimately prints.
      const content = all('.document th, .document td, .document h2, .document h3, .document h4, .document svg text, .part-text, .doc-header .print-only, .as-of')
        .map(text)
        .join('\n');
      const controls = [
        ...all('.toolbar button, .toolbar label, .toolbar option'),
        ...all('.filter-bar .filter > span, .filter-bar button'),
        ...all('[data-testid=appendix-page], [data-testid=items-csv], .csv, .narrative .hint'),
      ]
        .map(text)
        .filter((t) => t.length >= 3 && !content.includes(t));
      return {
        narrative: text(document.querySelector('[data-testid=narrative] .part-text p')),
        nation: text(document.querySelector('.doc-header .nation')),
        motto: text(document.querySelector('.doc-header .motto')),
        charts,
        controls: [...new Set(controls)],
        appendixHead: all('[data-table=items] thead th').map(text),
      };
    });
  }
}
