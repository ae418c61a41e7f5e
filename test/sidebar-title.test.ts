/**
 * A CMS page with a sidebar of ~40 links (other agencies' and years' reports, navigation entries) read before the page's
 * own title: a plain dump of its PDF (the sidebar's column first), a layout dump split into columns. The title is found
 * past the links, and a link is never taken as the title at 0.85 or more (scripts/sidebar-column-variants.mjs).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const AGENCY = '清溪县白水乡教育局';
const TITLE = `${AGENCY}2020年政府信息公开工作年度报告`;
const NAV = ['政府信息公开指南', '法定主动公开内容', '财政资金', '规划计划'];

/** The sidebar's links, each wrapped onto two lines (a narrow column), a navigation entry every third. */
function sidebar(n: number): string[] {
  const out: string[] = ['相关报告'];
  for (let k = 0; k < n; k++) {
    const link = k % 4 === 0 ? `${2016 + (k % 4)}年度政府信息公开工作年度报告` : `${k % 2 ? '汀州市财政局' : AGENCY}${2016 + (k % 4)}年政府信息公开工作年度报告`;
    out.push(link.slice(0, 18), link.slice(18));
    if (k % 3 === 2) out.push(NAV[k % NAV.length]!);
  }
  return out;
}

const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];

describe('a sidebar of links read before the page\'s own title', () => {
  it('should find the title past the links (beyond the first 40 lines), signed', () => {
    const text = [...sidebar(30), TITLE.slice(0, 14), TITLE.slice(14), `发布时间：2021-01-19 来源：${AGENCY}`, ...BODY, AGENCY, '2021年1月19日'].join('\n');
    const m = metaOf(text);
    expect([m.title, m.agency, m.year]).toEqual([TITLE, AGENCY, 2020]);
  });

  it('should not take a link as the title at 0.85 or more when the own title is not read', () => {
    // The own title lost (a PDF's pieces out of order): the links are all there is.
    const text = [...sidebar(30), `发布时间：2021-01-19 来源：${AGENCY}`, ...BODY, AGENCY, '2021年1月19日'].join('\n');
    const m = metaOf(text);
    if (m.title !== null) expect(m.fields.title.confidence).toBeLessThan(0.8);
    expect(m.year === 2020 || m.fields.year.confidence < 0.8).toBe(true);
  });

  it('should leave a page without a sidebar as before: the first title, confirmed', () => {
    const text = [TITLE, `发布时间：2021-01-19 来源：${AGENCY}`, ...BODY, AGENCY, '2021年1月19日'].join('\n');
    const m = metaOf(text);
    expect([m.title, m.fields.title.confidence]).toEqual([TITLE, 0.95]);
  });
});
