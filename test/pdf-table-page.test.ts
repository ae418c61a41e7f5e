/**
 * Which PDF pages have their rulings read (`pdf/table-page.ts`): a page whose number cells print
 * their unit ('6件', '4068.208万元') or that holds only a table's header (its rows on the next page)
 * is a table page; a page of prose with a date and a page number is not.
 */
import { countNumberCells, mayHoldTable } from '../src/pdf/table-page.js';

describe('mayHoldTable', () => {
  it('counts number cells printed with their unit, full-width digits too', () => {
    expect(countNumberCells(['规章', '0件', '6 件', '４０６８.２万元', '32', '第一页'])).toBe(4);
    expect(mayHoldTable(['规章', '0件', '6件', '1件'])).toBe(true);
  });

  it('takes a page holding only a table header (rows on the next page)', () => {
    expect(mayHoldTable(['三、收到和处理政府信息公开申请情况', '申请人', '情况', '自然', '法人或其他组织', '总计'])).toBe(true);
    expect(mayHoldTable(['行政复议', '结果', '维持', '结果', '纠正'])).toBe(true);
  });

  it('leaves out a page of prose with a few numbers inside its text', () => {
    expect(mayHoldTable(['2024年，本机关共收到申请21件，均按时答复。', '第 3 页', '2025年1月20日'])).toBe(false);
    expect(mayHoldTable(['五、存在的主要问题及改进情况', '12', '2024'])).toBe(false);
  });
});
