/**
 * A site's navigation beside the report's title (a CMS page whose left menu sits in a layout table next to the
 * article): menu entries glued to the title's line, spaced on it, on the lines above it, as list items; a
 * '相关文章' list of other years' reports below the article. The title, agency and year read are the
 * article's, or are below 0.9 — never a menu entry glued on, never a related link at ≥ 0.9. Variants are
 * generated: agencies × both title forms × menu entries × layouts.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const AGENCIES = ['临川市应急管理局', '青禾县白水乡人民政府', '澄江市东城区卫生健康委员会'];
const MENU = ['政府信息公开指南', '政府信息公开制度', '政府信息公开年报', '信息公开目录'];
const BODY = ['发布时间：2025-02-18', '一、总体情况', '本机关坚持以公开为常态、不公开为例外。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];
const RELATED = ['相关文章', '', '  * 2023年度政府信息公开工作年度报告', '  * 2022年度政府信息公开工作年度报告'];

/** Layouts of the menu around the title's line. */
const LAYOUTS: Record<string, (title: string, item: string) => string[]> = {
  glued: (t, item) => [MENU[0]!, `${item}${t}`, MENU[3]!],
  spaced: (t, item) => [MENU[0]!, `${item}   ${t}`, MENU[3]!],
  above: (t, item) => [...MENU.filter((m) => m !== item), item, t],
  aboveBlank: (t, item) => [...MENU.filter((m) => m !== item), item, '', t],
  bulletsAbove: (t, item) => [...MENU.filter((m) => m !== item), item].map((m) => `     * ${m}`).concat(['', t]),
  // pandoc's reStructuredText grid table: the menu's '-  ' items in the left cell, the title wrapped in the right.
  rstGrid: (t, item) => {
    const row = (l: string, r: string) => `| ${l.padEnd(20, '　')} | ${r.padEnd(40, '　')} |`;
    const rule = `+${'-'.repeat(42)}+${'-'.repeat(82)}+`;
    return [rule, row(`-  ${MENU[0]}`, t.slice(0, 8)), row(`-  ${item}`, t.slice(8)), row('', ''), rule];
  },
};

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));

describe('a site menu next to the title', () => {
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    it(`reads the article's title, not a menu entry (${layout})`, () => {
      for (const agency of AGENCIES) {
        for (const title of [`${agency}2024年度政府信息公开工作年度报告`, `2024年${agency}政府信息公开工作年度报告`]) {
          for (const item of MENU) {
            const m = metaOf([...make(title, item), ...BODY, ...RELATED].join('\n'));
            expect({ layout, item, title: m.title }).toEqual({ layout, item, title });
            expect(m.year).toBe(2024);
            if (m.agency !== null && (m.fields.agency?.confidence ?? 0) >= 0.9) expect(m.agency).toBe(agency);
          }
        }
      }
    });
  }

  it('a related-links list is not the title when the article prints its own (in a table cell, read trimmed)', () => {
    const title = '2024年青禾县白水乡人民政府政府信息公开工作年度报告';
    const cell = `| * 政府信息公开指南* 政府信息公开年报 | == ${title}发布时间：2025-01-18 来源：青禾县白水乡人民政府`;
    const m = metaOf([cell, '一、总体情况', ...RELATED].join('\n'));
    expect(m.title).toBe(title);
    expect(m.year).toBe(2024);
  });

  it('a related link read alone is below 0.9', () => {
    const m = metaOf(['一、总体情况', '本机关坚持以公开为常态。', ...RELATED].join('\n'));
    if (m.title !== null) expect(m.fields.title?.confidence ?? 0).toBeLessThan(0.9);
    if (m.year !== null && m.year !== 2024) expect(m.fields.year?.confidence ?? 0).toBeLessThan(0.9);
  });
});
