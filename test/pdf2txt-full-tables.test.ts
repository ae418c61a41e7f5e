/**
 * pdfminer (`pdf2txt`) dumps of Chromium A5 prints whose tables are FULL (every cell printed, zeros as 0; fresh50 k2
 * `-full`, the common real case). Table 三's cells are text boxes in pdfminer's grouping-tree order (tables/box-pages).
 * (1) Default LAParams: the last page's boxes (六 其他处理 … 结转下年) come after table 四's heading box, past table 三's
 * region: the trees now take the boxes after it (their text names no row), so those rows are read (before: 42 fields missing
 * or wrong < 0.8). (2) `-L 0.3`: each text line a box with a blank line after it — docx2txt's rhythm; a text with page
 * feeds and full tables is read both as docx2txt's paragraph rows and as boxes (load/load-text, layout/docx2txt-rows
 * pageFedFullCounts; extract keeps the reading confirming more, warning `text_boxes`); the first four rows print as a column
 * page (labels, then each column under its header words), the rest box by box: the trees, reading the whole table, are
 * taken over the column page (tables/column-pages; before: 60 of 200 fields right). (3) Plain pdftotext of a LibreOffice
 * print, a cell a paragraph: box trees reading part of the table give way to the stream (the merge of miner51).
 */
import { readFileSync } from 'node:fs';
import { joinDocxParagraphRows, pageFedFullCounts } from '../src/layout/docx2txt-rows.js';
import { flattenData } from '../src/index.js';
import { read } from './helpers/report-fields.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const truth = (name: string): Map<string, unknown> => flattenData(JSON.parse(fixture(`${name}.requests.json`).toString('utf8')));

async function table3(name: string): Promise<{ right: number; fields: number; wrongHigh: string[]; codes: string[] }> {
  const r = await read(fixture(`${name}.txt`));
  const data = flattenData(r.data);
  let right = 0;
  const wrongHigh: string[] = [];
  const want = truth(name);
  for (const [k, v] of want) {
    const got = data.get(k) ?? null;
    if (got === v) right++;
    else if (got !== null && (r.fields as Record<string, { confidence: number }>)[k]!.confidence >= 0.8) wrongHigh.push(k);
  }
  return { right, fields: want.size, wrongHigh, codes: r.warnings.map((w) => w.code) };
}

/** Every one of table 三's `fields` values of the fixture read right, none wrong at ≥ 0.8; the warning codes. */
async function expectWhole(name: string, fields: number): Promise<string[]> {
  const t = await table3(name);
  expect(t.fields).toBe(fields);
  expect(t.right).toBe(fields);
  expect(t.wrongHigh).toEqual([]);
  return t.codes;
}

describe('pdf2txt dumps of full tables', () => {
  it('should read table 三\'s last page whose boxes pdfminer wrote after table 四\'s heading', async () => {
    await expectWhole('pdf2txt-full-a5', 175);
  });

  it('should keep plain pdftotext\'s cells-a-paragraph reading of a full table over box trees that read part of it', async () => {
    // fresh50 f05 printed by LibreOffice, plain pdftotext: a cell a paragraph, page feeds — the box trees read 18 of 25 rows
    // and, taken over the column page of 2 rows, had lost 4 rows the stream reads (28 fields missing; tables/column-pages).
    const t = await table3('pdftotext-full-lohtml');
    expect(t.right).toBe(175);
    expect(t.wrongHigh).toEqual([]);
  });

  it('should read a 2019 report\'s table 三 under the combined row list where the split list\'s trees read part of it', async () => {
    // fresh50 k2 pdf2txt default-full f03 (miner52): the split list's first page of trees fit 13 rows and its identities left
    // 3 rows read — that partial reading had been taken, the combined list, whose trees read all 23 rows, never searched
    // (tables/box-pages boxTreeRows: a list reading the table whole is taken; before: 34 of 161 right).
    await expectWhole('pdf2txt-full-combined-a5', 161);
  });

  it('should keep the box reading of a -L 0.3 dump whose boxes hold more identities though its paragraphs confirm more values', async () => {
    // fresh50 k2 pdf2txt-L0.3-full f03 (miner52): the paragraph rows confirm 19 values and hold 14 identities, the boxes
    // (values below 0.9, placed by the trees) 15 and 40 — extract keeps the reading holding more identities (score/readings
    // identitiesOutweigh; before, by values confirmed alone: the paragraphs, 56 of 161 right).
    expect(await expectWhole('pdf2txt-L03-full-held', 161)).toContain('text_boxes');
  });

  it('should read plain pdftotext of a full table whose header repeats on every page (a <thead>) and one row prints a wrong total', async () => {
    // (fresh51 tester v/pdftotext-raw-thead r01: plainb51's long ragged bands had let a page of piled labels run to 24 rows in
    // map/stream-align, and the search left 91 fields missing; pages of piled labels stay within MAX_RAGGED_ROWS.)
    const t = await table3('pdftotext-thead-full');
    expect(t.right).toBe(175);
    expect(t.wrongHigh).toEqual([]);
  });

  it('should hold table 二 below 0.8 in a mostly blank dump where some of its cells read printed blank', async () => {
    // (fresh50 k2 pdf2txt-M6 b13: blank small tables read 0 beside them, 行政强制 took a stray 1 at 0.88 `labelFuzzy`, want 0;
    // map/index: a text dump's table 二 with cells read printed blank confirms none of its other values.)
    const r = await read(fixture('pdf2txt-M6-blank.txt'));
    const data = flattenData(r.data);
    const conf = r.fields as Record<string, { confidence: number }>;
    for (const [k, want] of flattenData(JSON.parse(fixture('pdf2txt-M6-blank.active.json').toString('utf8')))) {
      const got = data.get(k) ?? null;
      if (got !== null && got !== want) expect([k, got, conf[k]!.confidence < 0.8]).toEqual([k, got, true]);
    }
  });

  it('should read -L 0.3\'s one-line boxes as boxes, not as a docx2txt dump, and take the trees over a partial column page', async () => {
    const t = await table3('pdf2txt-L03-full-a5');
    expect(t.right).toBe(175);
    expect(t.wrongHigh).toEqual([]);
  });

  it('should leave a text with page feeds to the box readers, when asked, though it keeps docx2txt\'s rhythm (extract reads it both ways)', () => {
    const lines = fixture('pdf2txt-L03-full-a5.txt').toString('utf8').split('\n');
    expect(pageFedFullCounts(lines)).toBe(true);
    expect(joinDocxParagraphRows(lines, true)).toBe(lines);
    expect(joinDocxParagraphRows(lines)).not.toBe(lines);
  });

  it('should still read a page-fed dump printing few counts (a mostly blank table: no box for a blank cell) by its paragraphs', () => {
    // The same dump with all but 40 of its lone counts left out (fresh50 b10 / fresh49 sparse -L 0.3 dumps: ≤ 58 lone counts).
    let kept = 0;
    const lines = fixture('pdf2txt-L03-full-a5.txt').toString('utf8').split('\n').filter((l) => !/^\s*\d+\s*$/.test(l) || kept++ < 40);
    expect(pageFedFullCounts(lines)).toBe(false);
    expect(joinDocxParagraphRows(lines, true)).not.toBe(lines);
  });
});
