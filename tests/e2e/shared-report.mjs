// Page object of a shared report ("Lưu báo cáo để gửi", app/src/share): the line atop it
// (`shared-line`), and what a read-only page must not offer (load controls, editing).

/** The controls that load, replace, clear or save data: none is on a shared report. */
export const LOAD_CONTROLS = [
  'file-input', 'load-mode', 'load-sample', 'clear-data', 'toolbar-template', 'save-json',
  'export-share', 'welcome-sample', 'download-template', 'choose-reading', 'baseline-input',
  'suggestions',
];

export class SharedReport {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** "Báo cáo do … lập ngày …; dữ liệu chỉ đọc." */
  async line() {
    return (await this.page.textContent('[data-testid=shared-line]'))?.trim();
  }

  /** The testids of `LOAD_CONTROLS` the page has. */
  async loadControls() {
    const present = [];
    for (const id of LOAD_CONTROLS) {
      if ((await this.page.locator(`[data-testid=${id}]`).count()) > 0) present.push(id);
    }
    return present;
  }

  /** How many text boxes, inputs other than the filters' and selects of the document a person could type in. */
  async visibleEditors() {
    return this.page.evaluate(() => [...document.querySelectorAll('.document textarea, .document input')]
      .filter((e) => e.offsetParent !== null).length);
  }

  /** The names of the IndexedDB databases of the page's origin. */
  async databases() {
    return this.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  }
}
