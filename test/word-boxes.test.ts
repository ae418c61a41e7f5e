/**
 * Word boxes saved as text (src/load/word-boxes.ts): `pdftotext -tsv` writes one row per word with
 * its box. Found by a tester: read as text lines, every such file was E_NOT_A_REPORT or gave no
 * values. The fixture is `pdftotext -tsv samples/pdf-chromium-stacked.pdf` (poppler 22.12), whose
 * golden holds the values the sample generator chose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, type Golden } from '../src/index.js';
import { tsvWordPages } from '../src/load/word-boxes.js';
import { ROOT } from './helpers/paths.js';

const tsv = readFileSync(join(ROOT, 'test', 'fixtures', 'pdftotext-tsv-chromium-stacked.tsv'));
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-chromium-stacked.golden.json'), 'utf8')) as Golden;

describe('word boxes (pdftotext -tsv)', () => {
  it.each([['a .txt', 'dump.txt'], ['a .tsv (read as text, not as a table of cells)', 'dump.tsv']])('should read the words of %s by their boxes, as the PDF: every field and the title right', async (_, name) => {
    const report = await extract(tsv, { name });
    const c = compareReport(name, report, golden);
    expect(c.silent).toBe(0);
    expect([c.correct, c.total]).toEqual([200, 200]);
    expect(c.meta).toEqual([]);
    expect(report.meta.title).toBe(golden.meta?.title);
    expect(report.meta.year).toBe(golden.meta?.year);
  });

  it('should give a digit word the em and middle of its line\'s ideographs, not its own font\'s box', () => {
    const head = 'level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
    const rows = [
      '1\t1\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###',
      // An ideograph font's box is 62.4 tall for 24 pt text; the digits' font box 26.6, its middle 6 pt lower.
      '5\t1\t0\t0\t0\t0\t33.75\t25.65\t96.00\t62.40\t100\t示例市第',
      '5\t1\t0\t0\t0\t1\t129.75\t49.86\t36.00\t26.58\t100\t303',
    ];
    const [page] = tsvWordPages([head, ...rows].join('\n'))!;
    const [han, digits] = page!.items;
    expect(han!.size).toBe(24);
    expect(digits!.size).toBe(24);
    expect(digits!.top).toBe(han!.top);
  });

  it('should leave a text whose first line does not name the word-box columns alone', () => {
    expect(tsvWordPages('level\tpage_num\ttext\n5\t1\t示例')).toBeNull();
    expect(tsvWordPages('一、总体情况\n本机关')).toBeNull();
  });
});
