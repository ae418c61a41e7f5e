/**
 * Text dumps' own damage, fixed where every format's text is normalised: format characters in a
 * column-aligned dump (w3m), html2text's '_' cell padding, and report titles a dump wraps or marks
 * (html2text '* … *', w3m '• ' menus, full-width digits).
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { blankCellPadding } from '../src/layout/cell-padding.js';
import { extractMeta } from '../src/meta/index.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { scoreMeta } from '../src/score/meta.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** w3m -dump -cols 160 of samples/html-cms-utf8.html (golden/html-cms-utf8.golden.json). */
const W3M = readFileSync(new URL('./fixtures/dumps/w3m-html-cms-utf8.txt', import.meta.url), 'utf8');

/** `ch` after every 23rd character (not a newline): a crawler's sprinkling. */
function sprinkle(text: string, ch: string): string {
  let n = 0;
  return [...text].map((c) => (c !== '\n' && ++n % 23 === 0 ? c + ch : c)).join('');
}

describe('format characters in a column-aligned text dump', () => {
  for (const [name, ch] of [['U+200B', '\u200b'], ['U+200C', '\u200c'], ['U+200D', '\u200d'], ['U+FEFF', '\ufeff'], ['U+2060', '\u2060'], ['U+00AD', '\u00ad']] as const) {
    it(`should read the w3m dump with ${name} sprinkled as the clean one (hand-checked values)`, async () => {
      const report = await extract(enc(sprinkle(W3M, ch)), { name: 'w3m.txt', format: 'text' });
      const data = flattenData(report.data);
      const fields = report.fields as Record<string, { confidence: number }>;
      // The dump's lines 63 and 67: 本年新收 │103 │45 │0 │4 │19 │16 │187│; 予以公开 … │3 │ (golden/html-cms-utf8).
      expect([data.get('requests.newReceived.naturalPerson'), data.get('requests.newReceived.total'), data.get('requests.granted.total'), data.get('requests.newReceived.commercial')]).toEqual([103, 187, 3, 45]);
      expect(fields['requests.newReceived.total']!.confidence).toBeGreaterThanOrEqual(0.9);
      expect([...data.values()].filter((v) => v === null).length).toBe(0);
    });
  }
});

