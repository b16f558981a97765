// Page object of the filter bar (app/src/report/filters.rs): the choices (theme, outlet, level,
// contract, format, tone), the date range typed dd/mm/yyyy, the title search, "clear filters",
// and the active filters in words under the title.

/** The `<select>` of a choice: `theme`, `outlet`, `level`, `contract`, `format` or `tone`. */
const choice = (name) => `[data-testid=filter-${name}]`;
/** The date box `from` or `to`. */
const dateBox = (end) => `[data-testid=filter-${end}]`;
const SEARCH = '[data-testid=filter-title]';

export class FilterBar {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Picks the option whose value is `value` in the choice `name`. */
  async choose(name, value) {
    await this.page.selectOption(choice(name), String(value));
  }

  /** The value of the option of choice `name` whose label starts with `prefix` and a space, or undefined. */
  async optionValue(name, prefix) {
    return this.page.$eval(
      choice(name),
      (sel, prefix) => [...sel.options].find((o) => o.textContent.trim().startsWith(prefix + ' '))?.value,
      prefix,
    );
  }

  /** How many options the choice `name` offers (its "all" included). */
  async optionCount(name) {
    return this.page.locator(`${choice(name)} option`).count();
  }

  /** Types `text` in the date box `end` (`from` or `to`) and leaves it, as a person does. */
  async typeDate(end, text) {
    await this.page.fill(dateBox(end), text);
    await this.page.press(dateBox(end), 'Tab');
  }

  /** The date box `end` as shown. */
  async date(end) {
    return this.page.inputValue(dateBox(end));
  }

  /** Whether the date box `end` is marked invalid (`aria-invalid`): "true" or "false". */
  async dateInvalid(end) {
    return this.page.getAttribute(dateBox(end), 'aria-invalid');
  }

  /** Clicks "clear filters". */
  async clear() {
    await this.page.click('[data-testid=clear-filters]');
  }

  /** The active filters in words, under the title. */
  async activeFilters() {
    return (await this.page.textContent('[data-testid=active-filters]'))?.trim();
  }

  /** Puts `query` in the title search at once (as a paste does; '' empties it). */
  async search(query) {
    await this.page.fill(SEARCH, query);
  }

  /** Clicks into the title search (its focus starts the folding of the titles). */
  async focusSearch() {
    await this.page.focus(SEARCH);
  }

  /** Types `text` in the title search letter by letter, as a person does. */
  async typeSearch(text) {
    await this.focusSearch();
    await this.page.keyboard.type(text);
  }

  /** What the title search holds. */
  async searchText() {
    return this.page.inputValue(SEARCH);
  }

  /** Whether the title search has the keyboard focus. */
  async searchFocused() {
    return this.page.evaluate(() => document.activeElement?.dataset.testid === 'filter-title');
  }
}
