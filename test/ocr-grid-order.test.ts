/**
 * Table 三 of a scan whose OCR'd labels are noise (6.5 pt print at 100 dpi): its ruled rows read
 * by their order and count (map/grid-order), values by their grid column.
 */
import { runChecks } from '../src/checks/index.js';
import { mapToReport } from '../src/map/index.js';
import { scoreConfidence } from '../src/score/index.js';
import { rowsByGridOrder } from '../src/map/grid-order.js';
import type { Line } from '../src/model/document.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

/** A ruled grid row of cells at grid columns `cols`; `ocr` marks it read by OCR. */
function gridLine(table: number, row: number, cells: string[], cols: number[], ocr = true): Line {
  return { cells, separated: true, cols, source: { page: 4 + table, table, row, strategy: 'ruled' }, ...(ocr ? { ocr: cells.map(() => ({})) } : {}) };
}

const GARBLED = ['因亿泪评什生六想菜目会作', '订包用地奔放芋一天文', '大供杭且三直人法私关', '在商击可甘几杯竹', '郊遍手任直做法于攻'];
const VALUE_COLS = [2, 3, 4, 5, 6, 7, 8];
const specs = TEMPLATE_2021.requestRows;
/** Each row's seven values: row i prints i+1 requests of natural persons and i+1 in total. */
const values = (i: number): string[] => [String(i + 1), '0', '0', '0', '0', '0', String(i + 1)];

/** Table 三 (2021, 25 rows) over two grids, labels garbled; `edit` changes a row's cells and columns. */
function table(edit: (i: number, cells: string[], cols: number[]) => [string[], number[]] = (_i, c, k) => [c, k], ocr = true): Line[] {
  const header = gridLine(0, 0, ['申请人惜况', '自然大', '法人或其他组织', '总汁'], [0, 2, 3, 8], ocr);
  const rows = specs.map((_s, i) => edit(i, [GARBLED[i % GARBLED.length]!, ...values(i)], [1, ...VALUE_COLS]));
  return [header, ...rows.slice(0, 13).map(([c, k], i) => gridLine(0, i + 1, c, k, ocr)), ...rows.slice(13).map(([c, k], i) => gridLine(1, i, c, k, ocr))];
}

describe('table 三 of a scan by the order and count of its ruled rows', () => {
  it('should place every row by its place, a row cut by an item number or a word in a value cell joined back, a lost cell not shifting the row', () => {
    const lines = table((i, cells, cols) => {
      // '2' of '2.其他…' read in the label column before the label: no row of its own, no value.
      if (i === 5) return [['2', ...cells], [1, ...cols]];
      // A seal read as a word in the 商业企业 cell: that cell unread, the row one row still.
      if (i === 8) return [[cells[0]!, cells[1]!, '号', ...cells.slice(3)], cols];
      // The 商业企业 cell lost altogether (no cell at column 3).
      if (i === 14) return [[cells[0]!, cells[1]!, ...cells.slice(3)], [cols[0]!, cols[1]!, ...cols.slice(3)]];
      return [cells, cols];
    });
    // Prose above the table, off the grids, with a number in it.
    lines.unshift({ cells: ['本年度共收到政府信息公开申请 325 件'], separated: false, source: { page: 4 }, ocr: [{}] });
    const rows = rowsByGridOrder(buildRows(lines), specs);
    expect(rows).toHaveLength(specs.length);
    expect(rows!.map((r) => r.values.length)).toEqual(specs.map(() => 7));
    const map = mapToReport(lines, [{ key: 'requests', heading: '三、收到和处理政府信息公开申请情况', confidence: 1, body: lines, text: '' } as never], 2024);
    for (const [i, s] of specs.entries()) {
      expect(map.fields.get(`requests.${s.key}.naturalPerson`)?.value).toBe(i + 1);
      expect(map.fields.get(`requests.${s.key}.otherOrg`)?.value).toBe(0);
      expect(map.fields.get(`requests.${s.key}.total`)?.value).toBe(i + 1);
    }
    expect(map.placements.get('requests.denied.prohibitedByLaw.total')?.by).toBe('position');
    // The word and the lost cell: unread, derived from the identities or missing, never the next cell's value.
    expect([0, null]).toContain(map.fields.get(`requests.${specs[8]!.key}.commercial`)?.value ?? null);
    expect([0, null]).toContain(map.fields.get(`requests.${specs[14]!.key}.commercial`)?.value ?? null);
  });

  it('should keep a label that names its place, and leave the rows to the labels when one names another row', () => {
    const named = rowsByGridOrder(buildRows(table((i, c, k) => (i === 2 ? [['（一）予以公开', ...c.slice(1)], k] : [c, k]))), specs);
    expect(named?.[2]?.label).toContain('予以公开');
    expect(named?.[3]?.label).toBe('');
    // Row 2's label names 总计: the order is contradicted.
    expect(rowsByGridOrder(buildRows(table((i, c, k) => (i === 2 ? [['（七）总计', ...c.slice(1)], k] : [c, k]))), specs)).toBeNull();
  });

  it('should count every grid row between the first and last rows of values, and not read by order a table with a row less than the template, nor a text layer', () => {
    // The last row lost: 24 rows.
    const short = table().filter((l) => !(l.source.table === 1 && l.source.row === 11));
    expect(rowsByGridOrder(buildRows(short), specs)).toBeNull();
    // A row inside the grid that gave no value (its item number and a few Han read, or nothing at all): still a row, its values unread.
    for (const cut of [(l: Line): Line => ({ ...l, cells: ['2', '全复他写'], cols: [0, 1], ocr: [{}, {}] }), null]) {
      const lines = table().flatMap((l) => (l.source.table === 1 && l.source.row === 4 ? (cut ? [cut(l)] : []) : [l]));
      const rows = rowsByGridOrder(buildRows(lines), specs);
      expect(rows).toHaveLength(specs.length);
      expect(rows![17]!.values.every((v) => v.kind === 'blank' && v.ocr?.unread)).toBe(true);
      expect(rows![18]!.values[0]).toMatchObject({ kind: 'num', value: 19 });
    }
    expect(rowsByGridOrder(buildRows(table(undefined, false)), specs)).toBeNull();
  });
});

