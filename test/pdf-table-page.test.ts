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

  // blank54: a wholly blank table 三 run on from the page before prints its rows' labels and no number (fresh53 f031 Chromium,
  // bordered): without the page's rulings its labels read alone, as a dump's, and the table is not shown printed empty.
  it('takes a page printing table 三\'s row labels and no number (a wholly blank table run on from the page before)', () => {
    expect(mayHoldTable(['（二）部分公开', '（三）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '1.本机关不掌握相关政府信息', '四、结转下年度继续办理'])).toBe(true);
  });

  it('…but not prose citing one such label', () => {
    expect(mayHoldTable(['对信访举报投诉类申请，本机关告知申请人通过信访渠道提出。', '第 3 页'])).toBe(false);
  });
});
