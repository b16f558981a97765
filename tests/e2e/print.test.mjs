// Print and PDF (hosted build): "Xuất PDF" opens the print dialog on the full document, and the
// document Chromium prints (page.pdf with the CSS page size) is what Decree 30/2020/NĐ-CP asks
// for, checked with poppler: A4 pages, the national motto, theme names and the narrative in
// NFC, the page number at the top of page 2, the bundled Tinos font, the appendix complete with
// its header row on every page, no control printed, no chart heading without its chart.
// Pages are also rendered to PNG (test-results/pdf-*) for people to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = path.resolve('test-results');
let server;
let browser;

before(async () => {
  await mkdir(OUT, { recursive: true });
  server = await serveDir(DIST_DIR);
});

after(async () => {
  await server?.close();
});

// Each test gets a fresh browser profile: the app keeps loaded files in IndexedDB, and
// files chosen later are added to them.
beforeEach(async () => {
  browser = await launch();
});

afterEach(async () => {
  await browser?.close();
});

/** An appendix row's first line: its number ("1.234") then its date (dd/mm/yyyy). */
const ROW_RE = () => /^\s*(\d{1,3}(?:\.\d{3})*)\s+\d{2}\/\d{2}\/\d{4}\s/gm;
const range = (n) => Array.from({ length: n }, (_, i) => i + 1);
/** The row numbers of the appendix on `pages`, in print order. */
const appendixNumbers = (pages) =>
  pages.flatMap((p) => [...p.matchAll(ROW_RE())].map((m) => Number(m[1].replace(/\./g, ''))));
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const poppler = (tool, args) => execFileSync(tool, args, { maxBuffer: 256 << 20 }).toString('utf8');

/** Text of each page of `pdf` (`pdftotext -layout`, split at form feeds). */
function pagesOf(pdf) {
  const pages = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return pages;
}

async function ready(page, items) {
  await page.waitForFunction(
    (n) => {
      const r = document.querySelector('[data-testid=report]');
      return r?.dataset.ready === 'true' && (n === undefined || r.dataset.items === String(n));
    },
    items,
    { timeout: 60_000 },
  );
}

/**
 * Prints the current report to `file` the way the browser prints: `beforeprint` (the app then
 * renders the whole appendix), print media, the PDF with the CSS page size, `afterprint`.
 */
async function printToPdf(page, file) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(file, pdf);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}

/** What the report shows that the PDF must contain, read from the DOM. */
async function documentFacts(page) {
  return page.evaluate(() => {
    const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const blocks = [...document.querySelectorAll('.report-section .chart-block')].filter((b) => b.querySelector('svg'));
    const sections = blocks.map((b) => ({
      heading: text(b.querySelector('h2')),
      // Longer texts drawn in the chart (labels, legend), to find the chart on the page.
      chartTexts: [...b.querySelectorAll('svg text')].map(text).filter((t) => t.length >= 4).slice(0, 6),
    }));
    const appendixHead = [...document.querySelectorAll('table.items thead th')].map(text);
    return {
      narrative: text(document.querySelector('.narrative-text p')),
      sections,
      appendixHead,
      appendixRows: document.querySelectorAll('table.items tbody tr').length,
    };
  });
}

