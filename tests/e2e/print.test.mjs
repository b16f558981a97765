// Print and PDF (hosted build): "Xuất PDF" renders the whole appendix before it opens the print
// dialog, and what Chromium prints (page.pdf with the CSS page size, which fires beforeprint and
// afterprint like Ctrl+P) is the document Decree 30/2020/NĐ-CP asks for, checked with poppler:
// A4 pages, national name and motto (with its hyphens), every top-level theme and a narrative
// sentence exactly as on screen, all in NFC; no number on page 1, the number centred in the top
// margin from page 2; the bundled Tinos embedded; the appendix complete with its header row on
// each page; no chart heading on a page without its chart; no control or filter label printed.
// A 1,000-item dataset with 30 contracts prints every contract and every row. A dataset in NFD
// (conformance case 02) prints as NFC, every character in the bundled Tinos. Pages are also rendered
// to PNG (test-results/pdf-*) for people to look at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { mm, notA4, pdfFonts, pdfPages, pdfText, pdfWords, poppler, squash } from './pdf.mjs';
import { generateSample, ReportPage } from './report-page.mjs';
import { DIST_DIR, serveDir } from './server.mjs';
import { readdirSync } from 'node:fs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = new URL('test-results/', import.meta.url).pathname;
/** Margins of the print CSS (and of Decree 30): top 20 mm, right 15 mm, left 30 mm. */
const MARGIN = { top: mm(20), left: mm(30), right: mm(15) };
let server;
let browser;
let sample;


