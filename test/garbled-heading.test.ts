/**
 * Table 二's block heading 第二十条第（五）项 printed with its brackets undecodable (a Ghostscript
 * reprint of a Chromium PDF: '第二十条第\uFFFD五\uFFFD项', normalized '第二十条第五项') is table furniture
 * like the clean heading: no '五项' is left to be read as (part of) a row label.
 */
import { normalizeLabel } from '../src/layout/normalize-text.js';
import { stripHeaderWords } from '../src/tables/build-rows.js';

describe('table 二 heading with its brackets lost', () => {
  it('should strip the whole heading, item number included, from a label it ran into', () => {
    expect(stripHeaderWords(normalizeLabel('第二十条第\uFFFD五\uFFFD项 行政许可'))).toBe('行政许可');
    expect(stripHeaderWords(normalizeLabel('第二十条第（五）项 行政许可'))).toBe('行政许可');
    expect(stripHeaderWords(normalizeLabel('行政规范性文件 第二十条第\uFFFD八\uFFFD项'))).toBe('行政规范性文件');
  });
});

describe('section headings in a Ghostscript re-print whose punctuation reads U+FFFD', () => {
  it('should not take the introduction listing the sections for a heading', async () => {
    const { matchHeading } = await import('../src/sections/match-heading.js');
    // '…编制。全文包括总体情况、主动公开政府信息情' with '。' '、' '主' unreadable: running text.
    expect(matchHeading('办公厅政府信息公开办公室有关要求编制\uFFFD全文包括总体情况\uFFFD\uFFFD动公开政府信息情')).toBeNull();
    expect(matchHeading('况\uFFFD收到和处理政府信息公开申请情况\uFFFD政府信息公开行政复\uFFFD和行政诉讼情况\uFFFD存')).toBeNull();
    // The headings themselves, their numbering unreadable, are still headings.
    expect(matchHeading('\uFFFD\uFFFD\uFFFD主动\uFFFD开政府信息情况')?.key).toBe('activeDisclosure');
    expect(matchHeading('\uFFFD四\uFFFD政府信息公开行政复议、行政诉讼情况')?.key).toBe('reviewLitigation');
  });
});