describe("html2text's '_' cell padding", () => {
  it('should blank padding at a cell boundary or a digit, and keep an underscore inside words', () => {
    expect(blankCellPadding('|规章_|_____0___|9___|')).toBe('|规章 |     0   |9   |');
    expect(blankCellPadding('|file_name|信息_公开|3|')).toBe('|file_name|信息_公开|3|');
    expect(blankCellPadding('见 a_b 与 c__d')).toBe('见 a_b 与 c__d');
  });

  it('should read a table html2text padded with underscores', async () => {
    const row = (label: string, v: number[]) => `|${label}____|${v.map((x) => `____${x}___`).join('|')}|`;
    const text = [
      '示例市第9局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '|___第二十条第（一）项___________|',
      '|___信息内容____|___本年制发件数___|___本年废止件数___|___现行有效件数___|',
      row('规章', [3, 0, 12]),
      row('行政规范性文件', [8, 5, 245]),
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const data = flattenData((await extract(enc(text), { name: 'h2t.txt', format: 'text' })).data);
    expect([data.get('activeDisclosure.regulations.issued'), data.get('activeDisclosure.regulations.inForce'), data.get('activeDisclosure.normativeDocuments.repealed'), data.get('activeDisclosure.normativeDocuments.inForce')]).toEqual([3, 12, 5, 245]);
  });
});

/** Title, agency, year and their confidences of a text dump. */
function metaOf(text: string) {
  const m = scoreMeta(extractMeta({ lines: textToLines(text), name: 'x.txt' }));
  return { title: m.title, agency: m.agency, year: m.year, tc: m.fields.title.confidence, ac: m.fields.agency.confidence, flags: m.fields.title.flags };
}

const BODY = ['发布日期：2022-01-26   来源：安徽省芜湖市镜湖区农业农村局', '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。', '一、总体情况', '六、其他需要报告的事项', '无。'];
const AGENCY = '安徽省芜湖市镜湖区农业农村局';
const TITLE = `${AGENCY}2021年度政府信息公开工作年度报告`;

describe('report titles in text dumps', () => {
  it('should join a title wrapped after its year (Chromium print, pdftotext -layout: b44-11)', () => {
    const m = metaOf([`${AGENCY}2021年`, '度政府信息公开工作年度报告', ...BODY].join('\n'));
    expect([m.title, m.agency, m.year]).toEqual([TITLE, AGENCY, 2021]);
  });

  it('should join a title wrapped inside its year or inside the agency name printed whole elsewhere', () => {
    expect(metaOf([`${AGENCY}20`, '21年度政府信息公开工作年度报告', ...BODY].join('\n')).title).toBe(TITLE);
    expect(metaOf(['安徽省芜湖市镜湖区农业', '农村局2021年度政府信息公开工作年度报告', ...BODY].join('\n')).title).toBe(TITLE);
  });

  it('should join a title a narrow page wrapped onto four lines (Chromium print of a narrow <h1>)', () => {
    const four = ['南通市游仙区市场监', '督管理局2021年度', '政府信息公开工作年', '度报告'];
    const whole = metaOf([...four, '如对本报告有疑问，请与南通市游仙区市场监督管理局办公室联系。', ...BODY.slice(1)].join('\n'));
    expect([whole.title, whole.tc >= 0.9]).toEqual(['南通市游仙区市场监督管理局2021年度政府信息公开工作年度报告', true]);
    // The name printed nowhere else: the first line may or may not be the title's; not confirmed.
    const cut = metaOf([...four, ...BODY.slice(1)].join('\n'));
    expect([cut.tc < 0.9, cut.flags.includes('incomplete')]).toEqual([true, true]);
  });

  it('should not confirm a title starting mid-word, nor one under a piece of words it could not join', () => {
    const mid = metaOf(['度政府信息公开工作年度报告', ...BODY].join('\n'));
    expect(mid.tc).toBeLessThan(0.9);
    expect(mid.flags).toContain('incomplete');
    const head = metaOf(['安徽省宜', '昌市镜湖区人民政府办公室2022年政府信息公开工作年度报告', ...BODY.slice(1)].join('\n'));
    expect([head.title, head.tc < 0.9, head.flags.includes('incomplete')]).toEqual(['昌市镜湖区人民政府办公室2022年政府信息公开工作年度报告', true, true]);
    // The sign-off prints the name without the province the head piece starts with: no join. The title's
    // '改革委员会' is the tail of the sign-off's name cut inside a word: no evidence, the sign-off's name is read.
    const tail = metaOf(['四川省绵阳市游仙区发展和', '改革委员会2021年度政府信息公开工作年度报告', ...BODY.slice(1), '绵阳市游仙区发展和改革委员会', '2022年1月20日'].join('\n'));
    expect([tail.agency, tail.ac < 0.9, tail.tc < 0.9]).toEqual(['绵阳市游仙区发展和改革委员会', true, true]);
  });

  it("should strip html2text's bold marks, w3m's menu column and bullets, and full-width digits", () => {
    expect(metaOf([`* ${TITLE} *`, ...BODY].join('\n')).title).toBe(TITLE);
    expect(metaOf([`  • 信息公开指南                    ${TITLE}`, '  • 信息公开制度                    发布时间：2022-01-26', ...BODY.slice(1)].join('\n')).title).toBe(TITLE);
    expect(metaOf([`    * 政府信****** ${TITLE} **`, ...BODY].join('\n')).title).toBe(TITLE);
    expect(metaOf([`${AGENCY}２０２１年度政府信息公开工作年度报告`, ...BODY].join('\n')).title).toBe(TITLE);
    const joined = metaOf([`* ${TITLE} * 2022-01-28`, ...BODY].join('\n'));
    expect([joined.title, joined.agency]).toEqual([TITLE, AGENCY]);
  });
});
