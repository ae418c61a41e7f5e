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
