/**
 * The title of a text dump of a browser-printed PDF: the running header ('11/25/26, 1:55 PM' and the
 * page title) and footer (URL and '2/5') share one line in `pdftotext -layout`, `-raw` and Ghostscript's
 * txtwrite, and must not be read as the title; and the spaces pdftotext puts between Chinese and
 * digits ('洪泽区人民政府2023 年…') are not part of the title. Variants are generated: date-time formats
 * of several locales × the spacing of each text mode × URL forms.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { isHardFurniture, runningLines } from '../src/layout/text-furniture.js';
import { extractMeta } from '../src/meta/index.js';
import { tidyTitle } from '../src/meta/title.js';
import { scoreMeta } from '../src/score/meta.js';

const TITLE = '示例市第7局2024年政府信息公开工作年度报告';
const STAMPS = ['11/25/26, 1:55 PM', '2026/11/25 13:55', '25/11/2026, 13:55', '25.11.26, 13:55', '2026-11-25 13:55:07', '2026/11/25 下午1:55'];
const URLS = ['file:///tmp/print-x/report.html', 'https://www.example.gov.cn/xxgk/2024/report.html', 'http://xxgk.example.cn/a.html?id=3'];
/** Gap between the two halves of a shared line: -layout pads to the column, -raw writes one space, txtwrite indents too. */
const MODES: Record<string, (left: string, right: string) => string> = {
  layout: (l, r) => `${l}${' '.repeat(31)}${r}`,
  raw: (l, r) => `${l} ${r}`,
  gs: (l, r) => `    ${l}${' '.repeat(24)}${r}`,
};

/** A three-page dump: header (stamp + title) at each page top, footer (URL + n/3) at each page end, the title printed once. */
function dump(stamp: string, url: string, join: (l: string, r: string) => string, title = TITLE): string {
  const header = join(stamp, title);
  const footer = (n: number) => join(url, `${n}/3`);
  return [header, title, '一、总体情况', '本机关坚持以公开为常态。', footer(1), `\f${header}`, '信息内容 本年处理决定数量', '行政许可 88', footer(2), `\f${header}`, '六、其他需要报告的事项', '无。', '示例市第7局', '2025年1月20日', footer(3)].join('\n');
}

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'dump.txt' }));

describe('browser furniture sharing a line with the page title or counter', () => {
  for (const [mode, join] of Object.entries(MODES)) {
    it(`should drop every header and footer and read the printed title (${mode})`, () => {
      STAMPS.forEach((stamp, i) => {
        const text = dump(stamp, URLS[i % URLS.length]!, join);
        const kept = textToLines(text).map((l) => l.cells.join(' ').trim());
        expect([stamp, kept.filter((t) => t.includes(stamp.slice(-4)) || /\/3$/.test(t))]).toEqual([stamp, []]);
        expect(kept).toContain('行政许可 88');
        expect(kept).toContain('2025年1月20日');
        const m = metaOf(text);
        expect([stamp, m.title]).toEqual([stamp, TITLE]);
      });
    });
  }

  it('should drop a footer with the counter first and a header with the stamp last (other browsers)', () => {
    expect(isHardFurniture(`1/5${' '.repeat(20)}11/25/26, 1:55 PM`)).toBe(true);
    expect(isHardFurniture(`${TITLE}${' '.repeat(20)}https://example.gov.cn/r.html`)).toBe(false);
    expect(isHardFurniture(`${TITLE}    https://example.gov.cn/r.html    2/5`)).toBe(true);
    expect(isHardFurniture('Page 2 of 5    file:///tmp/r.html')).toBe(true);
  });

  it('should keep report lines with dates or numbers that are not a clock-time stamp', () => {
    for (const line of ['发布时间：2025-01-20 来源：示例市第7局', '发布时间：2025-01-20 10:30', '2025-01-20 10:30 来源：示例市第7局', '2025-01-20 10:30，本机关召开会议。', '2025年1月20日', '行政许可 88 1/2', '2024.1.20 印发', '规章 10 5 16', '行政事业性收费 1289.34']) {
      expect([line, isHardFurniture(line)]).toEqual([line, false]);
    }
    const raws = ['示例市第7局2024年政府信息公开工作年度报告', '发布时间：2025-01-20 10:30 来源：示例市第7局'];
    expect(runningLines(raws).size).toBe(0);
  });
});

