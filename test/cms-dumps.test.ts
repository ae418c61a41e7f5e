/**
 * Text-browser dumps of city CMS pages (crawl48; scripts/text-browser-variants.mjs --cms):
 *   - `lynx -dump` writes each cell of a page whose cells hold `<p>`s as a paragraph, and a blank cell
 *     ('&nbsp;') as one more empty line each (layout/gap-cells countsCells): the counts place the cells;
 *   - Debian html2text lays a table out by bytes, cutting every header word inside its characters: the
 *     column order is unread, but a row printing one number in every column holds it in any order
 *     (map/column-order orderFreeKeys);
 *   - a U+FFFD of a text decoded as UTF-8 lost no ASCII byte: only one beside a digit puts the row's
 *     digits in doubt (load/index markDamaged).
 * Texts are written here, never corpus files.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { joinGapCells } from '../src/layout/gap-cells.js';
import { orderFreeKeys } from '../src/map/column-order.js';
import type { SolvedField } from '../src/solve/types.js';
import { TAIL, TOP } from './helpers/table3-text.js';

const field = (r: Report, key: string): { value: unknown; confidence: number } => ({ value: flattenData(r.data).get(key), confidence: (r.fields as Record<string, { confidence: number }>)[key]!.confidence });

/** Six applicant columns and their total. */
const v = (...xs: number[]): number[] => [...xs, xs.reduce((a, b) => a + b, 0)];
const Z = [0, 0, 0, 0, 0, 0, 0];
const OUTCOMES: [string, number[]][] = [
  ['（一）予以公开', v(5, 1, 2, 1, 1, 1)], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', v(1, 1, 1, 1, 1, 2)], ['（三）不予公开 1.属于国家秘密', v(1, 2, 1, 3, 1, 1)],
  ['2.其他法律行政法规禁止公开', Z], ['3.危及“三安全一稳定”', Z], ['4.保护第三方合法权益', Z], ['5.属于三类内部事务信息', Z], ['6.属于四类过程性信息', Z],
  ['7.属于行政执法案卷', Z], ['8.属于行政查询事项', Z], ['（四）无法提供 1.本机关不掌握相关政府信息', v(4, 1, 1, 2, 3, 1)], ['2.没有现成信息需要另行制作', Z],
  ['3.补正后申请内容仍不明确', Z], ['（五）不予处理 1.信访举报投诉类申请', Z], ['2.重复申请', Z], ['3.要求提供公开出版物', Z], ['4.无正当理由大量反复申请', Z],
  ['5.要求行政机关确认或重新出具已获取信息', Z], ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', Z],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', Z], ['3.其他', Z],
];
const TOTAL = OUTCOMES.reduce((a, [, r]) => a.map((x, i) => x + r[i]!), [0, 0, 0, 0, 0, 0, 0]);
const ROWS: [string, number[]][] = [
  ['一、本年新收政府信息公开申请数量', TOTAL.map((x, i) => x - (i === 0 || i === 6 ? 1 : 0))], ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]],
  ...OUTCOMES, ['（七）总计', TOTAL], ['四、结转下年度继续办理', Z],
];
/** A text report, table 三 one row a line; `head` false: its column header left out (no order printed); `mark` replaces 予以公开's line. */
function report(head: boolean, mark: (line: string) => string = (l) => l): string {
  const top = head ? TOP : TOP.filter((l) => !/自然人|商业企业/.test(l));
  return [...top, ...ROWS.map(([l, r]) => (l === '（一）予以公开' ? mark(`${l} ${r.join(' ')}`) : `${l} ${r.join(' ')}`)), ...TAIL].join('\n');
}
/** The text's bytes with every '@' written as the first two bytes of a three-byte character (a character cut short). */
const cut = (text: string): Uint8Array => {
  const parts = text.split('@').map((p) => new TextEncoder().encode(p));
  const out: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(0xe5, 0x95);
    for (const b of p) out.push(b);
  });
  return Uint8Array.from(out);
};

