/**
 * A title naming a body whose unit signs the report ('…市公安局2023年…' over the sign-off '…市公安局交通警察支队'): in a plain
 * dump of a CMS page whose '相关信息' box is printed between the pieces of the page's own wrapped title, the box's entry for the
 * parent body's report of the same year is read as the title. The sign-off does not confirm it (meta/agency-name `unitOf`,
 * score/meta `parentTitle`); a title of the report's fixed words only is a wrapped title's last line (score/meta `GENERIC_TITLE`).
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];

describe('a title naming the parent body of the agency that signs', () => {
  it('should not read a links box entry between the own title pieces at 0.8 or more (plain dump)', () => {
    const text = [
      '网站首页 政务公开 法定主动公开内容 政府信息公开年报',
      '您当前的位置：网站首页 > 政务公开 > 年度报告',
      '',
      '2022年新疆生产建设兵团第一师',
      '阿拉尔市二二四团政府信息公开',
      '',
      '相关信息',
      '',
      '新疆生产建设兵团第一师阿拉尔市二',
      '二四团2021年政府信息公开工作年度',
      '报告',
      '新疆生产建设兵团第一师阿拉尔市',
      '2022年政府信息公开工作年度报告',
      '',
      '工作年度报告',
      '',
      '发布时间：2023-02-12 来源：新疆生产建设兵团第一师阿拉尔市二二',
      '四团',
      '',
      ...BODY,
      '新疆生产建设兵团第一师阿拉尔市二二四团',
      '2023年2月12日',
    ].join('\n');
    const m = metaOf(text);
    if (m.title !== '2022年新疆生产建设兵团第一师阿拉尔市二二四团政府信息公开工作年度报告') expect(m.fields.title.confidence).toBeLessThan(0.8);
    if (m.agency !== '新疆生产建设兵团第一师阿拉尔市二二四团') expect(m.fields.agency.confidence).toBeLessThan(0.8);
    expect(m.year).toBe(2022);
  });

  it('should cap a title of the parent body below 0.8 and leave the agency undecided', () => {
    const m = metaOf(['临川市公安局2023年政府信息公开工作年度报告', ...BODY, '临川市公安局交通警察支队', '2024年1月20日'].join('\n'));
    expect(m.fields.title.confidence).toBeLessThan(0.8);
    expect(m.fields.title.flags).toContain('conflict');
    expect(m.agency).toBeNull();
    expect(m.fields.agency.candidates).toEqual(['临川市公安局', '临川市公安局交通警察支队']);
  });

  it("should take the title naming the signing unit before its parent's", () => {
    const text = ['临川市公安局2023年政府信息公开工作年度报告', '', '临川市公安局交通警察支队2023年政府信息公开工作年度报告', '', ...BODY, '临川市公安局交通警察支队', '2024年1月20日'].join('\n');
    const m = metaOf(text);
    expect([m.title, m.agency, m.year]).toEqual(['临川市公安局交通警察支队2023年政府信息公开工作年度报告', '临川市公安局交通警察支队', 2023]);
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['青禾县人民政府', '青禾县人民政府办公室'],
    ['青禾县', '青禾县人民政府'],
    ['南湖市高新技术产业开发区', '南湖市高新技术产业开发区管理委员会'],
  ])('should still confirm %s signed by its own office or government (%s)', (agency, signer) => {
    const m = metaOf([`${agency}2023年政府信息公开工作年度报告`, ...BODY, signer, '2024年1月20日'].join('\n'));
    expect(m.title).toBe(`${agency}2023年政府信息公开工作年度报告`);
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a title whose agency is the tail of the sign-off's, cut inside a word", () => {
  it("should not confirm '四七团' by a sign-off of '…第一四七团' (the line above wrapped inside the name)", () => {
    const agency = '新疆生产建设兵团第一师阿拉尔市第一四七团';
    const m = metaOf(['新疆生产建设兵团第一师阿拉尔市第一', '四七团2020年度政府信息公开工作年度报告', '', ...BODY, agency, '2021年3月13日'].join('\n'));
    if (m.title !== `${agency}2020年度政府信息公开工作年度报告`) expect(m.fields.title.confidence).toBeLessThan(0.8);
    if (m.agency !== agency) expect(m.fields.agency.confidence).toBeLessThan(0.8);
  });

  it('should not confirm it in a layout dump whose own title column wraps inside the name (sidebar-column-variants 304)', () => {
    const agency = '新疆生产建设兵团第一师阿拉尔市第一四七团';
    const head = [
      '网站首页 政务公开 法定主动公开内容 政府信息公开年报',
      '您当前的位置：网站首页 > 政务公开 > 年度报告',
      '                                          相关信息',
      '新疆生产建设兵团第一师阿拉尔市第一',
      '                                          新疆生产建设兵团第一师阿拉尔市第',
      '四七团2020年度政府信息公开工作年度                       一四七团2019年政府信息公开工作年',
      '                                          度报告',
      '报告                                        新疆生产建设兵团第一师阿拉尔市',
      '                                          2020年政府信息公开工作年度报告',
      '发布时间：2021-03-13 来源：新疆生产建设兵团第一师阿拉尔市第一',
      '四七团                                  新疆生产建设兵团第一师阿拉尔市第',
      '                                          一四七团2018年度政府信息公开工作',
    ];
    const m = metaOf([...head, ...BODY, `${' '.repeat(21)}${agency}`, '', `${' '.repeat(51)}2021年3月13日`].join('\n'));
    if (m.title !== `${agency}2020年度政府信息公开工作年度报告`) expect(m.fields.title.confidence).toBeLessThan(0.8);
    if (m.agency !== agency) expect(m.fields.agency.confidence).toBeLessThan(0.8);
  });

  it('should still confirm a shorter form that ends the sign-off as a name', () => {
    const m = metaOf(['洪泽区人民政府2023年政府信息公开工作年度报告', ...BODY, '淮安市洪泽区人民政府', '2024年1月20日'].join('\n'));
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a title of the fixed words only', () => {
  it.each(['政府信息公开工作年度报告', '年政府信息公开工作年度报告'])('should read %s at 0.7 at most', (title) => {
    const m = metaOf([title, ...BODY, '阿尔山市第三人民医院', '2021年1月20日'].join('\n'));
    if (m.title !== null) expect(m.fields.title.confidence).toBeLessThanOrEqual(0.7);
  });
});
