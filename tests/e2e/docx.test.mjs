// "Xuất Word" (issue 23): the sample's report downloaded as bao-cao-2025.docx, read by
// python-docx (A4, the margins of Decree 30, the first page different, Times New Roman, the
// tables' repeating header rows, the charts as pictures at 200 dpi or more) and converted by
// LibreOffice (its PDF's page 2 starts with "2"); the author's edits, the filters and the
// chosen acceptance appendix are in it as in print; so are the items tagged from "Gợi ý nội
// dung" ("Gắn bổ sung nội dung" in the headline, as on screen and in print).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { launch, monitoredPage } from './browser.mjs';
import { pdfText, squash } from './pdf.mjs';
import { ReportPage } from './report-page.mjs';
import { SuggestionsPanel } from './suggestions-panel.mjs';
import { DIST_DIR, serveDir } from './server.mjs';

const OUT = new URL('test-results/', import.meta.url).pathname;
let server;
let browser;

before(async () => {
  await mkdir(OUT, { recursive: true });
  server = await serveDir(DIST_DIR);
});
after(async () => server?.close());
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => {
  await browser?.close();
});

/** What python-docx reads in the document at `file`. */
function readDocx(file) {
  const script = `
import json, sys, zipfile, unicodedata
import docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
s = d.sections[0]
mm = lambda x: round(x / 36000, 2)
pics = []
for shape in d.inline_shapes:
    blip = shape._inline.graphic.graphicData.pic.blipFill.blip
    part = d.part.related_parts[blip.embed]
    w = int.from_bytes(part.blob[16:20], 'big')
    pics.append(round(w / (shape.width / 914400)))
xml = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()
print(json.dumps({
  'page': [mm(s.page_width), mm(s.page_height)],
  'margins': [mm(s.top_margin), mm(s.right_margin), mm(s.bottom_margin), mm(s.left_margin)],
  'titlePg': s.different_first_page_header_footer,
  'font': d.styles['Normal'].font.name,
  'size': d.styles['Normal'].font.size.pt,
  'headerRows': sum(1 for t in d.tables if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn('w:tblHeader')) is not None),
  'dpi': pics,
  'nfc': unicodedata.normalize('NFC', xml) == xml,
  'text': '\\n'.join(p.text for p in d.paragraphs),
  'cells': '\\n'.join(c.text for t in d.tables for r in t.rows[:3] for c in r.cells),
}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, file]).toString('utf8'));
}

test('"Xuất Word" downloads the sample report as a Word document in the Decree 30 layout', { timeout: 180_000 }, async (t) => {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  await report.loadSample();
  await report.setField('Trích yếu', 'Kết quả công tác thông tin, tuyên truyền năm 2025');
  await report.write('directions-editor', 'Tiếp tục đặt hàng các cơ quan báo chí.');
  const doc = await report.exportDocx();
  assert.equal(doc.name, 'bao-cao-2025.docx');
  assert.ok(doc.ms > 0, 'the build is measured (phusong:docx)');
  t.diagnostic(`built in ${doc.ms.toFixed(0)} ms, ${doc.bytes.length} bytes`);
  const file = path.join(OUT, doc.name);
  await writeFile(file, doc.bytes);

  const d = readDocx(file);
  assert.ok(Math.abs(d.page[0] - 210) < 0.5 && Math.abs(d.page[1] - 297) < 0.5, `A4 portrait: ${d.page}`);
  const [top, right, bottom, left] = d.margins;
  assert.ok(top >= 20 && top <= 25 && bottom >= 20 && bottom <= 25, `top/bottom ${top}/${bottom}`);
  assert.ok(left >= 30 && left <= 35 && right >= 15 && right <= 20, `left/right ${left}/${right}`);
  assert.ok(d.titlePg, 'the first page different (no number on it)');
  assert.equal(d.font, 'Times New Roman');
  assert.ok(d.size >= 13 && d.size <= 14, `text at ${d.size} pt`);
  assert.ok(d.headerRows >= 8, `tables with a repeating header row: ${d.headerRows}`);
  assert.ok(d.dpi.length >= 5, `charts: ${d.dpi.length}`);
  assert.ok(d.dpi.every((dpi) => dpi >= 200), `charts at ${d.dpi} dpi`);
  assert.ok(d.nfc, 'document.xml in NFC');
  assert.ok(d.text.includes('Kết quả công tác thông tin, tuyên truyền năm 2025'), "the author's title");
  assert.ok(d.text.includes('Tiếp tục đặt hàng các cơ quan báo chí.'), "the author's part III");
  assert.ok(d.text.includes('Tin, bài, sản phẩm: 1.500'), 'the headline figure');
  assert.ok(d.cells.includes('Nơi nhận'), 'Nơi nhận');

  // LibreOffice opens it: page 2 starts with its number.
  const profile = `file://${OUT}lo-profile-e2e`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'ignore' });
  const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', file.replace(/\.docx$/, '.pdf'), '-']).toString('utf8');
  assert.equal(page2.split('\n').find((l) => l.trim() !== '')?.trim(), '2');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the Word export holds the filters and the chosen acceptance appendix, as print does', { timeout: 120_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  await report.loadSample();
  await report.filters.choose('format', 'print_article');
  await report.chooseAcceptance('02/2025/HĐ-STTTT');
  const doc = await report.exportDocx();
  const file = path.join(OUT, 'filtered.docx');
  await writeFile(file, doc.bytes);
  const d = readDocx(file);
  assert.match(d.text, /Phạm vi lọc: .*Bài báo in/, 'the filters under the title');
  assert.ok(d.text.includes('02/2025/HĐ-STTTT'), 'the acceptance appendix');
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the items tagged from "Gợi ý nội dung" are in the Word headline and in print, as on screen', { timeout: 120_000 }, async () => {
  const { page, log } = await monitoredPage(browser.context);
  const report = await new ReportPage(page, server.url).openReady();
  await report.loadSample();
  const panel = new SuggestionsPanel(page);
  await panel.open();
  const { suggested } = await panel.counts();
  await panel.acceptAll();
  await panel.waitAccepted(suggested);
  const shown = await panel.addedFigure();
  assert.equal(shown, suggested, 'the screen\'s headline');
  const untagged = (await report.figure('untagged')).trim();

  const doc = await report.exportDocx();
  const file = path.join(OUT, 'tagged.docx');
  await writeFile(file, doc.bytes);
  const d = readDocx(file);
  assert.ok(d.text.includes(`Gắn bổ sung nội dung: ${shown}`), 'the figure in the Word headline');
  assert.ok(d.text.includes(`Chưa gắn nội dung: ${untagged}`), 'the untagged figure counts them');

  const pdf = path.join(OUT, 'tagged.pdf');
  await report.printing.pdf(pdf);
  const first = squash(pdfText(pdf, { first: 1, last: 1 })[0]);
  assert.ok(first.includes(`${shown} Gắn bổ sung nội dung`), `the figure in print: ${first}`);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
