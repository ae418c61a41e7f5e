/**
 * Titles read at 0.95 that were not the printed title (breaker40, trust41): an image's alt text a text dump printed
 * before it ('[logo] …', html2text: meta/title IMAGE_LEAD), and a title naming no agency (its agency line may have been
 * lost, or a link was read for it: score/meta headlessTitle).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const HEAD = ['网站首页政务公开法定主动公开内容政府信息公开年报', '您当前的位置：网站首页 > 政务公开 > 年度报告'];
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];

describe('an image alt text before the title', () => {
  it.each(['[logo]', '[IMG]', '[image]', '[图标]'])('should leave out %s', (alt) => {
    const m = metaOf([...HEAD, `${alt} 伊吾县人民政府2021年度政府信息公开工作年度报告`, '', ...BODY, '伊吾县人民政府', '2022年1月20日'].join('\n'));
    expect(m.title).toBe('伊吾县人民政府2021年度政府信息公开工作年度报告');
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('should keep a bracketed name that is no image word', () => {
    const m = metaOf([...HEAD, '[转载]伊吾县人民政府2021年度政府信息公开工作年度报告', '', ...BODY].join('\n'));
    expect(m.title).not.toBe('伊吾县人民政府2021年度政府信息公开工作年度报告');
  });
});

describe('a title naming no agency', () => {
  it('should not be trusted at 0.9 where no agency is read anywhere', () => {
    const m = metaOf([...HEAD, '2025年政府信息公开工作年度报告', '', ...BODY, '2026年2月20日'].join('\n'));
    expect(m.title).toBe('2025年政府信息公开工作年度报告');
    expect(m.agency).toBeNull();
    expect(m.fields.title.confidence).toBeLessThan(0.9);
    expect(m.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('should be read, not trusted at 0.9, where the agency signs the report (the page does not say the title is printed without it: gen62 pandoc-plain/r15, a link read)', () => {
    const m = metaOf([...HEAD, '2025年政府信息公开工作年度报告', '', ...BODY, '皮山县交通运输局', '2026年2月20日'].join('\n'));
    expect(m.agency).toBe('皮山县交通运输局');
    expect(m.title).toBe('2025年政府信息公开工作年度报告');
    expect(m.fields.title.confidence).toBeLessThan(0.9);
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