before(async () => {
  await mkdir(OUT, { recursive: true });
  server = await serveDir(DIST_DIR);
  sample = generateSample(1500, 2025);
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
const firstLine = (p) => p.split('\n').find((l) => l.trim() !== '')?.trim();

/** Whether the bundled Tinos (the unicode-range of public/fonts.css) has a code point. */
function tinosCoverage() {
  const css = readFileSync(path.join(ROOT, 'public/fonts.css'), 'utf8');
  const ranges = [...css.matchAll(/unicode-range:([^;]+);/g)]
    .flatMap((m) => m[1].split(','))
    .map((r) => r.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16)))
    .map(([a, b]) => [a, b ?? a]);
  assert.ok(ranges.length > 10, 'unicode ranges read from fonts.css');
  return (cp) => ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** The app opened on a monitored page that records the print events with the appendix rows present at each. */
async function printablePage() {
  const { page, log } = await monitoredPage(browser.context);
  const report = new ReportPage(page, server.url);
  // Registered before the app's listeners: `beforeprint` sees the screen's rows, and a
  // `requestAnimationFrame`-free read at `afterprint` sees what was printed.
  await report.printing.recordPrintEvents();
  await report.openReady();
  return { page, log, report };
}

/**
 * Prints the page as Chromium's print does (page.pdf: print media, the CSS page size,
 * `beforeprint` then `afterprint`; the app renders its whole appendix in between) to `file`;
 * returns the print events.
 */
async function printToPdf(report, file) {
  await report.printing.pdf(file);
  return report.printing.printEvents();
}

test('"Xuất PDF" renders the whole appendix, then opens the print dialog', { timeout: 60_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  // The browser's print dialog is replaced by a recorder of what the report held when it opened.
  await report.printing.catchPrintDialog();
  await report.loadSample();
  assert.ok((await report.appendix.rowCount()) <= 50, 'the screen shows a page of the appendix');
  await report.printing.exportPdf();
  assert.deepEqual((await report.printing.dialogs()).map((d) => d.rows), [1500], 'rows rendered when the dialog opened');
  await report.printing.waitAppendixRowsAtMost(50);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the sample report prints as an A4 document in the administrative style', { timeout: 90_000 }, async (t) => {
  const { page, log, report } = await printablePage();
  await report.loadSample();
  const facts = await report.printing.documentFacts();

  // The motto as Decree 30 writes it: hyphen-minus between the phrases, spaces around them.
  assert.equal(facts.nation, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(facts.motto, 'Độc lập - Tự do - Hạnh phúc');
  // Every table fits the text width of an A4 page (210 − 30 − 15 mm = 165 mm ≈ 623 CSS px):
  // Chromium clips what passes the right margin.
  assert.deepEqual(await report.printing.tablesWiderThanText(), [], 'tables wider than the printed text');

  const file = path.join(OUT, 'sample-report.pdf');
  const events = await printToPdf(report, file);
  // Chromium fired beforeprint (the screen had one page of the appendix) and, when the PDF
  // was done, afterprint with every row still there: the app printed its whole appendix.
  assert.deepEqual(events, [['beforeprint', 50], ['afterprint', 1500]], 'print events and rows');
  await report.printing.waitAppendixRows(50);

  const { pages: count, sizes } = pdfPages(file);
  assert.ok(count > 1, 'more than one page');
  assert.equal(sizes.length, count);
  assert.deepEqual(notA4(sizes), [], 'pages that are not A4 portrait');
  t.diagnostic(`sample PDF: ${count} pages`);

  const pages = pdfText(file, { layout: true });
  assert.equal(pages.length, count);
  const all = pages.join('\n');
  // Nothing normalised: poppler's text is compared as it comes.
  assert.ok(all === all.normalize('NFC'), 'the PDF text is NFC');
  const flat = squash(all);
  const page1 = pages[0].split('\n').map((l) => l.trim());
  assert.ok(page1.some((l) => l.endsWith(facts.nation)), 'the national name on page 1');
  assert.ok(page1.some((l) => l.endsWith(facts.motto)), 'the motto on page 1, with its hyphens');
  for (const s of ['BÁO CÁO', 'Nơi nhận', 'GIÁM ĐỐC']) assert.ok(flat.includes(s), `the PDF says "${s}"`);

  // A sentence of the narrative, exactly as the page shows it (NFC, as typed by the app).
  const sentence = facts.narrative.split(/(?<=\.) /)[0];
  assert.ok(sentence.length > 40, `a narrative sentence: ${sentence}`);
  assert.ok(sentence === sentence.normalize('NFC'), 'the narrative is NFC');
  assert.ok(flat.includes(sentence), `the narrative sentence "${sentence}"`);
  // The sample's top-level theme names (the generator's own plan, not the page).
  const topThemes = sample.plan.themes.filter((th) => !th.parent).map((th) => th.name);
  assert.ok(topThemes.length >= 5);
  for (const name of topThemes) {
    assert.ok(name === name.normalize('NFC'));
    assert.ok(flat.includes(squash(name)), `theme "${name}" in the PDF`);
  }

  // Page numbers: none on page 1; from page 2 the number alone, first, centred over the text
  // width (30 mm to 15 mm from the edges) in the top margin.
  assert.equal(firstLine(pages[1]), '2', 'page 2 starts with its number');
  assert.equal(firstLine(pages[count - 1]), String(count), 'the last page starts with its number');
  const inTopMargin = (n) => pdfWords(file, n).filter((w) => w.yMax < MARGIN.top);
  assert.deepEqual(inTopMargin(1), [], 'nothing in the top margin of page 1');
  for (const n of [2, 3, count]) {
    const words = inTopMargin(n);
    assert.deepEqual(words.map((w) => w.text), [String(n)], `page ${n}: its number alone in the top margin`);
    const centre = (words[0].xMin + words[0].xMax) / 2;
    const textCentre = (MARGIN.left + (sizes[n - 1][0] - MARGIN.right)) / 2;
    assert.ok(Math.abs(centre - textCentre) < 2, `page ${n}: number at x = ${centre}, text centre ${textCentre}`);
  }

  // The bundled font, embedded, in its three faces.
  const fonts = pdfFonts(file);
  assert.ok(fonts.every((f) => f.embedded), 'every font embedded');
  for (const face of ['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic']) {
    assert.ok(fonts.some((f) => f.name === face), `${face} embedded, got ${fonts.map((f) => f.name)}`);
  }
  // Every character of the document is in the bundled Tinos subsets (public/fonts.css), and no
  // page uses another font (no system fallback, so every machine prints the same).
  const covered = tinosCoverage();
  const uncovered = [...new Set(all.replace(/\s/g, ''))].filter((c) => !covered(c.codePointAt(0)));
  assert.deepEqual(uncovered, [], 'characters outside the Tinos subsets');
  const otherFontPages = range(count).filter((n) => pdfFonts(file, n).some((f) => !f.name.startsWith('Tinos')));
  assert.deepEqual(otherFontPages, [], 'pages printed with a font other than Tinos');

  // No control prints: the toolbar, the filter bar, the appendix pager, the CSV buttons. A label
  // that is also words of some item's title ("Từ ngày 1/7, …") is looked for on page 1 only,
  // where the toolbar and the filter bar (above the document) would print.
  assert.ok(facts.controls.includes('Dùng dữ liệu mẫu') && facts.controls.includes('Từ ngày'), `controls read: ${facts.controls}`);
  const titles = sample.coverage.map((i) => i.title).join('\n');
  for (const control of facts.controls) {
    const scope = titles.includes(control) ? squash(pages[0]) : flat;
    assert.ok(!scope.includes(squash(control)), `control "${control}" printed`);
  }

  // The appendix prints whole (rows numbered 1 to 1.500, the sample's last item included)
  // with its header row on each of its pages.
  assert.deepEqual(appendixNumbers(pages), range(1500), 'every row of the appendix printed');
  const appendixPages = pages.filter((p) => ROW_RE().test(p));
  assert.ok(appendixPages.length > 10);
  // Header cells wrap over lines in narrow columns: look for the one-word ones ("STT", "Ngày").
  const words = facts.appendixHead.filter((h) => h && !h.includes(' '));
  assert.ok(words.length >= 2, `one-word header cells in ${JSON.stringify(facts.appendixHead)}`);
  for (const [i, p] of appendixPages.entries()) {
    for (const w of words) assert.ok(p.includes(w), `appendix page ${i + 1}: header "${w}" repeated`);
  }

  // Never a chart's heading without its chart: on the page of the heading, below it, is every
  // text the chart draws (the chart is vector art, and its labels, values and legend are text
  // in the PDF). Checked on text, not pixels: a heading at the foot of a page whose chart went
  // to the next page fails, and so does a chart cut by a page break.
  assert.ok(facts.charts.length >= 6, 'six chart sections');
  for (const { heading, texts } of facts.charts) {
    const at = pages.findIndex((p) => p.split('\n').some((l) => squash(l) === heading));
    assert.ok(at >= 0, `heading "${heading}" printed on a line of its own`);
    const lines = pages[at].split('\n');
    const below = squash(lines.slice(lines.findIndex((l) => squash(l) === heading) + 1).join('\n'));
    assert.ok(texts.length >= 3, `chart under "${heading}" writes texts`);
    const missing = texts.filter((s) => !below.includes(squash(s)));
    assert.deepEqual(missing, [], `chart texts of "${heading}" not below it on page ${at + 1}`);
  }

  // Pages to look at: the first ones (header, narrative, charts, tables) and the last two.
  poppler('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '9', file, path.join(OUT, 'pdf-sample')]);
  poppler('pdftoppm', ['-r', '60', '-png', '-f', String(count - 1), '-l', String(count), file, path.join(OUT, 'pdf-sample')]);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await page.close();
});

test('a dataset of 30 contracts and 1,000 items prints with every contract and every row', { timeout: 90_000 }, async (t) => {
  // The generator has no contract count option (`phusong sample --items 1000 --seed 7` makes
  // 12); add 18 (whole-year terms) over the outlets, each with some of the outlet's
  // uncontracted items.
  const data = generateSample(1000, 7);
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

  const { page, log, report } = await printablePage();
  await report.loadBuffer('ke-hoach-30-hop-dong.json', JSON.stringify(data));
  await report.waitItems(1000);
  const file = path.join(OUT, 'contracts-30.pdf');
  const events = await printToPdf(report, file);
  assert.deepEqual(events, [['beforeprint', 50], ['afterprint', 1000]], 'print events and rows');
  const { pages: count, sizes } = pdfPages(file);
  assert.deepEqual(notA4(sizes), [], 'pages that are not A4 portrait');
  t.diagnostic(`30 contracts, 1,000 items: ${count} pages`);
  const pages = pdfText(file, { layout: true });
  const flat = squash(pages.join('\n'));
  for (const c of data.contracts) assert.ok(flat.includes(c.id), `contract ${c.id} printed`);
  assert.deepEqual(appendixNumbers(pages), range(1000), 'every row of the appendix printed');
  // The contracts table spans pages; its header row starts each of them.
  // A row of it: number, outlet, value (1.000.000 and up), ordered, delivered, rate.
  const CONTRACT_ROW = /^\s*\d{2}\/\d{4}\/HĐ-\S+\s.*\d{1,3}(?:\.\d{3}){2,}\s+\d+\s+\d+\s+[\d,]+ %/m;
  const contractPages = pages.filter((p) => CONTRACT_ROW.test(p));
  assert.ok(contractPages.length >= 2, `contracts table over ${contractPages.length} pages`);
  for (const p of contractPages) assert.match(p, /Số hợp đồng/, 'the contracts header on each of its pages');
  poppler('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '9', file, path.join(OUT, 'pdf-30-contracts')]);
  poppler('pdftoppm', ['-r', '60', '-png', '-f', String(count), '-l', String(count), file, path.join(OUT, 'pdf-30-contracts')]);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a dataset written in NFD prints as NFC, in Tinos', { timeout: 90_000 }, async () => {
  const dir = path.join(ROOT, 'tests/fixtures/conformance/valid/02-split-with-bad-records');
  const { page, report } = await printablePage();
  await report.loadFiles(readdirSync(dir).sort().map((f) => path.join(dir, f)));
  await report.waitSomeItems();
  const file = path.join(OUT, 'nfd-case-02.pdf');
  await printToPdf(report, file);
  const text = pdfText(file).join('\n');
  const covered = tinosCoverage();
  const uncovered = [...new Set(text.replace(/\s/g, ''))].filter((c) => !covered(c.codePointAt(0)));
  assert.deepEqual(uncovered, [], 'characters outside the Tinos subsets');
  assert.ok(text === text.normalize('NFC'), 'the PDF text is NFC');
  await page.close();
});
