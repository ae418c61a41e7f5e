/**
 * A CMS page's own title beside a sidebar listing the agency's reports ('年报目录': 'XX局2025年政府信息公开工作年度报告',
 * 'XX局2024年…'): the entry for the report's own year is a rebuilt title ('XX局2025年…' beside the printed 'XX局2025年度…',
 * 'XX局关于2025年…', '2025年XX局…'). Read first, it had been taken as the title at 0.95 (gen62 bs-newline, lynx, Chromium PDFs).
 * The title is the one the heading, the info table's 名称 and `<title>` print (meta/title-support); the info table's label is
 * no word of it; a title printed only as a list entry is not trusted.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string, metaTitle?: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt', ...(metaTitle ? { metaTitle } : {}) }));
const AGENCY = '霸州市城市管理综合执法局';
const OWN = [`${AGENCY}2025年度政府信息公开工作年度报告`, `${AGENCY}关于2025年政府信息公开工作年度报告`, `2025年${AGENCY}政府信息公开工作年度报告`];
const NAV = ['政府信息公开', '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'];
const LIST = [2025, 2024, 2023, 2022].map((y) => `${AGENCY}${y}年政府信息公开工作年度报告`);
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。', AGENCY, '2026年3月14日'];
const INFO = (title: string) => ['索引号：', '11372581MB12255987L/2026-00035', '发布机构：', AGENCY, '名　　称：', title, '文　　号：', '发布日期：', '2026-03-14'];
const HEAD = ['霸州市人民政府', '首页', '|', '要闻动态', '当前位置：', '首页', '>', '政府信息公开年报', '> 正文'];

describe("a CMS page's own title beside a sidebar listing the agency's reports", () => {
  it.each(OWN)('should read the heading %s, not the sidebar entry of its year', (title) => {
    const text = [...HEAD, ...NAV, '年报目录', ...LIST, '累计访问量：126075人次', ...INFO(title), title, `发布时间：2026-03-14 来源：${AGENCY}`, ...BODY].join('\n');
    const m = metaOf(text, `${title}_霸州市人民政府`);
    expect([m.title, m.agency, m.year]).toEqual([title, AGENCY, 2025]);
  });

  it('should read the title without the info table\'s 名称 label (a lynx dump: label and value on one line)', () => {
    const title = OWN[1]!;
    const text = [...HEAD, ...NAV.map((n) => `     * ${n}`), '年报目录', ...LIST.map((l, k) => `     * [${k + 1}]${l}`), `   名　　称：  ${title}`, `   文　　号：     发布日期： 2026-03-14`, '', title, ...BODY].join('\n');
    expect(metaOf(text).title).toBe(title);
  });

  it('should not trust a title printed only as a list entry (the heading not read)', () => {
    const text = [...HEAD, ...NAV, '年报目录', ...LIST, '累计访问量：126075人次', `发布时间：2026-03-14 来源：${AGENCY}`, ...BODY].join('\n');
    const m = metaOf(text);
    if (m.title !== null) expect(m.fields.title.confidence).toBeLessThan(0.8);
  });

  it('should keep a heading printed after the list (the list naming its year too) at 0.95', () => {
    const title = LIST[0]!;
    const text = [...HEAD, ...NAV, '年报目录', ...LIST, '累计访问量：126075人次', title, `发布时间：2026-03-14 来源：${AGENCY}`, ...BODY].join('\n');
    const m = metaOf(text);
    expect([m.title, m.fields.title.confidence]).toEqual([title, 0.95]);
  });

  it('should read the title out of a page dumped as one line (its <title>, sidebar, info table and heading one after another)', () => {
    const title = OWN[2]!;
    const line = [`${title}_霸州市人民政府`, ...HEAD, ...NAV, '年报目录', ...LIST, '累计访问量：126075人次', ...INFO(title), title, `发布时间：2026-03-14 来源：${AGENCY}`].join(' ');
    const m = metaOf([line, ...BODY].join('\n'));
    expect(m.title).toBe(title);
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });

  it("should join a wrapped title's halves across a breadcrumb printed between them, not read the stale metadata title (breaker43 e2/crumb)", () => {
    const lines = ['首页政务公开政府信息公开年报', '当前位置：首页>政务公开>政府信息公开年报', '示例市第201局2024年政府信息公开工作年', '首页>政务公开>年度报告>', '度报告', '发布时间：2025-01-20来源：示例市第201局'];
    const body = [...BODY.slice(0, -2), '示例市第201局', '2025年1月20日'];
    expect(metaOf([...lines, ...body].join('\n'), '示例市人民政府门户网站').title).toBe('示例市第201局2024年政府信息公开工作年度报告');
    // The title's lines lost: the site's name as /Title is no report's title.
    const m = metaOf([...lines.slice(0, 2), lines[5]!, ...body].join('\n'), '示例市人民政府门户网站');
    if (m.title !== null) expect(m.fields.title.confidence).toBeLessThan(0.8);
  });

  it("should not take a nav item's piece printed as a cell before the title for its head (gen62 held-out cairo-rerender r03: '政府敦煌市…' at 0.95)", () => {
    const agency = '敦煌市市场监督管理局';
    const title = `${agency}2023年政府信息公开工作年度报告`;
    const lines = textToLines(['敦煌市人民政府', '当前位置：首页 > 政府信息公开 > 政府信息公开年报 > 正文', `政府 ${title}`, '信息', '公开', ...BODY.slice(0, -2), agency, '2024年3月21日'].join('\n'));
    lines[2] = { ...lines[2]!, cells: ['政府', title], xs: [44, 162.5] };
    const m = scoreMeta(extractMeta({ lines, name: 'page.pdf' }));
    expect([m.title, m.agency, m.year]).toEqual([title, agency, 2023]);
  });

  it("should not take a '相关文章' list's entry under the body for the title, and not trust a title naming no agency the page prints elsewhere (gen62 1006200 pandoc-plain r15 at 0.95)", () => {
    const agency = '射洪市卫生健康委员会柳林社区卫生服务中心';
    const title = `${agency}2022年政府信息公开工作年度报告`;
    const lines = textToLines(['首页', '当前位置：首页 > 政务公开 > 政府信息公开年报', '政府信息公开指南 政府信息公开制度', title, ...BODY.slice(0, -2), agency, '2023年1月15日', '相关文章', 'LIST', '主办单位：示例市人民政府办公室'].join('\n'));
    const at = lines.findIndex((l) => l.cells.join('') === 'LIST');
    lines[at] = { ...lines[at]!, cells: ['-', '2023年度政府信息公开工作年度报告-', '2022年度政府信息公开工作年度报告'], starts: [0, 4, 26] };
    const m = scoreMeta(extractMeta({ lines, name: 'page.txt' }));
    expect([m.title, m.agency, m.year]).toEqual([title, agency, 2022]);
    // The page's own title lost: the link read is not trusted as the title.
    const lost = lines.filter((_, k) => k !== 3);
    const n = scoreMeta(extractMeta({ lines: lost, name: 'page.txt' }));
    if (n.title !== null && n.title !== title) expect(n.fields.title.confidence).toBeLessThan(0.9);
  });
});