describe('OCR\'d rows placed by position when the grid does not print the template\'s count of rows', () => {
  /** Map, check and score `lines` as extract does. */
  function scored(lines: Line[]): { value: (k: string) => unknown; conf: (k: string) => number } {
    const map = mapToReport(lines, [{ key: 'requests', heading: '三、收到和处理政府信息公开申请情况', confidence: 1, body: lines, text: '' } as never], 2024);
    const keys = map.template.keys;
    const values = new Map(keys.map((k) => [k, map.fields.get(k)?.value ?? null]));
    const checks = runChecks(map.template.identities, values, new Set());
    const out = scoreConfidence(keys, map.fields, map.placements, [...checks, ...map.checks]);
    return { value: (k) => map.fields.get(k)?.value, conf: (k) => out.fields[k]?.confidence ?? 0 };
  }
  // Values the identities hold for (新收 296 + 结转 2 = 总计 273 + 结转下年 25, the 21 results 3 … 23), and cells read as a
  // word ('号': a seal over them) in two rows, so no column identity through 自然人 or 总计 is evaluated.
  const natural = (i: number): number => (i === 0 ? 296 : i === 23 ? 273 : i === 24 ? 25 : i + 1);
  const sealed = (i: number, cells: string[], cols: number[]): [string[], number[]] => {
    const v = String(natural(i));
    return [[cells[0]!, i === 10 ? '号' : v, ...cells.slice(2, 7), i === 6 || i === 10 ? '号' : v], cols];
  };

  it('should keep rows placed by the grid order at their place, and cap rows placed by position one row off below 0.9 and at most 0.6', () => {
    const exact = scored(table(sealed));
    expect(exact.value('requests.granted.naturalPerson')).toBe(3);
    expect(exact.value('requests.newReceived.total')).toBe(296);
    expect(exact.conf('requests.granted.naturalPerson')).toBeGreaterThan(0.6);
    // 一、本年新收 lost with the scan's first rows (no grid row of it): 24 rows, every row read one row up.
    const lost = table(sealed).filter((l) => !(l.source.table === 0 && l.source.row === 1));
    const shifted = scored(lost);
    expect(shifted.value('requests.granted.naturalPerson')).not.toBe(3);
    for (const s of specs) for (const c of ['naturalPerson', 'total']) expect(shifted.conf(`requests.${s.key}.${c}`)).toBeLessThanOrEqual(0.6);
  });
});
