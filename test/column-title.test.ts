/**
 * A CMS page's own title wrapped over two lines beside a narrow '相关信息' box whose links wrap too, as a layout dump
 * prints them (each line across both columns): the title is read from its own column, a link never taken as the title
 * at 0.8 or more (meta/column-titles, scripts/sidebar-column-variants.mjs --wrapped-links).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const pad = (left: string, right: string, at = 46): string => (right ? `${left}${' '.repeat(Math.max(2, at - 2 * [...left].length))}${right}` : left);
const BODY = ['一、总体情况', '    （一）主动公开', '    本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '    本年度未收取信息处理费。'];

function page(agency: string, year: number, side: 'left' | 'right'): string {
  const title = `${agency}${year}年度政府信息公开工作年度报告`;
  const link1 = `${agency}${year - 1}年政府信息公开工作年度报告`;
  const link2 = `汀州市人民政府${year}年政府信息公开工作年度报告`;
  const rows: [string, string][] = [
    [title.slice(0, title.length - 4), '相关信息'],
    ['', link1.slice(0, 13)],
    [title.slice(title.length - 4), link1.slice(13)],
    ['', link2.slice(0, 13)],
    [`发布日期：${year + 1}-02-14`, link2.slice(13)],
  ];
  const lines = rows.map(([own, box]) => (side === 'right' ? pad(own, box) : pad(box, own, 30)));
  return ['网站首页 政务公开 法定主动公开内容 政府信息公开年报', '您当前的位置：网站首页 > 政务公开 > 年度报告', ...lines, ...BODY, `${' '.repeat(40)}${agency}`, `${' '.repeat(40)}${year + 1}年2月14日`].join('\n');
}

describe('a wrapped title beside a links box whose entries wrap', () => {
  it.each([
    ['石柱县公安局第一分局', 2022, 'right'],
    ['新疆生产建设兵团第十三师', 2023, 'right'],
    ['第十四师昆玉市教育局', 2021, 'left'],
  ] as const)('should read %s %s (box on the %s) from its own column', (agency, year, side) => {
    const m = metaOf(page(agency, year, side));
    expect([m.title, m.agency, m.year]).toEqual([`${agency}${year}年度政府信息公开工作年度报告`, agency, year]);
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should not take a link at 0.8 or more when the own title is not read', () => {
    const text = page('石柱县公安局第一分局', 2022, 'right').replace('石柱县公安局第一分局2022年度政府信息公开工', '');
    const m = metaOf(text);
    if (m.title !== null && m.title !== '石柱县公安局第一分局2022年度政府信息公开工作年度报告') expect(m.fields.title.confidence).toBeLessThan(0.8);
  });

  it('should know 新疆生产建设兵团 units as agencies', () => {
    const m = metaOf(['新疆生产建设兵团第一师阿拉尔市二二四团2022年政府信息公开工作年度报告', ...BODY, '新疆生产建设兵团第一师阿拉尔市二二四团', '2023年1月20日'].join('\n'));
    expect([m.agency, m.fields.agency.confidence]).toEqual(['新疆生产建设兵团第一师阿拉尔市二二四团', 0.95]);
  });
});
