// Page object of the analysis parts (issue 24): the tone-by-month section (chart and table),
// the part "Thông tin tiêu cực cần theo dõi, xử lý" (the flagged months and their negative
// items), the money tables, and the "Năm trước để so sánh" control (app/src/load/baseline.rs).
// Waits are on what the app exposes: the alerts part's `data-alerts`, the control's status or
// refusal appearing, the columns appearing in a table.

const SEL = {
  toneMonths: '[data-section="tone-months"]',
  toneMonthsChart: '[data-section="tone-months"] figure.chart svg',
  alerts: '[data-testid=alerts]',
  alertMonth: '[data-testid=alert-month]',
  baseline: '[data-testid=baseline]',
  baselineInput: '[data-testid=baseline-input]',
  baselineStatus: '[data-testid=baseline-status]',
  baselineError: '[data-testid=baseline-error]',
  baselineRemove: '[data-testid=baseline-remove]',
};

export class AnalysisPart {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The accessible title of the tone-by-month chart (its `aria-label`), or null. */
  async toneChartTitle() {
    const svg = await this.page.$(SEL.toneMonthsChart);
    return svg ? svg.getAttribute('aria-label') : null;
  }

  /** How many months the alerts part lists (its `data-alerts`). */
  async alertCount() {
    return Number(await this.page.getAttribute(SEL.alerts, 'data-alerts'));
  }

  /** Waits until the alerts part lists `n` months (`same` false: any number but `n`). */
  async waitAlerts(n, same = true) {
    await this.page.waitForFunction(
      ([sel, n, same]) => {
        const el = document.querySelector(sel);
        return el !== null && (Number(el.dataset.alerts) === n) === same;
      },
      [SEL.alerts, n, same],
    );
  }

  /**
   * The flagged months as listed: `[{ month, heading, rows: [[cells…]], links: [href…] }]`,
   * the links being the clickable ones among the items' titles.
   */
  async alertMonths() {
    return this.page.$$eval(SEL.alertMonth, (months) =>
      months.map((m) => ({
        month: m.dataset.month,
        heading: m.querySelector('h4').textContent.trim(),
        rows: [...m.querySelectorAll('tbody tr')].map((r) => [...r.cells].map((c) => c.textContent.trim())),
        links: [...m.querySelectorAll('tbody a')].map((a) => a.getAttribute('href')),
      })),
    );
  }

  /** Chooses last year's files (paths) in the "Năm trước để so sánh" control. */
  async chooseBaseline(paths) {
    await this.page.setInputFiles(SEL.baselineInput, paths);
  }

  /** Waits for the control to say what is compared with, and returns it. */
  async baselineStatus() {
    const el = this.page.locator(SEL.baselineStatus);
    await el.waitFor();
    return (await el.textContent()).trim();
  }

  /** Waits for the control to say why the files cannot be compared, and returns it. */
  async baselineError() {
    const el = this.page.locator(SEL.baselineError);
    await el.waitFor();
    return (await el.textContent()).trim();
  }

  /** Clicks "Bỏ so sánh" and waits until the control says nothing more. */
  async removeBaseline() {
    await this.page.click(SEL.baselineRemove);
    await this.page.locator(SEL.baselineRemove).waitFor({ state: 'detached' });
  }

  /** Waits until the table `key` has (or, with `present` false, has not) the column `title`. */
  async waitColumn(key, title, present = true) {
    await this.page.waitForFunction(
      ([key, title, present]) => {
        const heads = [...document.querySelectorAll(`[data-table="${key}"] thead th`)].map((th) => th.textContent.trim());
        return heads.includes(title) === present;
      },
      [key, title, present],
    );
  }
}
