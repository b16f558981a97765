// Reading PDFs the tests print, with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm).
import { execFileSync } from 'node:child_process';

/** Runs a poppler tool and returns its stdout as UTF-8. */
export const poppler = (tool, args) => execFileSync(tool, args, { maxBuffer: 256 << 20 }).toString('utf8');

/** A4 in PostScript points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 };

/** The page count and the size of every page: `{ pages, sizes: [[w, h], …] }` (points). */
export function pdfPages(file) {
  const pages = Number(poppler('pdfinfo', [file]).match(/^Pages:\s+(\d+)/m)[1]);
  const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  return { pages, sizes };
}

/** The sizes that are not A4 portrait (within half a point), as "page n: w x h". */
export function notA4(sizes) {
  return sizes
    .map(([w, h], i) => [i + 1, w, h])
    .filter(([, w, h]) => Math.abs(w - A4.width) > 0.5 || Math.abs(h - A4.height) > 0.5)
    .map(([n, w, h]) => `page ${n}: ${w} x ${h}`);
}

/**
 * The text of each page (`pdftotext -enc UTF-8`, split at form feeds), exactly as poppler
 * extracts it (no normalisation). `layout` keeps the physical layout (`-layout`).
 */
export function pdfText(file, { layout = false, first, last } = {}) {
  const args = ['-enc', 'UTF-8'];
  if (layout) args.push('-layout');
  if (first) args.push('-f', String(first));
  if (last) args.push('-l', String(last));
  const pages = poppler('pdftotext', [...args, file, '-']).split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return pages;
}

/**
 * The fonts `pdffonts` lists, of the whole file or of page `n`: `[{ name, type, embedded }]`
 * ("ABCDEF+Tinos-Bold" → "Tinos-Bold").
 */
export function pdfFonts(file, n) {
  return poppler('pdffonts', n ? ['-f', String(n), '-l', String(n), file] : [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: "emb" is the 5th column from the end.
      return { name: cols[0].replace(/^[A-Z]{6}\+/, ''), type: cols[1], embedded: cols.at(-5) === 'yes' };
    });
}

/** Whitespace runs to one space, trimmed (to find a sentence that pdftotext wrapped). */
export const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The words of page `n` with their boxes in points (`pdftotext -bbox`), in reading order. */
export function pdfWords(file, n) {
  const html = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']);
  const unescape = (s) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescape(m[5]) }),
  );
}

/** Millimetres to points. */
export const mm = (x) => (x * 72) / 25.4;
