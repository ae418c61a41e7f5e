/**
 * Plain `pdftotext` of a Chromium page whose rowspan group cell (（五）不予处理 over five rows) pulls
 * each row's label and its first cells into one text flow: the group's rows print their label with
 * their first k_r cells (k_r per row), the group cell's label after them, then every row's other
 * cells as one flow (breakit55 ptt-plain-b5/r10). Such a band is read by map/split-band's
 * raggedBandReads, placed by position (below 0.9). The same report printed '26件' after some cells
 * (breakit55 look4 jian): a count word ending a cell keeps its digits one count, so the value stream
 * is read at all (tables/tokenize-cell COUNT_WORD_ALONE; it had been a fusable run that stops it).
 */
import { extract, flattenData } from '../src/index.js';
import { raggedBandReads } from '../src/map/split-band.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { makeValues, requestRows, rng } from '../scripts/template-data.mjs';
import { activeTable, base, renderRows, requestTable, reviewTable, textReport } from '../scripts/make-samples.mjs';
import { longBandReport } from '../scripts/long-band-variants.mjs';

type Row = { kind: string; group?: string; cells: string[] };

/** Table 三 as a plain pdftotext dump: one paragraph per cell; the (五) group's rows ragged; '件' after a share of cells. */
function raggedTable(data: ReturnType<typeof makeValues>, seed: number): string {
  const r = rng(seed);
  const jian = (c: string): string => (/^\d+$/.test(c) && r() < 0.4 ? `${c}件` : c);
  const rows = (requestTable(data, false) as Row[]).filter((x) => x.kind === 'data');
  const groupOf = new Map(requestRows(false).map(([g, label]: string[]) => [label, g]));
  const out: string[] = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const band = rows.filter((x) => /^[1-5]\./.test(x.cells[0]!) && rows.indexOf(x) >= rows.findIndex((y) => y.cells[0] === '1.信访举报投诉类申请') && rows.indexOf(x) < rows.findIndex((y) => y.cells[0]!.startsWith('1.申请人')));
  const rest: string[] = [];
  for (const row of rows) {
    const [label, ...cells] = row.cells.map((c, i) => (i > 0 ? jian(c) : c));
    if (!band.includes(row)) {
      out.push(label!, ...cells);
      continue;
    }
    // The last row of the band prints no cell beside its label; the others one or two.
    const k = row === band.at(-1) ? 0 : 1 + Math.floor(r() * 2);
    out.push(label!, ...cells.slice(0, k));
    rest.push(...cells.slice(k));
    if (row === band.at(-1)) out.push(groupOf.get('1.信访举报投诉类申请')!, ...rest);
  }
  return out.join('\n\n');
}

function raggedReport(seed: number): { text: string; data: ReturnType<typeof makeValues> } {
  const data = makeValues(seed);
  const b = base(seed, { version: '2021' });
  const cellPerPara = (s: string): string => s.split('\n').flatMap((l) => l.split('\t').filter(Boolean)).join('\n\n');
  const text = textReport({ ...b, tables: { activeDisclosure: cellPerPara(renderRows(activeTable(data, '2021'), 'tab')), requests: raggedTable(data, seed), reviewLitigation: cellPerPara(renderRows(reviewTable(data), 'tab')) } });
  return { text: `${text}\f`, data };
}

/** Table 三's fields of `text` read right, of all: never a wrong value at >= 0.8; `each` sees every field. */
async function requestsRead(text: string, data: ReturnType<typeof makeValues>, each?: (k: string, right: boolean, confidence: number) => void): Promise<[number, number]> {
  const rep = await extract(Buffer.from(text), { name: 'r.txt' });
  const got = flattenData(rep.data);
  const conf = rep.fields as Record<string, { confidence: number }>;
  let right = 0;
  let fields = 0;
  for (const [k, want] of flattenData(data as never)) {
    if (!k.startsWith('requests.')) continue;
    fields++;
    const v = got.get(k);
    if (v === want) right++;
    else if (v !== null && v !== undefined) expect([k, conf[k]!.confidence < 0.8]).toEqual([k, true]);
    each?.(k, v === want, conf[k]?.confidence ?? 0);
  }
  return [right, fields];
}

describe('a ragged band of 10–13 rows (plain pdftotext of a Chromium A5 full table)', () => {
  it('reads every row of the band, none wrong at >= 0.8', async () => {
    let right = 0;
    let fields = 0;
    // Plain pdftotext of a Chromium A5 page lying inside a full table 三 (fresh50 f02/f04 __chra5): scripts/long-band-variants.
    for (const [seed, from, to] of [[21, '5.属于三类', '1.申请人无正当理由'], [22, '1.属于国家秘密', '2.没有现成信息'], [23, '3.危及', '4.无正当理由']] as const) {
      const { text, data } = longBandReport(seed, from, to);
      const [r, n] = await requestsRead(text, data);
      right += r;
      fields += n;
    }
    expect(right).toBe(fields);
  });
});

describe('a ragged band: each row its first cells by its label, the rest after the band', () => {
  it('lists the grids whose rows keep their totals, each row cut at its own place', () => {
    const holds = (_: number, row: readonly number[]): boolean => row[0]! + row[1]! === row[2]!;
    // Row 1 = 1 2 3 (1 by its label), row 2 = 4 5 9 (4 5 by its label): left 1 4 5, right 2 3 9.
    const grids = raggedBandReads([1, 4, 5, 2, 3, 9], 2, 3, holds, () => true);
    expect(grids).toContainEqual([[1, 2, 3], [4, 5, 9]]);
    for (const g of grids!) for (const [rr, row] of g.entries()) expect(holds(rr, row)).toBe(true);
    expect(raggedBandReads([1, 4, 5, 2, 3, 9], 2, 3, holds, () => false)).toEqual([]);
  });

  it('reads a report whose (五) group prints its rows ragged, with 件 after some cells: every value right, none at >= 0.9 from the band', async () => {
    let right = 0;
    let fields = 0;
    for (const seed of [11, 12, 13, 14]) {
      const { text, data } = raggedReport(seed);
      const [r, n] = await requestsRead(text, data, (k, right, confidence) => {
        if (k.startsWith('requests.notProcessed.') && right) expect(confidence).toBeLessThan(0.9);
      });
      right += r;
      fields += n;
    }
    expect(right).toBe(fields);
  });

  it('keeps the digits before a count word ending a cell one count, not a fused run', () => {
    expect(tokenizeCell('26件').parts[0]).toEqual(expect.objectContaining({ kind: 'num', value: 26, fusable: false }));
    expect(tokenizeCell('26件 4件').parts.flatMap((p) => (p.kind === 'num' ? [[p.value, p.fusable]] : []))).toEqual([[26, false], [4, false]]);
    // Digits glued to label text stay fusable ('行政规范性文件693665').
    expect(tokenizeCell('693665件数').parts.some((p) => p.kind === 'num' && p.fusable)).toBe(true);
  });
});
