/**
 * Table 四 printed box by box (tables/review-groups): pdfminer `pdf2txt -A` / `--char-margin 0.5` of a
 * ruled table 四 (breakit48 p2t-A c01, p2t-cm05 c00): each group's result headers in pieces, its four
 * values, then '总' / '计' and the total — the first group's total after the next section's heading,
 * the group labels '未经复议直接起诉' / '复议后起诉' between the groups, table 三's stray boxes after them.
 */
import { REVIEW_KEYS as GROUP_KEYS } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';

const HEAD = ['结果维', '持', '结果纠', '正', '其他结', '果', '尚未审', '结'];
/** Values in template order: review, litigationDirect, litigationAfterReview (upheld, corrected, other, pending, total). */
const REVIEW_KEYS = GROUP_KEYS.map((k) => `reviewLitigation.${k}`);
const VALUES = [10, 2, 1, 1, 14, 5, 0, 0, 0, 5, 5, 1, 1, 0, 7];

function dump(values: readonly number[], labels = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']): Uint8Array {
  const g = (i: number): string[] => values.slice(5 * i, 5 * i + 4).map(String);
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（五）项', '行政许可', '5',
    '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3',
    '四、政府信息公开行政复议、行政诉讼情况', '申请人情况', '法人或其他组织', '0', '0', '0', '3', '0',
    labels[0]!, labels[1]!, ...HEAD, ...g(0), '五、存在的主要问题及改进情况', '总', '计', String(values[4]),
    labels[2]!, labels[3]!, ...HEAD, ...g(1), '总', '计', String(values[9]),
    ...HEAD, ...g(2), '总', '计', '0', '0', '1', '3', '4', '总', '计', String(values[14]),
    '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('table 四 printed box by box', () => {
  it('should read the three groups in stream order when each adds up to its total', async () => {
    const r = await read(dump(VALUES));
    REVIEW_KEYS.forEach((k, i) => expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, VALUES[i], true]));
  });

  it('should read no group when one group does not add up (its total taken from another box)', async () => {
    const bad = [...VALUES];
    bad[14] = 9;
    const r = await read(dump(bad));
    REVIEW_KEYS.forEach((k, i) => {
      if (value(r, k) !== bad[i]) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
    });
    expect(REVIEW_KEYS.filter((k) => conf(r, k) >= 0.9)).toEqual([]);
  });

  it('should not put groups back when the group labels stand out of the template order', async () => {
    const r = await read(dump(VALUES, ['行政复议', '行政诉讼', '复议后起诉', '未经复议直接起诉']));
    expect(REVIEW_KEYS.filter((k) => conf(r, k) >= 0.9)).toEqual([]);
  });

  it('should read one run of 15 values among the header boxes in template order when every group adds up', async () => {
    const text = new TextDecoder().decode(dump(VALUES)).split('\n');
    const from = text.indexOf('行政复议');
    const to = text.indexOf('培训不足。');
    const boxes = ['行政复议', '行政诉讼', ...HEAD, '总计', '未经复议直接起诉', '复议后起诉', ...VALUES.map(String), ...HEAD, '总计', ...HEAD, '总计', '五、存在的主要问题及改进情况'];
    const r = await read(new TextEncoder().encode([...text.slice(0, from), ...boxes, ...text.slice(to)].join('\n')));
    REVIEW_KEYS.forEach((k, i) => expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, VALUES[i], true]));
  });

  it('should keep below 0.9 a table whose values come in boxes of several cells (their order the tool\'s)', async () => {
    // breakit48 c33 at --char-margin 3: 行政诉讼's two groups as one box first, then 行政复议's values, its total '14' cut in two boxes.
    const text = new TextDecoder().decode(dump(VALUES)).split('\n');
    const from = text.indexOf('行政复议');
    const to = text.indexOf('培训不足。');
    const boxes = ['行政复议', '行政诉讼', ...HEAD, '总', '计', '未经复议直接起诉', '复议后起诉', ...HEAD, '总', '计', ...HEAD, '总', '计',
      VALUES.slice(5).join(' '), VALUES.slice(0, 4).join(' '), ...String(VALUES[4]), '五、存在的主要问题及改进情况'];
    const r = await read(new TextEncoder().encode([...text.slice(0, from), ...boxes, ...text.slice(to)].join('\n')));
    expect(REVIEW_KEYS.filter((k) => conf(r, k) >= 0.9)).toEqual([]);
  });

  it('should read a table printed cell by cell (each header word a character per line, then its value)', async () => {
    // breakit47 chrome at pdf2txt -A: '结' / '果' / '维' / '持' / '3', … the group labels between the groups' cells.
    const text = new TextDecoder().decode(dump(VALUES)).split('\n');
    const from = text.indexOf('行政复议');
    const to = text.indexOf('培训不足。');
    const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const group = (g: number): string[] => words.flatMap((w, i) => [...w, String(VALUES[5 * g + i])]);
    const boxes = ['行政复议', '行政诉讼', ...group(0).slice(0, -3), '未经复议直接起诉', '复议后起诉', ...group(0).slice(-3), ...group(1), ...group(2), '五、存在的主要问题及改进情况'];
    const r = await read(new TextEncoder().encode([...text.slice(0, from), ...boxes, ...text.slice(to)].join('\n')));
    REVIEW_KEYS.forEach((k, i) => expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, VALUES[i], true]));
  });

  it('should keep the confidence of 15 values in boxes of one row (left to right), several cells to a box', async () => {
    const text = new TextDecoder().decode(dump(VALUES)).split('\n');
    const from = text.indexOf('行政复议');
    const to = text.indexOf('培训不足。');
    const boxes = ['行政复议', '行政诉讼', ...HEAD, '总', '计', '未经复议直接起诉', '复议后起诉', ...HEAD, '总', '计', ...HEAD, '总', '计',
      VALUES.slice(0, 3).join(' '), ...VALUES.slice(3, 9).map(String), VALUES.slice(9).join(' '), '五、存在的主要问题及改进情况'];
    const r = await read(new TextEncoder().encode([...text.slice(0, from), ...boxes, ...text.slice(to)].join('\n')));
    REVIEW_KEYS.forEach((k, i) => expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, VALUES[i], true]));
  });
});
