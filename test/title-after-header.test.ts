/**
 * A title printed after a table's column header in the dump's order: plain `pdftotext` of a turned
 * page writes table 二's header cell ('现行有效件数') on the line before the title, itself wrapped
 * before its last word. A year-first title takes the short line above as its first part (an agency name
 * wrapped before the year), never a line of table header words.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'dump.txt' }));
const BODY = ['一、总体情况', '本机关坚持以公开为常态。', '六、其他需要报告的事项', '无。'];

describe('a title after a table header line', () => {
  const HEADERS = ['现行有效件数', '本年制发件数', '本年废止件数', '信息内容', '本年处理决定数量', '总计'];
  for (const header of HEADERS) {
    it(`should not prepend '${header}' to the title`, () => {
      const text = ['7', '', header, '', '2024 年松阳市城东街道办事处政府信息公开工作年', '度报告', ...BODY].join('\n');
      const meta = metaOf(text);
      expect(meta.title).toBe('2024年松阳市城东街道办事处政府信息公开工作年度报告');
    });
  }

  it('should still join an agency name wrapped before the year', () => {
    const text = ['松阳市城东街道办事处', '2024年政府信息公开工作年度报告', ...BODY].join('\n');
    expect(metaOf(text).title).toBe('松阳市城东街道办事处2024年政府信息公开工作年度报告');
  });
});
