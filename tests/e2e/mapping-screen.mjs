// Page object of the mapping screen (app/src/load/mapping.rs, mapping_values.rs): opened
// from "Cách đọc tệp" with "Chọn cách đọc…" by a sheet; the section, the header row, the
// field of each column, the values that matched nothing; apply, forget, close.

const SCREEN = '[data-testid=mapping]';

export class MappingScreen {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.screen = page.locator(SCREEN);
  }

  /** Clicks "Chọn cách đọc…" by sheet `sheet` in the problems panel and waits for the screen. */
  async openFor(sheet) {
    await this.page.locator(`[data-testid=choose-reading][data-sheet="${sheet}"]`).click();
    await this.screen.waitFor();
  }

  /** The screen's heading. */
  async heading() {
    return (await this.screen.locator('h3').textContent()).trim();
  }

  /** The section chosen (`coverage`, `contracts`, …). */
  async section() {
    return this.screen.locator('[data-testid=mapping-section]').inputValue();
  }

  /** The header row chosen (its number). */
  async headerRow() {
    return Number(await this.screen.locator('[data-testid=mapping-header-row]').inputValue());
  }

  /** Each column: `{ letter, header, sample, field }` (field '' when skipped). */
  async columns() {
    return this.screen.locator('table.mapping-columns tbody tr').evaluateAll((rows) =>
      rows.map((tr) => ({
        letter: tr.cells[0].textContent.trim(),
        header: tr.cells[1].textContent.trim(),
        sample: tr.cells[2].textContent.trim(),
        field: tr.querySelector('select').value,
      })),
    );
  }

  /** Chooses, with the keyboard as a person may, the field of the column `letter`. */
  async mapColumn(letter, field) {
    await this.screen.locator(`[data-testid=mapping-field][data-column="${letter}"]`).selectOption(field);
  }

  /** "Còn thiếu cột cho …", or '' when nothing is missing. */
  async missing() {
    const line = this.screen.locator('[data-testid=mapping-missing]');
    return (await line.count()) ? (await line.textContent()).trim() : '';
  }

  /** Whether "Đọc theo cách này" can be clicked. */
  async canApply() {
    return this.screen.locator('[data-testid=mapping-apply]').isEnabled();
  }

  /** The values that matched nothing: `{ field, from, text }`. */
  async unmatched() {
    return this.screen.locator('[data-testid=mapping-value]').evaluateAll((selects) =>
      selects.map((s) => ({
        field: s.dataset.field,
        from: s.dataset.from,
        text: s.closest('tr').cells[1].textContent.trim(),
      })),
    );
  }

  /** Waits until the screen lists values that matched nothing. */
  async waitUnmatched({ timeout = 30_000 } = {}) {
    await this.screen.locator('[data-testid=mapping-value]').first().waitFor({ timeout });
  }

  /** Maps the value `from` of field `field` to `to` (a label's value or a record's id). */
  async mapValue(field, from, to) {
    await this.screen.locator(`[data-testid=mapping-value][data-field="${field}"][data-from="${from}"]`).selectOption(to);
  }

  /** Clicks "Đọc theo cách này". */
  async apply() {
    await this.screen.locator('[data-testid=mapping-apply]').click();
  }

  /** Whether the screen says the sheet is read the way the user chose. */
  async isRemembered() {
    return (await this.screen.locator('[data-testid=mapping-remembered]').count()) > 0;
  }

  /** Clicks "Bỏ cách đọc đã nhớ". */
  async forget() {
    await this.screen.locator('[data-testid=mapping-forget]').click();
  }

  /** Clicks "Đóng" and waits until the screen is gone. */
  async close() {
    await this.screen.locator('[data-testid=mapping-close]').click();
    await this.screen.waitFor({ state: 'detached' });
  }
}
