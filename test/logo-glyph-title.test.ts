/**
 * A page logo that is an SVG whose <text> glyph ('政') Chromium prints as text, beside a title wrapped over two lines
 * (breaker40): the glyph is no piece of the title (meta/title withoutLogoGlyphs), and a title that took in a stray piece
 * (a doubled glyph at the join, a links box's heading) is not trusted at 0.9 or more (score/meta SPLICED).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const HEAD = ['网站首页 政务公开 法定主动公开内容 政府信息公开年报', '您当前的位置：网站首页 > 政务公开 > 年度报告'];
const BODY = ['一、总体情况', '  （一）主动公开', '  本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '  本年度未收取信息处理费。'];
const sign = (agency: string, date: string): string[] => [`${' '.repeat(40)}${agency}`, `${' '.repeat(40)}${date}`];

describe('a logo glyph printed beside a wrapped title', () => {
  it('should leave out a glyph line between the pieces of a plain dump', () => {
    const m = metaOf([...HEAD, '', '裕民县交通运输局2024年政', '政', '府信息公开工作年度报告', '', ...BODY, ...sign('裕民县交通运输局', '2025年1月20日')].join('\n'));
    expect(m.title).toBe('裕民县交通运输局2024年政府信息公开工作年度报告');
  });

  it('should leave out a glyph line between the pieces beside a links box (layout dump)', () => {
    const lines = [
      '      奎屯市第一人民医院2025年                         热点信息',
      '  政',
      '      政府信息公开工作年度报告                           · 奎屯市第一人民医院2026',
      '                                             年政府信息公开工作年度报告',
      '                                             · 新疆生产建设兵团第八师',
      '                                             2025年政府信息公开工作年',
      '                                             度报告',
    ];
    const m = metaOf([...HEAD, ...lines, '', ...BODY, ...sign('奎屯市第一人民医院', '2026年2月18日')].join('\n'));
    expect(m.title).toBe('奎屯市第一人民医院2025年政府信息公开工作年度报告');
  });

  it('should leave out a glyph standing apart at the head of a piece', () => {
    const lines = [
      '   吉木乃县自然资源和规划局                            热点信息',
      ' 政 2022年度政府信息公开工作年度报告',
      '                                           · 吉木乃县自然资源和规划',
      '                                           局2023年政府信息公开工作',
      '                                           年度报告',
    ];
    const m = metaOf([...HEAD, ...lines, '', ...BODY, ...sign('吉木乃县自然资源和规划局', '2023年1月20日')].join('\n'));
    expect(m.title).not.toContain('政2022');
  });

  it.each([
    ['温宿县12345政务服务便民热线管理中心2019年热点信息政府信息公开工作年度报告'],
    ['伊吾县人民政府2021年度政政府信息公开工作年度报告'],
    ['吉木乃县自然资源和规划局政2022年度政府信息公开工作年度报告'],
  ])('should not trust a title that took in a stray piece: %s', (title) => {
    const agency = title.slice(0, title.search(/\d{4}/)).replace(/政$/, '');
    const m = metaOf([title, ...BODY, ...sign(agency, '2020年3月21日')].join('\n'));
    expect(m.title).toBe(title);
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });

  it('should not trust a title or agency starting with the tail of 人民政府 (its first line lost)', () => {
    const m = metaOf(['民政府2019年度政府信息公开工作年度报告', ...BODY, ...sign('民政府', '2020年3月21日')].join('\n'));
    expect(m.fields.title.confidence).toBeLessThan(0.9);
    expect(m.fields.agency.confidence).toBeLessThan(0.9);
  });
});