describe('title without the spaces a converter puts between Chinese and digits', () => {
  it.each([
    ['洪泽区人民政府2023 年政府信息公开工作年度报告', '洪泽区人民政府2023年政府信息公开工作年度报告'],
    ['示例市第 306 局 2024 年政府信息公开工作年度报告', '示例市第306局2024年政府信息公开工作年度报告'],
    ['沐阳县人民政府 2025 年 政府信息公开工作年度报告', '沐阳县人民政府2025年政府信息公开工作年度报告'],
    ['ABC Group 2023 年政府信息公开工作年度报告', 'ABC Group 2023年政府信息公开工作年度报告'],
  ])('%s', (raw, want) => {
    expect(tidyTitle(raw)).toBe(want);
    const m = metaOf(`${raw}\n一、总体情况\n本机关坚持以公开为常态。`);
    expect(m.title).toBe(want);
  });

  it('should tidy the title and still read the agency from a breadcrumb of words before it', () => {
    const m = metaOf('首页 政务公开 政府信息公开年报 青山县财政局 2023 年政府信息公开工作年度报告\n一、总体情况\n本机关坚持以公开为常态。');
    expect(m.title).toBe('青山县财政局2023年政府信息公开工作年度报告');
    expect(m.agency).toBe('青山县财政局');
  });
});

describe('title lines that lost or gained words in a text mode', () => {
  it("should not read a title whose agency words went to another row ('208 2024 年…' under '示例市第 局')", () => {
    const m = metaOf('示例市第 局\n208 2024                    年政府信息公开工作年度报告\n一、总体情况\n本机关坚持以公开为常态。');
    expect(m.title).toBeNull();
    expect(m.agency).toBeNull();
  });

  it("should cut a site's menu item printed on the title's line ('政府信息公开指南 XX局…')", () => {
    const m = metaOf('政府信息公开指南 示例市第208局2024年政府信息公开工作年度报告\n一、总体情况\n本机关坚持以公开为常态。\n示例市第208局\n2025年1月20日');
    expect(m.title).toBe('示例市第208局2024年政府信息公开工作年度报告');
    expect(m.agency).toBe('示例市第208局');
    expect(m.fields.title.flags).toContain('trimmed');
  });

  it("should not join the facing page's words printed after the title on its line (a 2-up sheet in a layout dump)", () => {
    for (const right of ['1.信访举报投诉类申请', '（二）部分公开', '24    72    0']) {
      const m = metaOf(`    ${TITLE}${' '.repeat(40)}${right}\n一、总体情况\n本机关坚持以公开为常态。\n示例市第7局\n2025年1月20日`);
      expect([right, m.title]).toEqual([right, TITLE]);
    }
  });
});

