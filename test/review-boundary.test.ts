/**
 * Table 四 of a narrow page read by plain pdftotext (map/review-boundary): the header one character
 * per line, the values row cut into text blocks, the groups' boundary columns (总计, 结果维持) printed
 * after the others. The region below is the one pdftotext printed for an A5 page of a generated
 * report (measure-dumps, seed 5101, unseen-5146919); values checked by hand against the report.
 */
import { boundaryReadings, BOUNDARY_COLUMNS } from '../src/map/review-boundary.js';
import { parseWholeValue, type ValueToken } from '../src/tables/tokenize-cell.js';
import type { Report } from '../src/schema/report.js';
import { conf, read, value } from './helpers/report-fields.js';
import { reviewKey, table4Report } from './helpers/table4-report.js';

const flags = (r: Report, key: string): string[] => r.fields[key]!.flags;

const chars = (words: string): string[] => [...words.replace(/\s+/g, '')];
const HEAD_A = ['行政复议', '行政诉讼', '未经复议直接起诉', ...chars('结果维持结果纠正其他结果尚未审结')];
const HEAD_B = ['复议后起诉', '总', '结', '计', '果', ...chars('维持结果纠正其他结果尚未审结结'), '总 果', '计 维', ...chars('持结果纠正其他结果尚未审结总计')];

const tokens = (s: string): ValueToken[] => s.split(' ').map((v) => parseWholeValue(v)!);
/** The printed region: the first four cells before the header's second half, the rest after it, both 结果维持 of the litigation groups last. */
const PRINTED = (first: string, rest: string): string[] => [...HEAD_A, ...first.split(' '), ...HEAD_B, ...rest.split(' ')];

describe('table 四 whose boundary columns pdftotext printed after the others', () => {
  it('should take the boundary columns as each group\'s 总计 and the litigation groups\' 结果维持', () => {
    expect(BOUNDARY_COLUMNS).toEqual([4, 5, 9, 10, 14]);
  });

  it('should read the row with both litigation groups\' 结果维持 moved last, below 0.9', async () => {
    const r = await read(table4Report(PRINTED('0 2 0 2', '4 0 0 3 3 0 0 4 6 0 2')));
    const want = [0, 2, 0, 2, 4, 0, 0, 0, 3, 3, 2, 0, 0, 4, 6];
    want.forEach((v, i) => {
      expect(value(r, reviewKey(i))).toBe(v);
      expect(conf(r, reviewKey(i))).toBeLessThan(0.9);
    });
    expect(flags(r, reviewKey(10))).toContain('repaired');
  });

  it('should keep the row as printed when every group holds in printed order', async () => {
    const row = '0 2 0 2 4 0 0 0 3 3 2 0 0 4 6';
    const r = await read(table4Report(PRINTED('0 2 0 2', row.split(' ').slice(4).join(' '))));
    row.split(' ').map(Number).forEach((v, i) => expect(value(r, reviewKey(i))).toBe(v));
    expect(flags(r, reviewKey(10))).not.toContain('repaired');
  });

  it('should not move columns of a header printed as words', async () => {
    // One value per line under a header of whole words (a one-cell-per-line dump): the order is the print's.
    const head = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const r = await read(table4Report([...head, ...'0 2 0 2 4 0 0 3 3 0 0 4 6 0 2'.split(' ')]));
    expect(value(r, reviewKey(10))).not.toBe(2);
    expect(flags(r, reviewKey(10))).not.toContain('repaired');
  });

  it('should list every subset of boundary columns moved that keeps the groups, once per distinct reading', () => {
    const got = boundaryReadings(tokens('0 0 2 0 2 0 0 2 2 4 0 0 4 0 0')).map((r) => r.map((t) => (t.kind === 'num' ? t.value : null)).join(' '));
    expect(got).toEqual(['0 0 2 0 2 0 0 0 2 2 0 4 0 0 4']);
  });

  it('should read nothing from a row that is not 15 plain counts', () => {
    expect(boundaryReadings(tokens('0 2 0 2 4 0 0 3 3 0 0 4 6 0'))).toEqual([]);
    expect(boundaryReadings(tokens('0 2 0 2 4 0 0 3 3 0 0 4 6 — 2'))).toEqual([]);
  });
});
