// Page object of "Gợi ý nội dung" (issue 25, app/src/report/suggestions.rs): the panel that
// lists the untagged items with the themes their keywords suggest, the buttons that accept
// one, all, or all of one theme, and the one that removes the accepted themes; "Đã gắn bổ
// sung", the items tagged with a "Bỏ" each; the check of tagged items under it; the
// headline's "gắn bổ sung" figure. Waits are on what the app
// exposes: the panel's `data-accepted` (items the accepted themes add to), its
// `data-suggested`/`data-unmatched` once open, rows appearing.

const SEL = {
  panel: '[data-testid=suggestions]',
  toggle: '[data-testid=suggestions-toggle]',
  status: '[data-testid=suggestions-status]',
  row: '[data-testid=suggestion-row]',
  accept: '[data-testid=suggestion-accept]',
  accepted: '[data-testid=suggestion-accepted]',
  acceptAll: '[data-testid=suggestions-accept-all]',
  theme: '[data-testid=suggestions-theme]',
  acceptTheme: '[data-testid=suggestions-accept-theme]',
  clear: '[data-testid=suggestions-clear]',
  more: '[data-testid=suggestions-more]',
  check: '[data-testid=suggestions-check]',
  checkRow: '[data-testid=check-row]',
  addedFigure: '[data-testid=figure-added-tags]',
  added: '[data-testid=accepted-tags]',
  addedRow: '[data-testid=accepted-tag]',
  remove: '[data-testid=remove-tag]',
};