describe('a page number glued before the title, and a crawl header whose page links name other reports', () => {
  const AGENCY = '示例市第7局';
  const LEADS = ['-1-', '- 1 -', '—1—', '－2－', '第1页', '第 1 页 共 5 页', '1/5 ', '1 / 3', 'Page 1 of 3 ', '［1］', '〔1〕', '·1·', '1', '01', '第一页'];
  for (const lead of LEADS) {
    it(`should read the agency and year without the page number '${lead}'`, () => {
      for (const lines of [[`${lead}${AGENCY}`, '2024年政府信息公开工作年度报告'], [`${lead}${AGENCY}2024年政府信息公开工作年度报告`]]) {
        const m = metaOf([...lines, '一、总体情况', '2024年，本机关坚持以公开为常态。'].join('\n'));
        expect([lines[0], m.title, m.agency, m.year]).toEqual([lines[0], TITLE, AGENCY, 2024]);
      }
    });
  }

  it('should take the labelled title over the related-reading links above it, whatever their years', () => {
    for (const [linkYears, year] of [[[2023, 2022], 2024], [[2025], 2024], [[2023], 2023], [[2019, 2020, 2021], 2022]] as const) {
      const links = linkYears.map((y) => `${AGENCY}${y}年政府信息公开工作年度报告`);
      const text = ['当前位置：首页 > 政务公开 > 政府信息公开年报', '相关阅读：', ...links, `标题: ${AGENCY}${year}年度政府信息公开工作年度报告`, '发布时间: 2025-01-11 14:33', `发布机构: ${AGENCY}`, '正文:', '一、总体情况', '本机关坚持以公开为常态。'].join('\n');
      const m = metaOf(text);
      expect([linkYears, m.year, m.agency]).toEqual([linkYears, year, AGENCY]);
    }
  });

  it('should still read a number that belongs to the title and keep a two-line title', () => {
    const m = metaOf(['示例市第306局', '2024年政府信息公开工作年度报告', '一、总体情况'].join('\n'));
    expect([m.title, m.agency, m.year]).toEqual(['示例市第306局2024年政府信息公开工作年度报告', '示例市第306局', 2024]);
  });

  it('should take the title the page\'s metadata title names over links to other reports above it', () => {
    const links = ['相关信息', '云台县水利局2023年政府信息公开工作年度报告', '示例市第7局2022年政府信息公开工作年度报告'];
    const lines = textToLines([...links, '示例市第7局2023年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态。'].join('\n'));
    const m = scoreMeta(extractMeta({ lines, name: 'page.html', metaTitle: '示例市第7局2023年政府信息公开工作年度报告' }));
    expect([m.title, m.agency, m.year]).toEqual(['示例市第7局2023年政府信息公开工作年度报告', AGENCY, 2023]);
  });

  it('should not read a link to the previous or next report as the title', () => {
    const m = metaOf(['上一篇：云台县水利局2023年政府信息公开工作年度报告', `${AGENCY}2023年政府信息公开工作年度报告`, '一、总体情况'].join('\n'));
    expect([m.title, m.agency]).toEqual([`${AGENCY}2023年政府信息公开工作年度报告`, AGENCY]);
  });

  it('should not confirm a title whose agency the other places dispute, even when its year agrees', () => {
    const text = ['南岭区卫生健康委员会2023年政府信息公开工作年度报告', `${AGENCY}2023年政府信息公开工作年度报告`, '一、总体情况', '本机关坚持以公开为常态。', '六、其他需要报告的事项', '无。', AGENCY, '2024年1月20日'].join('\n');
    const m = metaOf(text);
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });
});

describe('a title wrapped beside a sidebar of several entries, and links to other years\' reports after the sign-off', () => {
  // A browser's print of a CMS page: the sidebar's three entries beside the title's first line and below it,
  // the title's last character on the line after them; the article ends with '相关文章' and the titles of the
  // other years' reports, their bullets drawn as shapes (no text). Columns are three spaces apart.
  const page = [
    '首页 政务公开 政府信息公开年报', '',
    '政府信息公开指南   峦溪市国防动员办公室2022年度政府信息公开工作年度报', '政府信息公开制度', '政府信息公开年报', '告',
    '发布时间：2023-03-24', '一、总体情况', '本机关坚持以公开为常态。', '六、其他需要报告的事项', '本年度未收取信息处理费。',
    '峦溪市国防动员办公室', '2023年3月24日', '相关文章', '2023年度政府信息公开工作年度报告', '2022年度政府信息公开工作年度报告',
  ].join('\n');

  it('should read the title across the sidebar\'s entries, never a link after the sign-off', () => {
    const m = metaOf(page);
    expect([m.title, m.year]).toEqual(['峦溪市国防动员办公室2022年度政府信息公开工作年度报告', 2022]);
  });

  it('should leave a sidebar entry beside the title\'s last line out of it', () => {
    // A right-hand sidebar: its entries between the title's lines and its last word beside the title's end.
    const text = ['石门县生态环境局2019年政府信', '信息公开年报', '政府信息公开', '息公开工作年度报告   指南', '发布时间：2020-01-11', '一、总体情况', '本机关坚持以公开为常态。'].join('\n');
    expect(metaOf(text).title).toBe('石门县生态环境局2019年政府信息公开工作年度报告');
  });

  it('should not trust a link after the sign-off as the title when the page prints none', () => {
    const m = metaOf(page.replace('峦溪市国防动员办公室2022年度政府信息公开工作年度报', '').replace(/\n告\n/, '\n'));
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });
});

