/**
 * A heading wrapped over two lines on a narrow page ('四、政府信息公开行政复议、行' / '政诉讼情况') right after
 * table 三's last row printed blank ('四、结转下年度继续办理', its zeros empty cells: a line of its label alone).
 * The row is no first piece of the heading: joined, '四、结转下年度继续办理四、政府信息公开…' was taken for table
 * 四's heading and the row was lost (its 7 fields missing, Chromium A5 15 pt).
 */
import { findSections } from '../src/sections/index.js';

const line = (...cells: string[]) => ({ cells, separated: cells.length > 1, source: {} });
const sectionsOf = (texts: string[][]) => findSections(texts.map((cells) => line(...cells))).map((s) => `${s.key}@${s.start}`);

describe('a wrapped numbered heading after a row starting with the same numeral', () => {
  it('should start the section at the heading, not at the row above it', () => {
    const lines = [
      ['三、收到和处理政府信息公开申请情况'],
      ['（七）总计', '4', '10', '14'],
      ['四、结转下年度继续办理'],
      ['四、政府信息公开行政复议、行'],
      ['政诉讼情况'],
      ['行政复议', '行政诉讼'],
      ['五、存在的主要问题及改进情况'],
    ];
    expect(sectionsOf(lines)).toEqual(['requests@0', 'reviewLitigation@3', 'problems@6']);
  });

  it('should still join a heading whose pieces follow its numeral', () => {
    expect(sectionsOf([['二、'], ['主动公开政府'], ['信息情况'], ['规章', '3']])).toEqual(['activeDisclosure@0']);
  });
});
