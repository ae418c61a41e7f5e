/**
 * Issue 18: a numbered section heading OCR cut or misread ('三、收弄和处理 政府 信') matched no
 * heading, so its table's rows stayed under the section before. Such a line is its section's
 * heading only when no heading was found for that section, between the headings found around it in
 * template order; prose, lists and row labels starting 三、 stay text.
 */
import { cutHeading } from '../src/sections/cut-heading.js';
import { findSections } from '../src/sections/index.js';

const line = (...cells: string[]) => ({ cells, separated: cells.length > 1, source: {} });
const sectionsOf = (texts: string[][]) => findSections(texts.map((cells) => line(...cells))).map((s) => `${s.key}@${s.start}`);

describe('cutHeading', () => {
  it('should read a cut or misread title as the start of its section title', () => {
    expect(cutHeading('三、收弄和处理 政府 信', 'requests')?.key).toBe('requests');
    expect(cutHeading('三、收到和处理政', 'requests')?.key).toBe('requests');
    expect(cutHeading('五、存在的主要问', 'problems')?.key).toBe('problems');
  });
  it('should not take prose, rows, other numerals or too little text', () => {
    expect(cutHeading('三、本年度办理结果', 'requests')).toBeNull();
    expect(cutHeading('三、收到和处理政府信息公开申请，答复及时', 'requests')).toBeNull();
    expect(cutHeading('三、收到和处理 12', 'requests')).toBeNull();
    expect(cutHeading('四、收到和处理政府', 'requests')).toBeNull();
    expect(cutHeading('三、收到和', 'requests')).toBeNull();
    expect(cutHeading('三、存在的主要问题', 'requests')).toBeNull();
  });
});

describe('findSections with a cut heading', () => {
  const report = [
    ['一、总体情况'],
    ['二、主动公开政府信息情况'],
    ['规章', '3', '1', '5'],
    ['三、收弄和处理', '政府', '信'],
    ['自然人', '法人或其他组织', '总计'],
    ['四、政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况'],
    ['一、主动公开不够及时'],
    ['三、收到和处理政府信息'],
    ['六、其他需要报告的事项'],
  ];
  it('should start section 三 at the cut heading', () => {
    expect(sectionsOf(report)).toEqual(['overview@0', 'activeDisclosure@1', 'requests@3', 'reviewLitigation@5', 'problems@6', 'other@9']);
  });
  it('should not take a list item inside a later section for a missing section', () => {
    const without = report.filter((_, i) => i !== 3);
    expect(sectionsOf(without)).toEqual(['overview@0', 'activeDisclosure@1', 'reviewLitigation@4', 'problems@5', 'other@8']);
  });
  it('should not look before the nearest earlier section heading found', () => {
    const noTwo = [['三、收到和处理政府'], ['一、总体情况'], ['正文'], ['四、政府信息公开行政复议、行政诉讼情况']];
    expect(sectionsOf(noTwo)).toEqual(['overview@1', 'reviewLitigation@3']);
  });
});

describe('findSections after a contents list', () => {
  it('should take the headings with a body, not the contents lines listing them', () => {
    const lines = [
      ['目录'],
      ['一、总体情况'],
      ['二、主动公开政府信息情况'],
      ['三、收到和处理政府信息公开申请情况'],
      ['一、总体情况'],
      ['正文'],
      ['二、主动公开政府信息情况'],
      ['规章', '3', '1', '5'],
      ['三、收到和处理政府信息公开申请情况'],
      ['自然人', '法人或其他组织', '总计'],
    ];
    expect(sectionsOf(lines)).toEqual(['overview@4', 'activeDisclosure@6', 'requests@8']);
  });
});

describe('findSections with a heading wrapped after an arabic numeral (Chromium A5 of a CMS page, gen62 chrome-serif-a5 r12)', () => {
  it('should join \'4.政府信息公开行政复议、\' and \'行政诉讼情况\' into the section heading', () => {
    const report = [['1.总体情况'], ['2.主动公开政府信息情况'], ['规章', '3', '1', '5'], ['3.收到和处理政府信息公开申请情况'], ['自然人', '总计'],
      ['4.政府信息公开行政复议、'], ['行政诉讼情况'], ['（一）行政复议情况'], ['结果维持', '总计'], ['5.存在的主要问题及改进情况'], ['6.其他需要报告的事项']];
    expect(sectionsOf(report)).toContain('reviewLitigation@5');
  });
});