describe('a sidebar\'s heading on the title\'s line, links above the title, a sidebar entry naming another year', () => {
  // A browser's print of a CMS page with a sidebar (left or right, headings of several sites' wordings) beside a
  // title wrapped over two lines; the sidebar's entries continue below its heading. Columns three spaces apart.
  const TITLE_A = '临江区自然资源局2019年政府信息公开', TITLE_B = '工作年度报告';
  const body = ['发布时间：2020-01-19', '一、总体情况', '本机关坚持以公开为常态。', '六、其他需要报告的事项', '无。', '临江区自然资源局', '2020年1月19日'];
  const page = (head: string, side: 'left' | 'right', entries: string[]) => {
    const row = (title: string, entry: string | undefined) => (entry === undefined ? title : side === 'left' ? `${entry}   ${title}` : `${title}   ${entry}`);
    return ['首页 政务公开 政府信息公开年报', row(TITLE_A, head), row(TITLE_B, entries[0]), ...entries.slice(1), ...body].join('\n');
  };
  const HEADS = ['栏目导航', '公开年报', '信息公开目录', '专题专栏'];
  const ENTRIES = [['政府信息公开指南', '政府信息公开制度'], ['信息公开指南', '政府信息公开年报', '政府信息公开目录']];

  it('should leave the heading out of the title, on either side, for each heading and list of entries', () => {
    for (const head of HEADS)
      for (const entries of ENTRIES)
        for (const side of ['left', 'right'] as const) {
          const m = metaOf(page(head, side, entries));
          expect([head, side, m.title]).toEqual([head, side, `${TITLE_A}${TITLE_B}`]);
        }
  });

  it('should keep a title whose agency and year are printed in cells of their own', () => {
    // No entry below: '临江区自然资源局' is the title's first words, not a sidebar's heading.
    const m = metaOf(['临江区自然资源局   2019年政府信息公开工作年度报告', ...body].join('\n'));
    expect(m.title).toBe('临江区自然资源局2019年政府信息公开工作年度报告');
  });

  it('should read the page\'s title, not the titles listed under 相关文章 above it', () => {
    const text = ['首页 政务公开', '相关文章', '', '白沙镇市场监督管理局2021年政府信息公开工作年度报告', '白沙镇自然资源局2020年政府信息公开工作年度报告', '', '临江区自然资源局2019年政府信息公开工作年度报告', ...body].join('\n');
    expect(metaOf(text).title).toBe('临江区自然资源局2019年政府信息公开工作年度报告');
    // With no other title printed, a listed one is still read (a page whose own title the site put in such a box).
    const alone = ['首页 政务公开', '相关文章', '', '临江区自然资源局2019年政府信息公开工作年度报告', ...body].join('\n');
    expect(metaOf(alone).title).toBe('临江区自然资源局2019年政府信息公开工作年度报告');
  });

  it('should prefer the title whose year the sign-off follows to a sidebar entry of another year printed above it', () => {
    // Signed 2020-01-19: the report is 2019's; the sidebar's '2018年度…' link printed first gives way.
    const text = ['首页 政务公开', '政府信息公开指南', '2018年度政府信息公开工', '作年度报告', '', '临江区自然资源局2019年政府信', '息公开工作年度报告', ...body].join('\n');
    expect(metaOf(text).title).toBe('临江区自然资源局2019年政府信息公开工作年度报告');
    // The page's own title naming no agency, a sidebar's link naming one below it: the own title's year fits, it stays.
    const own = ['首页 政务公开', '2019年度政府信息公开工作年度报告', '临江区水利局2018年政府信息公开', '工作年度报告', ...body].join('\n');
    expect(metaOf(own).title).toBe('2019年度政府信息公开工作年度报告');
  });

  it('should not confirm a year the sign-off dates two or more years later, nor the title naming it', () => {
    // A sidebar's link to an older report read as the title: the agency is confirmed, the year is not the report's.
    const text = ['临江区自然资源局2017年政府信息公开工作年度报告', ...body].join('\n');
    const m = metaOf(text);
    expect([m.year, m.fields.year.flags.includes('conflict'), m.fields.year.confidence < 0.8, m.fields.title.confidence < 0.9]).toEqual([2017, true, true, true]);
    expect(metaOf(text.replace('2017年', '2019年')).fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
