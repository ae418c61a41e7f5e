/**
 * The report's identity read from dumps nobody tuned on: a page converted to a lightweight markup
 * (pandoc -t asciidoc | mediawiki | rst | org | textile | dokuwiki | jira | haddock | markdown) prints its
 * title and sign-off with their markup, which is never part of the title or the name; institutions
 * (schools, a 林场) publish reports too; a report's plans and its signing date are no statement of the year
 * it is about. Inputs are written here as pandoc writes them (pandoc need not be installed).
 */
import { extractMeta } from '../src/meta/index.js';
import type { Line } from '../src/model/document.js';
import { scoreMeta } from '../src/score/meta.js';
import { unmarkedLine } from '../src/layout/unmarked-line.js';
import { planVariant, scoreGaps } from '../scripts/meta-gap-variants.mjs';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ cells: [t], source: { line: i + 1 }, separated: false }));
const meta = (text: string, name = 'report.txt') => scoreMeta(extractMeta({ lines: linesOf(text), name }));
const BODY = '一、总体情况\n本年度全年主动公开政府信息1254条。\n六、其他需要报告的事项\n无。';
const TITLE = '江海市第一中学2023年政府信息公开工作年度报告';
const NAME = '江海市第一中学';

describe('lightweight markup around the title and the sign-off', () => {
  it.each([
    ['asciidoc', `= ${TITLE}`, `*${NAME}* +`, '*2024年1月10日*'],
    ['asciidoc section', `== ${TITLE}`, `${NAME} +`, '2024年1月10日'],
    ['mediawiki', `= ${TITLE} =`, `'''${NAME}'''<br />`, "'''2024年1月10日'''"],
    ['rst rubric', `.. rubric:: ${TITLE}`, `| **${NAME}**`, '| **2024年1月10日**'],
    ['rst underlined', `${TITLE}\n${'='.repeat(40)}`, `   ${NAME}`, '   2024年1月10日'],
    ['org', `* ${TITLE}`, `*${NAME}*\\\\`, '*2024年1月10日*'],
    ['org keyword', `#+title: ${TITLE}`, `${NAME}\\\\`, '2024年1月10日'],
    ['textile', `h1(#t1). ${TITLE}`, `*${NAME}*`, '*2024年1月10日*'],
    ['dokuwiki', `====== ${TITLE} ======`, `**${NAME}**\\\\`, '**2024年1月10日**'],
    ['jira', `h1. {anchor:t1}${TITLE}`, `*${NAME}*`, '*2024年1月10日*'],
    ['haddock', `= ${TITLE}\n#t1#`, `__${NAME}__`, '__2024年1月10日__'],
    ['markdown', `# ${TITLE} {#t1}`, `**${NAME}**\\`, '**2024年1月10日**'],
    ['markdown setext', `${TITLE}\n${'-'.repeat(40)}`, NAME, '2024年1月10日'],
  ])('%s: the bare title, agency and year, confirmed by the sign-off', (_form, title, name, date) => {
    const m = meta(`${title}\n${BODY}\n${name}\n${date}`);
    expect(m.title).toBe(TITLE);
    expect(m.agency).toBe(NAME);
    expect(m.year).toBe(2023);
    expect(m.publishedAt).toBe('2024-01-10');
    expect(m.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should never report a title still holding markup at 0.9 or above', () => {
    // A markup unmarkedLine does not know (a Creole heading with a trailing mark): the title keeps it, and is not trusted.
    const m = meta(`${TITLE} ~~\n${BODY}\n${NAME}\n2024年1月10日`);
    expect(m.title).toBe(`${TITLE} ~~`);
    expect(m.fields.title.flags).toContain('damaged');
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });

  it('should leave a line without markup as it is', () => {
    for (const line of ['江海市财政局', '| 规章 | 2 | 0 |', '1. 江海市财政局', '本年度未收取信息处理费。', '* ']) expect(unmarkedLine(line)).toBe(line);
  });
});

describe('institutions as agencies', () => {
  it.each(['江海市第一中学', '青原县第二小学', '南湖市实验幼儿园', '临川区职业技术学院', '江海市委党校'])('should read %s from the title', (name) => {
    const m = meta(`${name}2023年政府信息公开工作年度报告\n${BODY}\n${name}\n2024年1月10日`);
    expect(m.agency).toBe(name);
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should read a name with another ending only where the title and the sign-off print it alike', () => {
    const both = meta(`青原县国有林场2023年政府信息公开工作年度报告\n${BODY}\n青原县国有林场\n2024年1月10日`);
    expect(both.agency).toBe('青原县国有林场');
    const titleOnly = meta(`青原县国有林场2023年政府信息公开工作年度报告\n${BODY}\n2024年1月10日`);
    expect(titleOnly.agency).toBeNull();
    const other = meta(`青原县国有林场2023年政府信息公开工作年度报告\n${BODY}\n青原县气象台站点\n2024年1月10日`);
    expect(other.agency).toBeNull();
  });
});

describe('years that are not the year reported on', () => {
  it("should not read the overview's plan ('2024年，我局将…') as the year", () => {
    const m = meta(`青原县财政局政府信息公开工作年度报告\n一、总体情况\n2024年，我局将进一步深化政务公开。\n六、其他需要报告的事项\n无。\n青原县财政局`);
    expect(m.year).toBeNull();
  });

  it("should dispute a title's year the sign-off dates in (a report is signed after its year)", () => {
    const m = meta(`青原县财政局2024年政府信息公开工作年度报告\n${BODY}\n青原县财政局\n2024年1月20日`);
    expect(m.year).toBeNull();
    expect(m.fields.year.flags).toContain('ambiguous');
    expect(m.fields.year.candidates).toEqual(expect.arrayContaining([2024, 2023]));
    const beside = meta(`青原县财政局政府信息公开工作年度报告\n（2024年度）\n一、总体情况\n2023年以来，我局深化政务公开。\n六、其他需要报告的事项\n无。\n青原县财政局\n2024年1月20日`);
    expect(beside.year).toBeNull();
  });

  it('should read no plan year and no publication year at 0.8 or above on generated variants', async () => {
    const n = await scoreGaps(
      Array.from({ length: 120 }, (_, i) => 5000 + i),
      planVariant,
      async (v: { text: string; name: string }) => {
        const m = meta(v.text, v.name);
        return { ...m, metaFields: m.fields };
      },
      ['year'],
    );
    expect(n.year?.wrongHigh).toBe(0);
    expect(n.year?.wrong85).toBe(0);
    expect(n.year?.right).toBeGreaterThan(50);
  });
});