describe('a U+FFFD of a UTF-8 text beside a label (html2text cutting the label cell inside a character)', () => {
  it('should keep the row at 0.9 or above when the cut character stands between the label and a space', async () => {
    const r = await extract(cut(report(true, (l) => l.replace('（一）予以公开 ', '（一）予以公开@ '))), { name: 'r.txt' });
    expect(r.warnings.map((w) => w.code)).toContain('encoding_repaired');
    expect(field(r, 'requests.granted.naturalPerson')).toEqual({ value: 5, confidence: expect.any(Number) });
    expect(field(r, 'requests.granted.naturalPerson').confidence).toBeGreaterThanOrEqual(0.9);
    expect(field(r, 'requests.granted.total').confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('should keep the row below 0.9 when the cut character touches a digit', async () => {
    const r = await extract(cut(report(true, (l) => l.replace('（一）予以公开 5', '（一）予以公开 @5'))), { name: 'r.txt' });
    expect(field(r, 'requests.granted.naturalPerson').confidence).toBeLessThan(0.9);
  });
});

describe('table 三 with no column header to read', () => {
  it('should keep a row of zeros at 0.9 or above and every other row below 0.9', async () => {
    const r = await extract(new TextEncoder().encode(report(false)), { name: 'r.txt' });
    expect(r.warnings.find((w) => w.code === 'columns_unread' && w.keys?.includes('requests'))?.message).toMatch(/a row printing one number in every column/);
    for (const leaf of ['naturalPerson', 'commercial', 'total']) {
      expect(field(r, `requests.denied.prohibitedByLaw.${leaf}`)).toEqual({ value: 0, confidence: expect.any(Number) });
      expect(field(r, `requests.denied.prohibitedByLaw.${leaf}`).confidence).toBeGreaterThanOrEqual(0.9);
      expect(field(r, `requests.granted.${leaf}`).confidence).toBeLessThan(0.9);
    }
  });
  it('should take a row as order-free only when every cell holds the same number, read as printed', () => {
    const f = (value: number | null, flags: SolvedField['flags'] = []): SolvedField => ({ value, flags });
    const leaves = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    const row = (name: string, cells: SolvedField[]): [string, SolvedField][] => leaves.map((l, i) => [`requests.${name}.${l}`, cells[i]!]);
    const fields = new Map<string, SolvedField>([
      ...row('granted', leaves.map(() => f(0))),
      ...row('carriedOver', leaves.map((_, i) => f(i === 6 ? 1 : 0))),
      ...row('partiallyGranted', leaves.map((_, i) => f(0, i === 6 ? ['derived'] : []))),
    ]);
    const free = orderFreeKeys(fields);
    expect([...free].sort()).toEqual(leaves.map((l) => `requests.granted.${l}`).sort());
  });
});

describe('lynx -dump of a CMS table: a cell a paragraph, each blank cell one more empty line', () => {
  const lines = (gapsBefore: number[]): string[] => [
    '三、收到和处理政府信息公开申请情况', '', '自然人', '', '（一）予以公开',
    // Values 0 1 0 1 in the 3rd, 5th, 6th and 7th cells: 3 empty lines before the first (one parting + two blank cells), 2 before the second.
    ...['0', '1', '0', '1'].flatMap((x, k) => [...new Array<string>(gapsBefore[k]!).fill(''), `    ${x}`]),
    '', '四、政府信息公开行政复议、行政诉讼情况',
  ];
  it('should place the cells by the count of empty lines', () => {
    expect(joinGapCells(lines([3, 2, 1, 1])).filter((l) => l.includes('\t'))).toEqual(['（一）予以公开\t\t\t0\t\t1\t0\t1']);
  });
  it('should leave a row in doubt where the empty lines do not count its blank cells (one line for a run of them)', () => {
    expect(joinGapCells(lines([2, 2, 1, 1])).filter((l) => l.includes('\t'))).toEqual(['（一）予以公开\t0\t1\t0\t1']);
  });
});
