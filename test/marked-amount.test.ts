/**
 * A money amount read whole from a number printed with a mark after it ('6144.' of '6144.38' whose
 * decimals a narrow <pre> cell wrapped onto another line, '2476.' cut at the page's edge): no identity
 * reaches an amount, so nothing says the decimals were not cut off — below 0.8 (score MARKED_OPEN_CAP).
 */
import { extract, flattenData, type Report } from '../src/index.js';

const doc = (fees: string): string =>
  [
    '2023年某某局政府信息公开工作年度报告',
    '一、总体情况',
    '本机关全年主动公开政府信息。',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容    本年制发件数    本年废止件数    现行有效件数',
    '规章    2    0    12',
    '行政规范性文件    5    1    30',
    '第二十条第（八）项',
    '信息内容    本年收费金额（单位：万元）',
    `行政事业性收费    ${fees}`,
  ].join('\n');

const FEES = 'activeDisclosure.fees.amount';

const fees = async (printed: string): Promise<{ value: unknown; confidence: number }> => {
  const r: Report = await extract(new TextEncoder().encode(doc(printed)), { name: 'dump.txt' });
  return { value: flattenData(r.data).get(FEES), confidence: r.fields[FEES]!.confidence };
};

describe('a money amount printed with a mark after it', () => {
  it("should read '6144.' as 6144 below 0.8: its decimals may be cut off", async () => {
    const cut = await fees('6144.');
    expect(cut.value).toBe(6144);
    expect(cut.confidence).toBeLessThan(0.8);
  });

  it('should read the whole amount as before', async () => {
    expect((await fees('6144.38')).value).toBe(6144.38);
    expect((await fees('6144')).confidence).toBeGreaterThan((await fees('6144.')).confidence);
  });
});
