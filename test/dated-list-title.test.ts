/**
 * A page's own title after (or before) a list of other reports' titles, each with a date (scripts/year-list-title-variants.mjs
 * --kind dated): the list's entries name reports in other word orders ('XX局2022年度…' beside the heading '2022年XX局…'), a
 * dump glues a date to each ('…年度报告2023-06-21'), html2text marks the heading bold ('** … **') like a list's bullets. The
 * page's heading is the title its byline follows; an entry had been taken (wrong title and agency).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const AGENCY = '南湖市市场监督管理局';
const OWN = `${AGENCY}2022年政府信息公开工作年度报告`;
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];
const BYLINE = `发布时间：2023-02-12 来源：${AGENCY}`;
const ENTRIES = [
  '2022年度澄江市东城区公共资源交易中心政府信息公开工作报告',
  '云岭市白沙区卫生健康委员会2022年度政府信息公开工作年度报告',
  '2022年澄江市东城区人民政府政府信息公开工作年度报告',
  '南湖市市场监督管理局2019年度政府信息公开工作报告',
  '2022年南湖市应急管理局政府信息公开工作年度报告',
  '清溪县白水乡公共资源交易中心2022年政府信息公开工作年度报告',
];
const DATES = ['2023-02-21', '2023-06-21', '2023-08-28', '2020-04-18', '2023-03-28', '2023-09-11'];

describe("a page's own title beside a list of other reports with dates", () => {
  it("should take html2text's bold heading its byline follows, not a bulleted entry with a date glued", () => {
    const list = ENTRIES.map((e, k) => `    * ${e}${DATES[k]}`);
    const after = ['**** 相关阅读 ****', '    * 个旧市人民政府关于2021年度政府信息公开工作年度报告2022-05-15', '**** 相关文章 ****', '    * 2023年度政府信息公开工作年度报告', '    * 2022年度政府信息公开工作年度报告'];
    const text = ['    * 首页', '    * 政务公开', '当前位置：首页 > 政务公开 > 政府信息公开年报', '**** 相关阅读 ****', ...list, `****** ${OWN} ******`, BYLINE, ...BODY, AGENCY, '2023年2月12日', ...after].join('\n');
    const m = metaOf(text);
    expect(m.title).toBe(OWN);
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
    expect(m.agency).toBe(AGENCY);
  });

  it("should cut a wrapped entry's last words pypdf glued before the heading's year ('报告2025年…')", () => {
    const a = '云岭市白沙区人民政府';
    const list = ['2024年云岭市白沙区', '人民政府政府信息公', '开工作年度报告', '清溪县白水乡市场监', '督管理局 2024 年政府', '信息公开工作年度报', '告', '云岭市白', '沙区人民政府 2024 年', '度政府信息公开工作'];
    const text = ['2025-06-27信息公开年报', ...list, `报告2025年${a}政府信息公开工`, '作年度报告', `发布时间： 2026-02-13 来源：${a}`, ...BODY, a, '2026年2月13日'].join('\n');
    const m = metaOf(text);
    expect(m.title).toBe(`2025年${a}政府信息公开工作年度报告`);
    expect(m.agency).toBe(a);
  });
});
