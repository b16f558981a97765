// Page object of the problems panel (app/src/load/problems.rs): the counts of refused files,
// quarantined records and warnings in its summary line, and the messages below it.

const PANEL = '[data-testid=problems]';

/** The figure of a count span ("1.234" → 1234). */
const count = (text) => Number(text.trim().replace(/\./g, ''));

export class ProblemsPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.panel = page.locator(PANEL);
  }

  /** Whether the panel is on the page (it shows once something is loaded). */
  async isShown() {
    return (await this.panel.count()) > 0;
  }

  /** Waits until the panel shows (once something is loaded, or refused). */
  async waitShown({ timeout = 60_000 } = {}) {
    await this.panel.waitFor({ state: 'attached', timeout });
  }

  /** How many files were refused. */
  async refusedCount() {
    return count(await this.page.textContent('[data-testid=refused-count]'));
  }

  /** How many records were left out (quarantined). */
  async quarantinedCount() {
    return count(await this.page.textContent('[data-testid=quarantined-count]'));
  }

  /** Everything the panel says (its summary line and its messages). */
  async text() {
    return (await this.panel.textContent()).trim();
  }

  /** Waits until the panel says `text` (a string, found as a substring, or a RegExp). */
  async waitFor(text, { timeout = 30_000 } = {}) {
    await this.panel.getByText(text).first().waitFor({ timeout });
  }

  /** Whether the panel is open (its `<details>` shows the messages). */
  async isOpen() {
    return this.panel.evaluate((d) => d.open);
  }

  /** "Cách đọc tệp": for each spreadsheet loaded, its name and the lines saying how it was read. */
  async readings() {
    return this.panel.locator('[data-testid=reading]').evaluateAll((items) =>
      items.map((li) => ({
        file: li.querySelector('strong').textContent.trim(),
        // Each line's words, without its "Chọn cách đọc…" button.
        lines: [...li.querySelectorAll('li')].map((l) => {
          const words = l.cloneNode(true);
          for (const b of words.querySelectorAll('button')) b.remove();
          return words.textContent.trim();
        }),
      })),
    );
  }

  /** The headlines of the groups of problems ("19 bản ghi: …"), in order. */
  async groups() {
    return this.panel
      .locator('[data-testid=problem-group] > details > summary')
      .evaluateAll((s) => s.map((x) => x.textContent.trim()));
  }

  /** Opens the group whose headline says `text` (a click on it) and returns its lines. */
  async openGroup(text) {
    const group = this.panel.locator('[data-testid=problem-group]', { hasText: text }).first();
    await group.locator('summary').click();
    const lines = group.locator('ul > li');
    await lines.first().waitFor();
    return (await lines.allTextContents()).map((l) => l.trim());
  }

  /** Opens the panel, as a person does with a click on its summary line, unless it is open. */
  async open() {
    if (!(await this.isOpen())) await this.panel.locator(':scope > summary').click();
    await this.page.waitForFunction((sel) => document.querySelector(sel)?.open, PANEL);
  }
}
