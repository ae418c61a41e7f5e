/**
 * A minimal report around a table 四 given as text lines (tables 二 and the other sections short),
 * for the tests of table 四's readings (map/review-*), and the dotted key of each of its 15 cells.
 */

/** The report's text with `table4` under section 四 and `tail` after the last section, as UTF-8. */
export function table4Report(table4: string[], tail: string[] = []): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', ...table4,
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。', ...tail,
  ].join('\n');
  return new TextEncoder().encode(text);
}

const GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
/** The key of table 四's `i`-th cell in template order (0–14: 行政复议's five, then each 行政诉讼 group's). */
export const reviewKey = (i: number): string => `reviewLitigation.${GROUPS[Math.floor(i / 5)]}.${COLS[i % 5]}`;
