/**
 * Crawler text of a small agency's report page printing 0 as an empty cell (strip51; fresh50 k3: tag strips, html2text,
 * lynx, w3m). Table 四 printed with every cell blank leaves its header alone in the dump, and a table 二 row with every cell
 * blank leaves its label alone: both came out missing. In a document whose table 三 reads as printing its zeros blank
 * they are rows printed empty — 0, `blank`, capped below 0.8 (nothing printed tells a blank row from one whose values a dumper
 * moved: map/review-stream headerOnlyGroup, map/empty-active-rows). And a CMS byline printed ABOVE a title wrapped over two
 * lines, in a dump hard-wrapped at a width, was joined with the title's first line as a wrapped paragraph (layout/hard-wrap):
 * the title was not read (fresh50 probe c07). scripts/text-browser-variants.mjs `--sparse --byline`.
 */
import { extract, flattenData } from '../src/index.js';
import { unwrapLines } from '../src/layout/hard-wrap.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { findTitle } from '../src/meta/title.js';
import { REQUEST_NODE_ROWS } from './helpers/request-node-rows.js';

/** Table 三's rows printing values (one applicant column and the total beside it); every other row prints nothing. */
const PRINTING: Record<string, readonly string[]> = {
  '一、本年新收政府信息公开申请数量': ['5', '5'],
  '（一）予以公开': ['3', '3'],
  '1.本机关不掌握相关政府信息': ['2', '2'],
  '（七）总计': ['5', '5'],
};
const ROWS = REQUEST_NODE_ROWS;
const HEAD = [
  '示例市第3001局2024年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。',
  '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章',
  '行政规范性文件', '2', '5', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '第二十条第（六）项', '信息内容',
  '本年处理决定数量', '行政处罚', '7', '行政强制', '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费',
  '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人',
  '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
];
const REVIEW_HEADER = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉',
  ...Array.from({ length: 2 }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat()];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', ...REVIEW_HEADER, '五、存在的主要问题及改进情况', '解读形式较为单一。', '六、其他需要报告的事项', '无。'];

/** A tag strip writing one text node a line: blank cells leave nothing. */
const NODES = [...HEAD, ...ROWS.flatMap((r) => [r, ...(PRINTING[r] ?? [])]), ...TAIL].join('\n');

type Fields = Record<string, { confidence: number } | undefined>;
const REVIEW = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviewLitigation.${g}.${c}`));

describe('blank rows of tables 二 and 四 in a crawler dump of a zeros-blank page (strip51)', () => {
  it('table 四 printed as its header alone: 15 × 0, below 0.8', async () => {
    const rep = await extract(Buffer.from(NODES), { name: 'report.txt' });
    const data = flattenData(rep.data);
    for (const k of REVIEW) {
      expect(data.get(k)).toBe(0);
      expect((rep.fields as Fields)[k]?.confidence ?? 1).toBeLessThan(0.8);
    }
  });

  it('table 二 rows printing their label alone: 0, below 0.8; a row whose value is on the line under its label keeps it', async () => {
    const rep = await extract(Buffer.from(NODES), { name: 'report.txt' });
    const data = flattenData(rep.data);
    for (const k of ['activeDisclosure.regulations.issued', 'activeDisclosure.regulations.inForce', 'activeDisclosure.licensing.decisions', 'activeDisclosure.coercion.decisions', 'activeDisclosure.fees.amount']) {
      expect(data.get(k)).toBe(0);
      expect((rep.fields as Fields)[k]?.confidence ?? 1).toBeLessThan(0.8);
    }
    expect(data.get('activeDisclosure.punishment.decisions')).toBe(7);
  });

  it("a row printing marks ('规章///': not applicable) is no blank row", async () => {
    for (const marks of ['规章///\n', '规章\n/\n/\n/\n']) {
      const rep = await extract(Buffer.from(NODES.replace('规章\n', marks)), { name: 'report.txt' });
      expect(flattenData(rep.data).get('activeDisclosure.regulations.issued') ?? null).not.toBe(0);
    }
  });

  it('a page printing its zeros (table 三 printing 0s) leaves an unprinted table 四 missing', async () => {
    const full = [...HEAD, ...ROWS.flatMap((r) => [r, ...(PRINTING[r] ? ['0', '0', '0', '0', '0', ...PRINTING[r]!.slice(0, 1), '0', ...PRINTING[r]!.slice(1)] : ['0', '0', '0', '0', '0', '0', '0', '0'])]), ...TAIL].join('\n');
    const rep = await extract(Buffer.from(full), { name: 'report.txt' });
    const data = flattenData(rep.data);
    for (const k of REVIEW) expect(data.get(k) ?? null).toBeNull();
  });
});

/** Running text hard-wrapped at 30 characters (a PDF text dump, a text browser's width). */
const wrapped = (s: string): string[] => s.match(/.{1,30}/gu) ?? [];
const BODY = '本报告依据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制，所列数据的统计期限自2021年1月1日起至2021年12月31日止。2021年，本局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实条例，全年通过门户网站主动公开政府信息201条，其中政策文件4件，持续推进政务公开工作，不断提升公开质量和实效';

describe('a byline above a title wrapped over two lines (strip51; fresh50 probe c07)', () => {
  const lines = ['首页 > 政府信息公开 > 政府信息公开年报', '发布时间：2022-01-21 来源：忻州市偏关县水利局 浏览次数：373', '忻州市偏关县水利局 2021年政府信息公开工作', '年度报告', ...wrapped(BODY), '一、总体情况'];

  it('layout/hard-wrap: the byline line is not joined to the line under it', () => {
    const out = unwrapLines(lines);
    expect(out).toContain('发布时间：2022-01-21 来源：忻州市偏关县水利局 浏览次数：373');
    // (The body's cut lines are still joined.)
    expect(out.length).toBeLessThan(lines.length);
  });

  it('the title under it is read', () => {
    expect(findTitle(textToLines(lines.join('\n')))?.text.replace(/\s+/g, '')).toBe('忻州市偏关县水利局2021年政府信息公开工作年度报告');
  });
});
