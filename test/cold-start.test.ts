/**
 * @file What the cold-start cuts must not change: the prefilter in front of the costly running-line
 * regex of text dumps (`layout/text-furniture.ts`) passes every line the regex matches.
 */
import fc from 'fast-check';
import { isHardFurniture, sharedLineUnfiltered } from '../src/layout/text-furniture.js';

describe('running-line prefilter', () => {
  const STAMPS = ['11/25/26, 1:55 PM', '2026/11/25 13:55', '25.11.26, 13:55', '2026-11-25 13:55:07', '2026/11/25 下午1:55', '1/2/2025 9:05AM'];
  const URLS = ['file:///tmp/r.html', 'HTTPS://www.example.gov.cn/a.html', 'http://x.cn/a?b=1', 'www.example.cn/x', 'WWW.EXAMPLE.CN/x'];
  const COUNTERS = ['2/5', 'Page 3', 'PAGE 2 of 5', '第 2 页', '第2页 共5页'];
  const WORDS = ['示例市第7局2024年政府信息公开工作年度报告', '来源：XX局', '一、总体情况', '12', 'a:b', 'www', '发布时间'];
  const piece = fc.oneof(fc.constantFrom(...STAMPS), fc.constantFrom(...URLS), fc.constantFrom(...COUNTERS), fc.constantFrom(...WORDS));
  const gap = fc.constantFrom(' ', '   ', '\t', ' '.repeat(31), '');

  it('should keep every line the unfiltered regex matches (and those lines exist among the variants)', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, piece), { minLength: 1, maxLength: 4 }), gap, (parts, end) => {
        const line = parts.map(([g, p]) => g + p).join('') + end;
        if (!sharedLineUnfiltered(line)) return;
        matched++;
        expect([line, isHardFurniture(line)]).toEqual([line, true]);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});
