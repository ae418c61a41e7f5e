/**
 * The halves of a 2-up document are read left then right, sheet after sheet — unless each half of the
 * first sheet begins a report (two agencies' reports imposed side by side): then every left half, then
 * every right half (pdf/two-up-order.ts), so the two reports are read one after the other.
 */
import { beginsReport, orderHalves, type PlacedPage } from '../src/pdf/two-up-order.js';
import type { PageLine } from '../src/pdf/page-layout.js';

const line = (text: string, page: number): PageLine => ({ cells: [text], top: 0, bottom: 10, free: true, source: { page } });
const half = (side: 'left' | 'right', page: number, ...texts: string[]): PlacedPage => ({ lines: texts.map((t) => line(t, page)), side, leftColumn: side === 'left', height: 595 });
const first = (p: PlacedPage): string => p.lines[0]!.cells[0]!;

describe('the order of a 2-up document\'s halves', () => {
  it('should read left then right when the right half goes on with the report', () => {
    const pages = [half('left', 1, '测试市某局2024年政府信息公开工作年度报告', '一、总体情况'), half('right', 1, '三、收到和处理政府信息公开申请情况'), half('left', 2, '四、行政复议'), half('right', 2, '六、其他需要报告的事项')];
    const { pages: out, columns } = orderHalves(pages);
    expect(columns).toBe(false);
    expect(out.map(first)).toEqual(pages.map(first));
  });

  it('should read every left half, then every right half, when each half of the first sheet begins a report', () => {
    const pages = [
      half('left', 1, '测试市某局2024年政府信息公开工作年度报告', '一、总体情况'),
      half('right', 1, '发布时间：2025-01-20', '样例县某办2024年政府信息公开工作年度报告', '一、总体情况'),
      half('left', 2, 'A 三、收到和处理政府信息公开申请情况'),
      half('right', 2, 'B 三、收到和处理政府信息公开申请情况'),
      { ...half('left', 3, 'A 六、其他需要报告的事项'), side: 'whole' as const },
    ];
    const { pages: out, columns } = orderHalves(pages);
    expect(columns).toBe(true);
    expect(out.map(first)).toEqual(['测试市某局2024年政府信息公开工作年度报告', 'A 三、收到和处理政府信息公开申请情况', 'A 六、其他需要报告的事项', '发布时间：2025-01-20', 'B 三、收到和处理政府信息公开申请情况']);
  });

  it('should read a booklet (sheet 1 = 4 | 1, sheet 2 = 2 | 3) in page order when that reads the sections in order', () => {
    const pages = [
      half('left', 1, '四、行政复议、行政诉讼情况', '五、存在的主要问题', '六、其他需要报告的事项'),
      half('right', 1, '测试市某局2024年政府信息公开工作年度报告', '一、总体情况'),
      half('left', 2, '二、主动公开政府信息情况'),
      half('right', 2, '三、收到和处理政府信息公开申请情况'),
    ];
    const out = orderHalves(pages);
    expect(out.booklet).toBe(true);
    expect(out.pages.map(first)).toEqual([pages[1], pages[2], pages[3], pages[0]].map((p) => first(p!)));
    // Blank halves make the pages up to a multiple of 4: sheet 1 = (blank) | 1, an unsplit sheet whose text lies on the right.
    const short = [{ ...half('right', 1, '测试市某局2024年政府信息公开工作年度报告', '一、总体情况', '二、主动公开'), side: 'whole' as const }, half('left', 2, '三、收到和处理'), half('right', 2, '四、行政复议')];
    expect(orderHalves(short).pages.map(first)).toEqual(short.map(first));
  });

  it('should not take a sentence naming the report, or a booklet\'s last page | first page, for two reports', () => {
    expect(beginsReport([line('本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', 1)])).toBe(false);
    expect(beginsReport([line('本报告为测试市某局2024年政府信息公开工作年度报告。', 1)])).toBe(false);
    const cover = [half('left', 1, '测试市某局2024年政府信息公开工作年度报告'), half('right', 1, '测试市某局2024年政府信息公开工作年度报告', '一、总体情况'), half('left', 2, '二、主动公开'), half('right', 2, '三、收到和处理')];
    expect(orderHalves(cover).columns).toBe(false);
    const booklet = [half('left', 1, '六、其他需要报告的事项'), half('right', 1, '测试市某局2024年政府信息公开工作年度报告'), half('left', 2, '二、主动公开'), half('right', 2, '三、收到和处理')];
    expect(orderHalves(booklet).columns).toBe(false);
  });
});
