/**
 * Report titles of other years or agencies printed next to, before or around the page's own title (a CMS sidebar's list
 * without its '年报目录' heading, a '本栏目最新发布' list, 上一篇/下一篇), in a dump tool's reading order (breaker45 findings 6, 7):
 * a title the text does not determine comes out below 0.8 or not at all, never a list entry at 0.85 or more; the year is
 * weighed against the page's publication date, the body's statement of it and the tables' template.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta, yearAgainstTemplate } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const AGENCY = '青禾县民政局';
const OWN = `2022年${AGENCY}政府信息公开工作年度报告`;
const entry = (y: number): string[] => [`${AGENCY}${y}年政府信息公开工作`, '年度报告'];
const TAIL = ['六、其他需要报告的事项', '本年度未收取信息处理费。', AGENCY, '2023年1月12日'];

/** A `pdftotext -layout` page: a site menu and the agency's list of reports (no heading) left of the article, the title wrapped at its line gap. */
function layoutPage(withHeading: boolean): string {
  const left = ['政府信息公开', '   政府信息公开指南', '   政府信息公开制度', '   法定主动公开内容', '   政府信息公开年报', '   依申请公开', ...(withHeading ? ['年报目录'] : []), ...[2022, 2021, 2020, 2019].flatMap((y) => entry(y).map((l) => `   ${l}`))];
  const right = ['2022年青禾县民政局', '', '政府信息公开工作年度报告', '', '发布时间：2023-01-12 来源：青禾县民政局', '', '一、总体情况', '', '（一）主动公开', '', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府', '信息。'];
  const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, k) => `       ${(left[k] ?? '').padEnd(44, ' ')}${' '.repeat(20)}${right[k] ?? ''}`.trimEnd());
  return ['       青禾县人民政府', '       当前位置：首页 > 政府信息公开 > 政府信息公开年报 > 正文', ...rows, '', ...TAIL.map((l) => `${' '.repeat(60)}${l}`)].join('\n');
}

describe("other reports' titles around the page's own title", () => {
  it.each([false, true])("should read the page's title beside a menu column, not its year's list entry (-layout, heading %s)", (withHeading) => {
    const m = metaOf(layoutPage(withHeading));
    expect([m.title, m.agency, m.year]).toEqual([OWN, AGENCY, 2022]);
    expect(m.fields.title.confidence).toBe(0.95);
  });

  it('should not trust the first entry of a list whose run the page\'s own title, glued to the visit counter, follows (pypdf)', () => {
    const text = ['政府信息公开', '政府信息公开制度', ...[2022, 2021, 2020].flatMap(entry), `累计访问量： 39007148 人次${OWN.slice(0, -2)}`, '报告', `发布时间： 2023-01-12 来源：${AGENCY}`, '一、总体情况', ...TAIL].join('\n');
    const m = metaOf(text);
    if (m.title !== null && m.title !== OWN) expect(m.fields.title.confidence).toBeLessThan(0.8);
  });

  it("should not trust a title naming its year that does not read whole ('关于2022年…', '度报告XX局2022年…'), nor its agency", () => {
    const about = metaOf([`累计访问量：126066人次${AGENCY}`, '关于 2022 年政府信息公开工作年度报告', '一、总体情况', ...TAIL].join('\n'));
    expect(about.fields.title.confidence).toBeLessThan(0.8);
    const glued = metaOf([`度报告${AGENCY}2022年政府信息公开工作年度报告`, '一、总体情况', '本机关坚持以公开为常态。', '六、其他需要报告的事项'].join('\n'));
    expect(glued.fields.title.confidence).toBeLessThan(0.8);
    if (glued.agency !== AGENCY && glued.agency !== null) expect(glued.fields.agency.confidence).toBeLessThan(0.8);
  });

  it('should not trust a year two years before the page\'s labelled publication date (a list entry read, no sign-off)', () => {
    const text = ['政府信息公开年报', `发布时间：2023-01-12 来源：${AGENCY}`, '年报目录', ...[2021, 2020, 2019].map((y) => `${AGENCY}${y}年政府信息公开工作年度报告`), '一、总体情况', '本机关坚持以公开为常态。'].join('\n');
    const m = metaOf(text);
    if (m.year !== null && m.year !== 2022) expect(m.fields.year.confidence).toBeLessThan(0.8);
    if (m.title !== null) expect(m.fields.title.confidence).toBeLessThan(0.8);
  });

  it("should read the year a table's note counts over, and the overview's first words after its sub-heading", () => {
    const noted = metaOf([OWN, '一、总体情况', '注：本表“本年制发件数”均以2022年1月1日至2022年12月31日期间印发的文件为准。', ...TAIL].join('\n'));
    expect(noted.fields.year.agreeing).toContain('period');
    const opened = metaOf([OWN, '一、总体情况', '（一）主动公开', '2022年，本机关坚持以公开为常态。', ...TAIL].join('\n'));
    expect(opened.fields.year.agreeing).toContain('body');
    // A link's year the body disputes is not reported as the year.
    const link = metaOf([`${AGENCY}2023年政府信息公开工作年度报告`, '一、总体情况', '（一）主动公开', '2022年，本机关坚持以公开为常态。', '六、其他需要报告的事项'].join('\n'));
    expect(link.year === 2023 && link.fields.year.confidence >= 0.8).toBe(false);
  });

  it("should not trust a year the tables' template rules out (2021 template under 2020), nor a title naming it", () => {
    const m = metaOf([`${AGENCY}2020年政府信息公开工作年度报告`, '一、总体情况', ...TAIL.slice(0, -1), '2021年1月12日'].join('\n'));
    const fields = yearAgainstTemplate(m.fields, m, '2021', []);
    expect([fields.year.confidence, fields.title.confidence]).toEqual([0.75, 0.75]);
    expect(yearAgainstTemplate(m.fields, m, '2021', [{ code: 'template_from_year' }]).year.confidence).toBe(m.fields.year.confidence);
    expect(yearAgainstTemplate(m.fields, m, '2019', []).year.confidence).toBe(m.fields.year.confidence);
    expect(yearAgainstTemplate(m.fields, { ...m, year: 2024 }, '2019', []).year.confidence).toBe(m.fields.year.confidence);
  });
});
