/**
 * Table 四 printed transposed (map/review-transposed): results (结果维持…总计) as rows, the three
 * groups as columns, in any order the labels name; and the score backstop for table 四's positional
 * run (score: Placement.run): a group whose total fails keeps every group of the run below 0.9.
 * Every expected value below is read off the inline input by hand.
 */
import { extract } from '../src/index.js';
import { printedGroupOrder } from '../src/map/review-transposed.js';
import { conf, read, value } from './helpers/report-fields.js';
import { REVIEW_FRAME_HEAD, REVIEW_FRAME_TAIL } from './helpers/table3.js';

const HEAD = REVIEW_FRAME_HEAD;
const TAIL = REVIEW_FRAME_TAIL;
const text = (review: string[]): Uint8Array => new TextEncoder().encode([...HEAD, ...review, ...TAIL].join('\n'));

/** Truth: 行政复议 1 0 0 0 1; 直接起诉 0 2 0 0 2; 复议后起诉 0 0 1 1 2. */
const TRUTH: Record<string, number> = {
  'review.upheld': 1, 'review.corrected': 0, 'review.other': 0, 'review.pending': 0, 'review.total': 1,
  'litigationDirect.upheld': 0, 'litigationDirect.corrected': 2, 'litigationDirect.other': 0, 'litigationDirect.pending': 0, 'litigationDirect.total': 2,
  'litigationAfterReview.upheld': 0, 'litigationAfterReview.corrected': 0, 'litigationAfterReview.other': 1, 'litigationAfterReview.pending': 1, 'litigationAfterReview.total': 2,
};
const RESULT_ROWS: [string, string, string][] = [['结果维持', 'upheld', ''], ['结果纠正', 'corrected', ''], ['其他结果', 'other', ''], ['尚未审结', 'pending', ''], ['总计', 'total', '']];
const GROUP_NAMES: Record<string, string> = { review: '行政复议', litigationDirect: '行政诉讼（未经复议直接起诉）', litigationAfterReview: '行政诉讼（复议后起诉）' };

/** A transposed table 四: header naming `groups` left to right, result rows in `rows` order. */
function transposed(groups: string[], rows: string[]): string[] {
  return [['项目', ...groups.map((g) => GROUP_NAMES[g])].join('\t'),
    ...rows.map((c) => [RESULT_ROWS.find((r) => r[1] === c)![0], ...groups.map((g) => String(TRUTH[`${g}.${c}`]))].join('\t'))];
}

function expectTruth(r: Awaited<ReturnType<typeof read>>, confident: boolean): void {
  if (process.env.DBG) console.log(JSON.stringify(r.warnings), JSON.stringify(r.fields['reviewLitigation.review.upheld']));
  for (const [k, v] of Object.entries(TRUTH)) {
    const key = `reviewLitigation.${k}`;
    if (confident) {
      expect([key, value(r, key)]).toEqual([key, v]);
      expect(conf(r, key)).toBeGreaterThanOrEqual(0.9);
    } else if (value(r, key) !== v) expect([key, conf(r, key)]).toEqual([key, expect.any(Number)]), expect(conf(r, key)).toBeLessThan(0.9);
  }
}

describe('table 四 printed transposed', () => {
  it('should read results as rows and groups as columns in template order', async () => {
    const r = await read(text(transposed(['review', 'litigationDirect', 'litigationAfterReview'], ['upheld', 'corrected', 'other', 'pending', 'total'])));
    expectTruth(r, true);
  });

  it('should follow the columns and rows in the order their labels name', async () => {
    const r = await read(text(transposed(['litigationAfterReview', 'review', 'litigationDirect'], ['total', 'pending', 'upheld', 'other', 'corrected'])));
    expectTruth(r, true);
  });

  it('should read an HTML table whose header spans 行政诉讼 over its two sub-columns', async () => {
    const row = (c: string, label: string): string => `<tr><td>${label}</td>${['review', 'litigationDirect', 'litigationAfterReview'].map((g) => `<td>${TRUTH[`${g}.${c}`]}</td>`).join('')}</tr>`;
    const html = `<html><body>${HEAD.filter((l) => !l.includes('\t')).slice(0, 4).map((l) => `<p>${l}</p>`).join('')}`
      + '<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td rowspan="2">项目</td><td rowspan="2">行政复议</td><td colspan="2">行政诉讼</td></tr><tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr>'
      + RESULT_ROWS.map(([label, c]) => row(c, label)).join('') + `</table>${TAIL.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const r = await extract(new TextEncoder().encode(html), { name: 'r.html' });
    expectTruth(r, true);
  });

  it('should keep every value below 0.9 when the header does not name the groups', async () => {
    const rows = transposed(['litigationDirect', 'review', 'litigationAfterReview'], ['upheld', 'corrected', 'other', 'pending', 'total']).slice(1);
    const r = await read(text(['项目\t甲\t乙\t丙', ...rows]));
    for (const k of Object.keys(TRUTH)) expect(conf(r, `reviewLitigation.${k}`)).toBeLessThan(0.9);
  });

  it('should read the group order from full names or a 行政诉讼 span', () => {
    expect(printedGroupOrder('项目 行政复议 行政诉讼（未经复议直接起诉） 行政诉讼（复议后起诉）')).toEqual(['review', 'litigationDirect', 'litigationAfterReview']);
    expect(printedGroupOrder('项目 行政诉讼 行政复议 复议后起诉 未经复议直接起诉')).toEqual(['litigationAfterReview', 'litigationDirect', 'review']);
    expect(printedGroupOrder('项目 行政复议')).toBeNull();
  });
});

describe('table 四 read positionally as one run', () => {
  it('should keep a group whose total holds below 0.9 when another group of the run fails', async () => {
    // 行政复议 0 0 0 0 0 holds by itself; 直接起诉 1 0 0 0 3 fails (1 ≠ 3): the positions are in doubt for every group.
    const r = await read(text(['行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '0\t0\t0\t0\t0\t1\t0\t0\t0\t3\t0\t0\t0\t0\t0']));
    expect(value(r, 'reviewLitigation.review.total')).toBe(0);
    for (const k of ['review.upheld', 'review.total', 'litigationAfterReview.total']) expect(conf(r, `reviewLitigation.${k}`)).toBeLessThan(0.9);
  });
});
