/**
 * Table 四 printed with every cell blank (a report leaving its zeros empty) and dumped by pypdf `extract_text()` or
 * PDFBox ExtractText of a Chromium print: its one row is a line of spaces only after the header's lines. A line reader
 * dropped it as empty, so the table read as not printed: its 15 fields missing. Now the line is the table's row of 15
 * blank cells, each 0 flagged `blank` below 0.8 (layout/blank-review-cells `blankReviewRowLine`, map/review-stream);
 * the same text with a number in table 四, or no blank cells shown elsewhere, is left as before.
 */
import { read, value } from './helpers/report-fields.js';
import { blankReviewRowLine } from '../src/layout/blank-review-cells.js';

const HEAD = [
  '2024年示例县档案馆政府信息公开工作年度报告',
  '一、总体情况',
  '本机关全年共收到政府信息公开申请9件。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章   ',
  '行政规范性文件 3  ',
  '第二十条第（五）项',
  '信息内容 本年处理决定数量',
  '行政许可 12',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量 6 3  9',
];
const T4 = (row: string): string[] => [
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议 行政诉讼',
  '结果',
  '维持结果',
  '纠正其他',
  '结果尚未',
  '审结总',
  '计未经复议直接起诉 复议后起诉',
  '结果',
  '维持结果',
  '纠正其他',
  '结果尚未',
  '审结总',
  '计结果',
  '维持结果',
  '纠正其他',
  '结果尚未',
  '审结总',
  '计',
  row,
  '五、存在的主要问题及改进情况',
  '存在的主要问题：公开内容不够全面。',
];
const doc = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));
const KEYS = ['review.upheld', 'review.total', 'litigationDirect.pending', 'litigationAfterReview.total'].map((k) => `reviewLitigation.${k}`);

describe('table 四 printed all blank in a pypdf / PDFBox dump', () => {
  it('finds its row of spaces after the header', () => {
    const lines = [...HEAD, ...T4('        ')];
    expect(blankReviewRowLine(lines)).toBe(HEAD.length + 19);
  });

  it('reads every cell 0, blank, below 0.8', async () => {
    const r = await read(doc([...HEAD, ...T4('       ')]));
    for (const k of KEYS) {
      expect(value(r, k)).toBe(0);
      const f = (r.fields as Record<string, { confidence: number; flags: string[] }>)[k]!;
      expect(f.flags).toContain('blank');
      expect(f.confidence).toBeLessThan(0.8);
    }
  });

  it('leaves a table printing a number, or a document showing no blank cells, as before', async () => {
    expect(blankReviewRowLine([...HEAD, ...T4('   1 1 11')])).toBe(-1);
    const noBlanks = HEAD.map((l) => l.trimEnd().replace(/ {2,}/g, ' '));
    expect(blankReviewRowLine([...noBlanks, ...T4('        ')])).toBe(-1);
    expect(blankReviewRowLine([...HEAD, ...T4('        '), '   '])).toBe(HEAD.length + 19);
    const two = [...HEAD, ...T4('        ')];
    two.splice(HEAD.length + 19, 0, '     ');
    expect(blankReviewRowLine(two)).toBe(-1);
  });
});
