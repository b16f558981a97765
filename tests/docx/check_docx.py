#!/usr/bin/env python3
"""The Word export read by real readers (scripts/test-docx.sh runs this).

For each dataset (conformance case 01, case 02 whose coverage is written in NFD, the bundled
sample) `phusong docx` writes the .docx; then
- python-docx opens it: A4 portrait, the margins of Decree 30/2020/NĐ-CP (top and bottom
  20–25 mm, left 30–35 mm, right 15–20 mm), a different first page (w:titlePg) whose header
  is empty while the others hold a PAGE field, Times New Roman at 13–14 pt for the text,
  every report table with a repeating header row (w:tblHeader), the letterhead a borderless
  table, the charts as inline pictures; document.xml in NFC;
- LibreOffice (headless, a private profile) converts it to PDF and poppler reads that: every
  page A4, more than one page, "2" the first line of page 2, the top-level theme names, the
  headline figure and "Nơi nhận" in the text, the charts as images at 200 dpi or more.
No "Gắn bổ sung nội dung" figure: the themes an author accepts from "Gợi ý nội dung" are edits
the app keeps, not in data files, so `phusong docx` cannot have them (a JSON the app saved
carries them as the items' own themes; tests/e2e/docx.test.mjs checks the app's Word file).
Pages are rendered to PNG (60 dpi) next to the PDF for people to look at.

Usage: check_docx.py PHUSONG_BINARY OUT_DIR DATASET_DIR_OR_FILE...
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

A4 = (Mm(210), Mm(297))


def mm(length):
    return length / 36000


def dataset_files(src):
    p = Path(src)
    return sorted(p.glob("*.json")) if p.is_dir() else [p]


def expected(files):
    """Top-level theme names and the item count of the data, read from the JSON itself."""
    themes, items, period_end = [], 0, None
    for f in files:
        d = json.loads(f.read_text("utf-8"))
        plan = d.get("plan")
        if plan:
            themes = [t["name"] for t in plan.get("themes", []) if not t.get("parent")]
            period_end = (plan.get("period") or {}).get("end") or f"{plan['year']}-12-31"
    return [unicodedata.normalize("NFC", t) for t in themes], period_end


def squash(s):
    return re.sub(r"\s+", " ", s)


def check_structure(path, failures):
    d = docx.Document(str(path))
    s = d.sections[0]
    ok = lambda cond, what: cond or failures.append(f"{path.name}: {what}")
    ok(abs(s.page_width - A4[0]) < Mm(1) and abs(s.page_height - A4[1]) < Mm(1), "A4 portrait")
    ok(20 <= mm(s.top_margin) <= 25, f"top margin {mm(s.top_margin):.1f} mm")
    ok(20 <= mm(s.bottom_margin) <= 25, f"bottom margin {mm(s.bottom_margin):.1f} mm")
    ok(30 <= mm(s.left_margin) <= 35, f"left margin {mm(s.left_margin):.1f} mm")
    ok(15 <= mm(s.right_margin) <= 20, f"right margin {mm(s.right_margin):.1f} mm")
    ok(s.different_first_page_header_footer, "w:titlePg (a different first page)")
    ok(s._sectPr.find(qn("w:titlePg")) is not None, "w:titlePg element")
    first = "".join(p.text for p in s.first_page_header.paragraphs).strip()
    ok(first == "", f"first page header empty, not {first!r}")
    instr = " ".join(e.text or "" for e in s.header._element.iter(qn("w:instrText")))
    ok("PAGE" in instr, "a PAGE field in the header")
    ok(any(p.alignment is not None and int(p.alignment) == 1 for p in s.header.paragraphs), "header centred")
    normal = d.styles["Normal"]
    ok(normal.font.name == "Times New Roman", f"Normal font {normal.font.name}")
    ok(normal.font.size is not None and 13 <= normal.font.size.pt <= 14, f"Normal size {normal.font.size}")
    # Every font named anywhere in the package's text is Times New Roman.
    fonts = set()
    for root in (d.element, d.styles.element):
        for e in root.iter(qn("w:rFonts")):
            fonts.update(v for k, v in e.attrib.items() if not k.endswith("Theme"))
    ok(fonts == {"Times New Roman"}, f"fonts {fonts}")
    tables = d.tables
    bordered = [t for t in tables if t._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "single"]
    borderless = [t for t in tables if t not in bordered]
    ok(len(borderless) >= 2, "letterhead and signature as borderless tables")
    ok(len(bordered) >= 8, f"report tables: {len(bordered)}")
    for t in bordered:
        tr = t.rows[0]._tr
        ok(tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None, "w:tblHeader on every report table")
    ok(len(d.inline_shapes) >= 5, f"charts as pictures: {len(d.inline_shapes)}")
    ok(not list(d.element.body.iter(qn("w:txbxContent"))), "no text boxes")
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    ok(unicodedata.normalize("NFC", xml) == xml, "document.xml in NFC")
    return d


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def check_pdf(path, out, themes, failures):
    ok = lambda cond, what: cond or failures.append(f"{path.name} (PDF): {what}")
    profile = f"file://{out}/lo-profile-{os.getpid()}"
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(path)])
    pdf = out / (path.stem + ".pdf")
    info = run(["pdfinfo", "-f", "1", "-l", "100000", str(pdf)])
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    ok(pages > 1, f"more than one page ({pages})")
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    ok(len(sizes) == pages, "a size per page")
    for w, h in sizes:
        if abs(float(w) - 595.3) > 1.5 or abs(float(h) - 841.9) > 1.5:
            ok(False, f"page not A4: {w} x {h}")
            break
    page2 = run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf), "-"])
    first = next((l.strip() for l in page2.splitlines() if l.strip()), "")
    ok(first == "2", f"'2' at the top of page 2, not {first!r}")
    page1 = run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"])
    ok(not re.match(r"^\s*1\s*$", next((l for l in page1.splitlines() if l.strip()), "")), "no number on page 1")
    text = squash(unicodedata.normalize("NFC", run(["pdftotext", str(pdf), "-"])))
    for t in themes:
        ok(squash(t) in text, f"theme {t!r} in the text")
    for word in ["Nơi nhận", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO"]:
        ok(word in text, f"{word!r} in the text")
    images = [l.split() for l in run(["pdfimages", "-list", str(pdf)]).splitlines()[2:]]
    charts = [i for i in images if len(i) > 13 and i[2] == "image"]
    ok(len(charts) >= 5, f"charts as images: {len(charts)}")
    for i in charts:
        ok(int(i[12]) >= 200 and int(i[13]) >= 200, f"chart at {i[12]}x{i[13]} ppi")
    run(["pdftoppm", "-png", "-r", "60", "-l", "8", str(pdf), str(out / path.stem)])
    return text


def main():
    binary, out, *sources = sys.argv[1:]
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    failures = []
    for src in sources:
        files = dataset_files(src)
        themes, period_end = expected(files)
        name = Path(src).stem
        path = out / f"{name}.docx"
        run([binary, "docx", *map(str, files), "--out", str(path), "--as-of", period_end])
        d = check_structure(path, failures)
        # The headline figure: "Tin, bài, sản phẩm: N" with the count the tables add up to.
        figure = next((p.text for p in d.paragraphs if p.text.startswith("Tin, bài, sản phẩm: ")), None)
        if figure is None:
            failures.append(f"{name}: no headline figure")
            continue
        if any(p.text.startswith("Gắn bổ sung nội dung") for p in d.paragraphs):
            failures.append(f"{name}: a 'gắn bổ sung' figure without an author's edits")
        text = check_pdf(path, out, themes, failures)
        if squash(figure) not in text:
            failures.append(f"{name} (PDF): figure {figure!r} in the text")
        print(f"ok  {name}: {figure}")
    for f in failures:
        print("FAIL", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
