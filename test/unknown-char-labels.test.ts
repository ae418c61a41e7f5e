/**
 * @file Labels holding characters that could not be read (U+FFFD, a miscoded glyph of a Ghostscript
 * re-print): normalization keeps them inside a label, and label matching takes each as any one
 * character (at a cost) or as nothing; a label mostly unknown is matched on its known characters only.
 */
import { labelSimilarity } from '../src/_internal/similarity.js';
import { indexOfWord } from '../src/_internal/unknown-char-distance.js';
import { normalizeLabel } from '../src/layout/normalize-text.js';
import { REVIEW_GROUP_ROWS, wordsOf } from '../src/map/header-words.js';
import { matchLabel } from '../src/map/label-match.js';

const U = '\ufffd';

describe('labels with unknown characters', () => {
  it('keeps an unknown character inside a label and drops one at its end', () => {
    expect(normalizeLabel(`二${U}${U}${U}结转政府信息公开申请数量`)).toBe(`${U}${U}结转政府信息公开申请数量`);
    expect(normalizeLabel(`${U}七${U}总计${U}`)).toBe('总计');
  });

  it('names the row whose known characters agree', () => {
    const label = normalizeLabel(`二${U}${U}${U}结转政府信息公开申请数量`);
    expect(matchLabel(label, '上年结转政府信息公开申请数量').score).toBeGreaterThanOrEqual(0.9);
    expect(matchLabel(label, '本年新收政府信息公开申请数量').score).toBeLessThan(0.85);
    expect(labelSimilarity(`不予处理信${U}举${U}投诉类申请`, '信访举报投诉类申请')).toBeGreaterThanOrEqual(0.9);
  });

  it('an unknown character is no better than a wrong one where the known characters disagree', () => {
    expect(labelSimilarity(`属于国家${U}密`, '属于国家秘密')).toBeGreaterThan(labelSimilarity('属于国家机密', '属于国家秘密'));
    expect(labelSimilarity(`其他法律${U}政法规禁止公开`, '属于国家秘密')).toBeLessThan(0.5);
  });

  it('matches a label mostly unknown on its known characters only', () => {
    expect(labelSimilarity(`${U}${U}${U}计`, '总计')).toBe(labelSimilarity('计', '总计'));
    expect(labelSimilarity(`${U}${U}${U}${U}`, '重复申请')).toBe(0);
  });
});

describe('header words with unknown characters', () => {
  it('finds a word of three characters or more printed with one unknown character, where no other word fits', () => {
    expect(indexOfWord(`行政诉讼未经复${U}直接起诉`, '未经复议直接起诉')).toBe(4);
    expect(indexOfWord(`${U}${U}后起诉`, '复议后起诉')).toBe(-1);
    expect(indexOfWord(`未经${U}议直接${U}诉`, '未经复议直接起诉')).toBe(-1);
    expect(indexOfWord(`总${U}`, '总计')).toBe(-1);
    expect(indexOfWord(`结果维${U}`, '结果维持', ['结果维持', '结果纠正'])).toBe(0);
    expect(indexOfWord(`其他结${U}`, '其他结果', ['其他结果', '其他结束'])).toBe(-1);
  });

  it('reads a header line with unknown characters in printed order, each word once', () => {
    const words = wordsOf(`行政复${U}行政诉讼未经复${U}直接起诉复${U}后起诉`, REVIEW_GROUP_ROWS).map((w) => w[0]);
    expect(words).toEqual(['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
  });
});
