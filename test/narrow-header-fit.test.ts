/**
 * Table 二's rows on a narrow page under a header padded wide (scripts/signed-change-variants.mjs
 * `narrow` dump, seeds 768/779/788): the rows' cells sit 1–3 spaces apart, all under the header's
 * first word in display columns, so where a row of two numbers leaves its empty cell is not said.
 * Counted in characters the header's words sit 9 apart and the numbers fit one each by chance: the
 * header places them only when both measures do (layout/header-columns, layout/header-spans).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { extract, flattenData } from '../src/index.js';

const none = (): boolean => false;
const HEAD = '信息内容                    本年新制作数量  本年新公开数量  对外公开总数量';

/** The small table 第二十条第（一）项 of one generated narrow dump: its rows, then the next small table's heading. */
const table = (regulations: string, normative: string): string[] => ['第二十条第（一）项', HEAD, regulations, normative, '第二十条第（五）项'];

/** A whole generated report (seed 788's narrow dump, table 二's first small table; the rest cut). */
const REPORT = [
  '示例县第788局2019年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。',
  '二、主动公开政府信息情况',
  ...table('规章                       3 — 9', '规范性文件                     10   15'),
  '信息内容                    上一年项目数量       本年增/减    处理决定数量',
  '行政许可                   - 7 -',
  '其他对外管理服务事项      10 — 8   14',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年度无行政复议、行政诉讼。',
  '',
].join('\n');

describe('a narrow dump of table 二 under a header padded wide', () => {
  it('places no empty cell by the header when the numbers fit its columns only counted in characters', () => {
    // '规范性文件 10 15' is 0 10 15 (本年新制作 empty); characters alone would read 10 15 ∅.
    expect(alignedRowCells(table('规章                       3 — 9', '规范性文件                     10   15'), none).get(3)).toBeUndefined();
    // '规章 8 ∅ 7' (本年新公开 empty), two numbers under '本年新制作数量' in display columns.
    expect(alignedRowCells(table('规章                       8      7', '规范性文件                 —   10   0'), none).get(2)).toBeUndefined();
    // '规范性文件 — 17 13': the mark is a cell; the header must not append an empty one after 13.
    expect(alignedRowCells(table('规章                       8 — 0', '规范性文件                 —   17   13'), none).get(3)).toBeUndefined();
  });

  it('reads no value of the row of two numbers at 0.9 or more in a wrong column', async () => {
    const rep = await extract(new TextEncoder().encode(REPORT), { name: 'narrow.txt' });
    const got = new Map(flattenData(rep.data ?? {}));
    const fields = rep.fields as Record<string, { confidence: number }>;
    const truth: Record<string, number> = { created: 0, published: 10, totalPublic: 15 };
    for (const [c, want] of Object.entries(truth)) {
      const key = `activeDisclosure.normativeDocuments.${c}`;
      const v = got.get(key);
      if (typeof v === 'number' && v !== want) expect(fields[key]?.confidence ?? 0).toBeLessThan(0.9);
    }
    expect(fields['activeDisclosure.normativeDocuments.published']?.confidence ?? 0).toBeLessThan(0.9);
  });
});