export class SuggestionsPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens the panel (from the keyboard: focus its toggle, press Enter) unless it is open. */
  async open() {
    await this.page.locator(SEL.panel).waitFor();
    if ((await this.page.getAttribute(SEL.toggle, 'aria-expanded')) !== 'true') {
      await this.page.focus(SEL.toggle);
      await this.page.keyboard.press('Enter');
    }
    await this.page.locator(SEL.status).waitFor();
  }

  /** `{ suggested, unmatched }`: untagged items with and without suggestions (panel open). */
  async counts() {
    const el = this.page.locator(SEL.panel);
    return {
      suggested: Number(await el.getAttribute('data-suggested')),
      unmatched: Number(await el.getAttribute('data-unmatched')),
    };
  }

  /** Items the accepted themes add to (the panel's `data-accepted`). */
  async accepted() {
    return Number(await this.page.getAttribute(SEL.panel, 'data-accepted'));
  }

  /** Waits until the accepted themes add to `n` items. */
  async waitAccepted(n, { timeout = 15_000 } = {}) {
    await this.page.waitForFunction(
      ([sel, n]) => Number(document.querySelector(sel)?.dataset.accepted) === n,
      [SEL.panel, n],
      { timeout },
    );
  }

  /** The rows shown: `[{ item, theme, cells, accepted }]`. */
  async rows() {
    return this.page.$$eval(SEL.row, (rows) =>
      rows.map((r) => ({
        item: r.dataset.item,
        theme: r.dataset.theme,
        cells: [...r.cells].map((c) => c.textContent.trim()),
        accepted: r.querySelector('[data-testid=suggestion-accepted]') !== null,
      })),
    );
  }

  /** Clicks "Xem thêm" until every item is listed; returns how many times it was clicked. */
  async showAll() {
    let clicks = 0;
    while ((await this.page.$(SEL.more)) !== null) {
      const before = await this.page.locator(SEL.row).count();
      await this.page.click(SEL.more);
      await this.page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length > n, [SEL.row, before]);
      clicks += 1;
    }
    return clicks;
  }

  /**
   * Accepts the suggestion of row `index` (among those shown) from the keyboard (its button
   * focused, Enter); its `{ item, theme }`.
   */
  async acceptRow(index) {
    const row = this.page.locator(SEL.row).nth(index);
    const picked = { item: await row.getAttribute('data-item'), theme: await row.getAttribute('data-theme') };
    await row.locator(SEL.accept).focus();
    await this.page.keyboard.press('Enter');
    await row.locator(SEL.accepted).waitFor();
    return picked;
  }

  /** Waits until the focus is on a button to accept (after one was accepted), and returns its row's item. */
  async waitFocusOnNextAccept() {
    await this.page.waitForFunction(() => document.activeElement?.dataset.testid === 'suggestion-accept');
    return this.page.evaluate(() => document.activeElement.closest('tr').dataset.item);
  }

  /** The themes of the per-theme choice: `[{ code, label }]`. */
  async themes() {
    return this.page.$$eval(`${SEL.theme} option`, (os) => os.map((o) => ({ code: o.value, label: o.textContent.trim() })));
  }

  /** Accepts every suggestion of the theme `code`. */
  async acceptTheme(code) {
    await this.page.selectOption(SEL.theme, code);
    await this.page.click(SEL.acceptTheme);
  }

  /** Clicks "Chấp nhận tất cả". */
  async acceptAll() {
    await this.page.click(SEL.acceptAll);
  }

  /** Clicks "Bỏ các chủ đề đã gắn bổ sung" and waits until nothing is accepted. */
  async clear() {
    await this.page.click(SEL.clear);
    await this.waitAccepted(0);
  }

  /**
   * The items of "Đã gắn bổ sung" shown: `[{ item, text, label }]` (`text`: "date – title:
   * themes added"; `label`: its "Bỏ" button's accessible name).
   */
  async addedRows() {
    return this.page.$$eval(SEL.addedRow, (rows) =>
      rows.map((r) => ({
        item: r.dataset.item,
        text: [...r.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
        label: r.querySelector('[data-testid=remove-tag]').getAttribute('aria-label'),
      })),
    );
  }

  /** The number of items "Đã gắn bổ sung" lists in all (`data-count`), 0 without the list. */
  async addedCount() {
    const el = await this.page.$(SEL.added);
    return el ? Number(await el.getAttribute('data-count')) : 0;
  }

  /**
   * Removes the themes added to the item `index` of "Đã gắn bổ sung" from the keyboard (its
   * "Bỏ" focused, Enter) and waits until it is gone; its item id.
   */
  async removeRow(index) {
    const row = this.page.locator(SEL.addedRow).nth(index);
    const item = await row.getAttribute('data-item');
    const before = await this.accepted();
    await row.locator(SEL.remove).focus();
    await this.page.keyboard.press('Enter');
    await this.waitAccepted(before - 1);
    await this.page.locator(`${SEL.addedRow}[data-item="${item}"]`).waitFor({ state: 'detached' });
    return item;
  }

  /** Waits until the focus is on a "Bỏ" button, and returns its item. */
  async waitFocusOnRemove() {
    await this.page.waitForFunction(() => document.activeElement?.dataset.testid === 'remove-tag');
    return this.page.evaluate(() => document.activeElement.closest('[data-testid=accepted-tag]').dataset.item);
  }

  /** Opens the check of tagged items ("Cần kiểm tra", a disclosure) and waits for its rows. */
  async openCheck() {
    await this.page.click(`${SEL.check} summary`);
    await this.page.locator(SEL.checkRow).first().waitFor();
  }

  /** The number of tagged items the check lists (`data-flagged`), 0 without the check. */
  async flagged() {
    const el = await this.page.$(SEL.check);
    return el ? Number(await el.getAttribute('data-flagged')) : 0;
  }

  /** The headline's "gắn bổ sung" figure as a number, or null when it is not shown. */
  async addedFigure() {
    const el = await this.page.$(`${SEL.addedFigure} .value`);
    return el ? Number((await el.textContent()).trim().replace(/\./g, '')) : null;
  }

  /** Takes a screenshot of the panel into `file`. */
  async screenshot(file) {
    await this.page.locator(SEL.panel).screenshot({ path: file });
  }
}