test('"Xuất PDF" renders the whole appendix, then opens the print dialog', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  await page.addInitScript(() => {
    window.__printCalls = [];
    window.print = () => window.__printCalls.push(document.querySelectorAll('table.items tbody tr').length);
  });
  await page.goto(server.url, { waitUntil: 'load' });
  await ready(page);
  await page.click('[data-testid=load-sample]');
  await ready(page, 1500);
  assert.ok((await page.$$('table.items tbody tr')).length <= 50, 'the screen shows a page of the appendix');
  await page.click('[data-testid=print]');
  await page.waitForFunction(() => window.__printCalls.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__printCalls), [1500], 'rows rendered when the dialog opened');
  await page.waitForFunction(() => document.querySelectorAll('table.items tbody tr').length <= 50);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the sample report prints as an A4 document in the administrative style', { timeout: 180_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  await page.goto(server.url, { waitUntil: 'load' });
  await ready(page);
  await page.click('[data-testid=load-sample]');
  await ready(page, 1500);
  const file = path.join(OUT, 'sample-report.pdf');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('table.items tbody tr').length === 1500);
  const facts = await documentFacts(page);
  // Every table fits the text width of an A4 page (210 − 30 − 15 mm = 165 mm ≈ 623 CSS px):
  // Chromium clips what passes the right margin.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 623, height: 900 });
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll('.document table')]
      .filter((t) => t.getBoundingClientRect().width > document.querySelector('.document').clientWidth + 0.5)
      .map((t) => `${t.dataset.table}: ${t.getBoundingClientRect().width}px`),
  );
  assert.deepEqual(tooWide, [], 'tables wider than the printed text');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'screen' });
  await printToPdf(page, file);

  const info = poppler('pdfinfo', ['-f', '1', '-l', '9999', file]);
  const count = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  assert.ok(count > 1, 'more than one page');
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.equal(sizes.length, count);
  for (const [w, h] of sizes) {
    assert.ok(Math.abs(w - 595.28) < 1 && Math.abs(h - 841.89) < 1, `A4 portrait, got ${w} x ${h}`);
  }

  const pages = pagesOf(file);
  assert.equal(pages.length, count);
  const all = pages.join('\n');
  assert.equal(all, all.normalize('NFC'), 'the PDF text is NFC');
  const flat = squash(all);
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Nơi nhận']) {
    assert.ok(flat.includes(s), `the PDF says "${s}"`);
  }
  // The first sentence of the narrative, exactly as the page shows it.
  const sentence = facts.narrative.split(/(?<=\.) /)[0];
  assert.ok(sentence.length > 20, 'a narrative sentence');
  assert.ok(flat.includes(sentence), `the narrative sentence "${sentence}"`);
  // The sample's top-level theme names (crates/sample: the five areas and the anniversaries).
  const sample = JSON.parse(
    execFileSync('cargo', ['run', '-q', '-p', 'phusong-cli', '--', 'sample', '--items', '1500', '--seed', '2025'], {
      cwd: ROOT,
      maxBuffer: 64 << 20,
    }).toString('utf8'),
  );
  const topThemes = sample.plan.themes.filter((t) => !t.parent).map((t) => t.name);
  assert.ok(topThemes.length >= 5);
  for (const name of topThemes) assert.ok(flat.includes(squash(name)), `theme "${name}" in the PDF`);

  // Page numbers: none on page 1, "2" alone at the top of page 2.
  const firstLine = (p) => p.split('\n').find((l) => l.trim() !== '')?.trim();
  assert.equal(firstLine(pages[1]), '2', 'page number at the top of page 2');
  assert.notEqual(firstLine(pages[0]), '1', 'no page number on page 1');
  assert.equal(firstLine(pages[count - 1]), String(count), 'page number on the last page');

  // The bundled font, embedded.
  const fonts = poppler('pdffonts', [file]);
  assert.match(fonts, /Tinos/, 'Tinos embedded');

  // No controls print.
  for (const control of ['Dùng dữ liệu mẫu', 'Xuất PDF', 'Xóa dữ liệu', 'Xem trước khi in']) {
    assert.ok(!flat.includes(control), `control "${control}" printed`);
  }

  // The appendix prints whole (rows numbered 1 to 1.500) with its header row on each of its pages.
  assert.deepEqual(appendixNumbers(pages), range(1500), 'every row of the appendix printed');
  const appendixPages = pages.filter((p) => ROW_RE().test(p));
  assert.ok(appendixPages.length > 10);
  // Header cells wrap over lines in narrow columns: look for the one-word ones ("STT", "Ngày").
  const words = facts.appendixHead.filter((h) => h && !h.includes(' '));
  assert.ok(words.length >= 2, `one-word header cells in ${JSON.stringify(facts.appendixHead)}`);
  for (const [i, p] of appendixPages.entries()) {
    for (const w of words) assert.ok(p.includes(w), `appendix page ${i + 1}: header "${w}" repeated`);
  }

  // Never a chart's heading without its chart: the page with the heading holds the chart's texts.
  assert.ok(facts.sections.length >= 6, 'six chart sections');
  for (const { heading, chartTexts } of facts.sections) {
    const at = pages.findIndex((p) => p.split('\n').some((l) => squash(l) === heading));
    assert.ok(at >= 0, `heading "${heading}" printed`);
    assert.ok(chartTexts.length > 0, `chart under "${heading}" has text`);
    const onPage = squash(pages[at]);
    assert.ok(
      chartTexts.some((t) => onPage.includes(t)),
      `chart of "${heading}" is on the page of its heading (page ${at + 1})`,
    );
  }

  // Pages to look at.
  poppler('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '6', file, path.join(OUT, 'pdf-sample')]);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a dataset of 30 contracts and 1,000 items prints with every contract', { timeout: 180_000 }, async () => {
  const data = JSON.parse(
    execFileSync('cargo', ['run', '-q', '-p', 'phusong-cli', '--', 'sample', '--items', '1000', '--seed', '7'], {
      cwd: ROOT,
      maxBuffer: 64 << 20,
    }).toString('utf8'),
  );
  // The generator makes 12 contracts; add 18 more (whole-year terms) over the outlets, each
  // with some of that outlet's uncontracted items.
  const year = data.plan.period.start.slice(0, 4);
  for (let k = 0; data.contracts.length < 30; k++) {
    const outlet = data.outlets[k % data.outlets.length].id;
    const id = `${String(data.contracts.length + 1).padStart(2, '0')}/${year}/HĐ-BTG`;
    data.contracts.push({
      id,
      outlet,
      title: `Hợp đồng tuyên truyền bổ sung số ${k + 1}`,
      signed: `${year}-01-02`,
      start: `${year}-01-05`,
      end: `${year}-12-31`,
      value_vnd: 50_000_000 + k * 5_000_000,
      deliverables: [{ format: 'online_article', quantity: 10 + k }],
    });
    const free = data.coverage.filter((i) => i.outlet === outlet && !i.contract && i.date >= `${year}-01-05`);
    for (const item of free.slice(0, 4 + (k % 9))) item.contract = id;
  }
  assert.equal(data.contracts.length, 30);

  const { page, log } = await monitoredPage(browser.context);
  await page.goto(server.url, { waitUntil: 'load' });
  await ready(page);
  await page.setInputFiles('[data-testid=file-input]', {
    name: 'ke-hoach-30-hop-dong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await ready(page, 1000);
  const file = path.join(OUT, 'contracts-30.pdf');
  await printToPdf(page, file);
  const pages = pagesOf(file);
  const flat = squash(pages.join('\n'));
  for (const c of data.contracts) assert.ok(flat.includes(c.id), `contract ${c.id} printed`);
  assert.deepEqual(appendixNumbers(pages), range(1000), 'every row of the appendix printed');
  poppler('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '8', file, path.join(OUT, 'pdf-30-contracts')]);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
