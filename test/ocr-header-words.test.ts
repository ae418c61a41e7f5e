/**
 * Table 四's header on a scan with a cell read one character wrong ('结麻维持'): read as the word it
 * is next to only to confirm the template's order (map/ocr-header-words), never to move values.
 */
import { mapToReport } from '../src/map/index.js';
import type { Line } from '../src/model/document.js';

function gridLine(row: number, cells: string[], cols: number[], ocr = true): Line {
  return { cells, separated: true, cols, source: { page: 4, table: 6, row, strategy: 'ruled' }, ...(ocr ? { ocr: cells.map(() => ({})) } : {}) };
}
const VALUES = ['2', '1', '0', '0', '3', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'];

function review(sub: string[], ocr = true): Line[] {
  return [
    gridLine(0, ['行政复议', '行政诉讼'], [0, 5], ocr),
    gridLine(1, ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'], [0, 1, 2, 3, 4, 5, 10], ocr),
    gridLine(2, sub, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14], ocr),
    gridLine(3, VALUES, [...VALUES.keys()], ocr),
  ];
}
const mapped = (lines: Line[]) => mapToReport(lines, [{ key: 'reviewLitigation', heading: '四、政府信息公开行政复议、行政诉讼情况', confidence: 1, body: lines, text: '' } as never], 2024);
const codes = (lines: Line[]): string[] => mapped(lines).warnings.map((w) => w.code);
const GROUP = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

describe('table 四 header cells OCR read one character wrong', () => {
  it("should read '结麻维持' as 结果维持 and '尚审结' as 尚未审结 where that confirms the template's order", () => {
    const misread = ['结麻维持', '结果纠正', '其他结果', '尚审结', '此入', ...GROUP.slice(0, 4), '帮计'];
    expect(codes(review([...GROUP, ...GROUP]))).not.toContain('columns_reordered');
    expect(codes(review(misread))).not.toContain('columns_reordered');
    const m = mapped(review(misread));
    expect(m.fields.get('reviewLitigation.review.total')?.value).toBe(3);
    expect([...m.placements].some(([k, p]) => k.startsWith('reviewLitigation.') && p.orderUnconfirmed)).toBe(false);
    // The same misreads on a text layer: not read so (a text layer's words are as printed).
    expect(codes(review(misread, false))).toContain('columns_reordered');
  });

  it('should not read a misread word into a header printed out of order', () => {
    // 纠正 printed before 维持 in both litigation groups, one cell misread: still out of order, capped.
    const swapped = ['结果纠正', '结麻维持', '其他结果', '尚未审结', '总计', '结果纠正', '结果维持', '其他结果', '尚未审结', '总计'];
    const m = mapped(review(swapped));
    expect(m.warnings.map((w) => w.code)).toContain('columns_reordered');
    expect([...m.placements].some(([k, p]) => k.startsWith('reviewLitigation.') && p.orderUnconfirmed)).toBe(true);
  });
});
