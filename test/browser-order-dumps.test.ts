/**
 * Text browsers' dumps of report pages (scripts/text-browser-variants.mjs).
 *
 * (1) A genuinely reordered table 三 (总计 自然人 | 科研机构 社会公益组织 法律服务机构 其他 商业企业) dumped
 * by `lynx -dump` one cell per line (header-lines-variants seed 2, lynx80): no reading places every
 * column; the rows' totals moved 总计 first and the sub-columns stayed in the template's order at
 * 0.85 (newReceived.commercial 1 for 15). The band's whole words name the sub-columns in another order
 * (map/header-word-stream): every value of the table < 0.8. The same table printed in the template's
 * order keeps its reading.
 *
 * (2) Debian html2text (1.3.2a) lays a narrow table out by bytes: '其他对�17��理�3�务事13�' — the
 * values written over the label, cut inside its characters. The row matched fuzzily from that broken
 * text gave 0.838; a label matched fuzzily or in part from text with U+FFFD is < 0.8 (score DAMAGED_LABEL_CAP).
 */
import { orderKeys } from './helpers/report-fields.js';
import { extract, flattenData } from '../src/index.js';

type Conf = Record<string, { confidence: number } | undefined>;

const HEAD = '总计|自然人|法人或其/他组织|科研/机构|社会公/益组织|法律服/务机构|其他|商业/企业';
const TEMPLATE_HEAD = '自然人|法人或其/他组织|总计|商业/企业|科研/机构|社会公/益组织|法律服/务机构|其他';
const ROWS = '一、本年新收政府信息公开申请数量|76|55|1|0|4|1|15|二、上年结转政府信息公开申请数量|3|1|0|0|1|0|1|三、本年度办理结果|（一）予以公开|1|0|0|0|1|0|0|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|9|8|0|0|0|0|1|（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0|2.其他法律行政法规禁止公开|2|0|0|0|0|0|2|3.危及“三安全一稳定”|1|0|0|0|0|1|0|4.保护第三方合法权益|8|6|1|0|1|0|0|5.属于三类内部事务信息|1|0|0|0|0|0|1|6.属于四类过程性信息|9|5|0|0|1|0|3|7.属于行政执法案卷|7|7|0|0|0|0|0|8.属于行政查询事项|8|8|0|0|0|0|0|（四）无法提供|1.本机关不掌握相关政府信息|7|7|0|0|0|0|0|2.没有现成信息需要另行制作|0|0|0|0|0|0|0|3.补正后申请内容仍不明确|0|0|0|0|0|0|0|（五）不予处理|1.信访举报投诉类申请|2|0|0|0|0|0|2|2.重复申请|1|0|0|0|1|0|0|3.要求提供公开出版物|0|0|0|0|0|0|0|4.无正当理由大量反复申请|0|0|0|0|0|0|0|5.要求行政机关确认或重新出具已获取信息|11|9|0|0|0|0|2|（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|6|2|0|0|1|0|3|3.其他|0|0|0|0|0|0|0|（七）总计|73|52|1|0|5|1|14|四、结转下年度继续办理|6|4|0|0|0|0|2';
/** Printed order of the reordered page: 总计 自然人 科研机构 社会公益组织 法律服务机构 其他 商业企业. */
const PRINTED = ['total', 'naturalPerson', 'research', 'socialOrg', 'legalService', 'otherOrg', 'commercial'];
const TEMPLATE = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

/** A lynx -dump of table 三: every cell a paragraph of its own (3 spaces in, a blank line after), wrapped pieces on lines of their own. */
function lynxDump(head: string, reorder: (values: string[]) => string[]): string {
  const cells: string[] = [];
  const items = ROWS.split('|');
  for (let i = 0; i < items.length; ) {
    cells.push(items[i]!);
    i++;
    if (/^\d/.test(items[i] ?? '')) {
      pushRow(cells, reorder(items.slice(i, i + 7)));
      i += 7;
    }
  }
  const body = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', ...head.split('|'), ...cells];
  return ['某某局2024年政府信息公开工作年度报告', '', '   三、收到和处理政府信息公开申请情况', '', ...body.map((c) => c.split('/').map((p) => `   ${p}`).join('\n') + '\n')].join('\n');
}
function pushRow(cells: string[], values: string[]): void {
  for (const v of values) cells.push(v);
}

describe('text browser dumps', () => {
  it('a reordered table 三 dumped one cell per line, its order not read: every value below 0.8 (fails before: 0.85)', async () => {
    const rep = await extract(Buffer.from(lynxDump(HEAD, (v) => v)), { name: 'lynx.txt' });
    const got = flattenData(rep.data);
    const fields = rep.fields as unknown as Conf;
    const truth = Object.fromEntries(PRINTED.map((k, i) => [k, [76, 55, 1, 0, 4, 1, 15][i]]));
    let wrong = 0;
    for (const k of TEMPLATE) {
      const key = `requests.newReceived.${k}`;
      if (got.get(key) !== truth[k]) {
        wrong++;
        expect(fields[key]?.confidence ?? 0).toBeLessThan(0.8);
      }
    }
    expect(wrong).toBeGreaterThan(0);
    // (A row printing one number in every column holds it whatever the order: map/column-order orderFreeKeys.)
    for (const key of orderKeys(rep, 'requests.')) expect(fields[key]!.confidence).toBeLessThan(0.8);
  });

  it('the same table printed in the template order is not opened', async () => {
    const toTemplate = (v: string[]): string[] => TEMPLATE.map((k) => v[PRINTED.indexOf(k)]!);
    const rep = await extract(Buffer.from(lynxDump(TEMPLATE_HEAD, toTemplate)), { name: 'lynx.txt' });
    expect(rep.warnings.some((w) => w.message.includes('column words'))).toBe(false);
    const got = flattenData(rep.data);
    expect(got.get('requests.newReceived.commercial')).toBe(15);
    expect((rep.fields as unknown as Conf)['requests.newReceived.commercial']!.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('html2text values written over a label cut mid-character, matched fuzzily: below 0.8 (fails before: 0.838)', async () => {
    const bytes = Buffer.from('56S65L6L5biC56ysMjAxMOWxgDIwMjTlubTmlL/lupzkv6Hmga/lhazlvIDlt6XkvZzlubTluqbmiqXlkYoK5LqM44CB5Li75Yqo5YWs5byA5pS/5bqc5L+h5oGv5oOF5Ya1wqAK56ys5LqM5Y2B5p2h56ys77yI5LiA77yJ6aG5CuS/oeaBr+WGheWu5pys5bm05pbmnKzlubTmluWvueWkluWFrOW8gOaAu+aVsOmHjwrop4Tnq6AgICAgIDEgICAgICAgMTggICAgICA0CuinhOiMg+aAp+aWMTS7tiAgICAxICAgICAgIDE2CuesrOS6jOWNgeadoeesrO+8iOS6lO+8iemhuQrkv6Hmga/lhoXlruS4iuS4gOW55pys5bm05aLlpITnkIblhrPlrprmlbDph48K6KGM5pS/6K645Y8zICAgICAgIDMgICAgICAgMzQwMwrlhbbku5blr7nlpDE3rqHnkIbmM43liqHkuosxM7kK56ys5LqM5Y2B5p2h56ys77yI5YWt77yJ6aG5CuS/oeaBr+WGheWu5LiK5LiA5bnmnKzlubTlouWkhOeQhuWGs+WumuaVsOmHjwrooYzmlL/lpITnvTExNjYgICAgLTIgICAgICAzMTI4CuihjOaUv+W8uuWIMTkgICAgICAtMyAgICAgIDEwCuesrOS6jOWNgeadoeesrO+8iOWFq++8iemhuQrkv6Hmga/lhoXlruS4iuS4gOW55pys5bm05aKeL+WHjwrooYzmlL/kuovkuDIwgKfmlLboLTIK56ys5LqM5Y2B5p2h56ys77yI5Lmd77yJ6aG5CuS/oeaBr+WGheWu6YeH6LSt6aHph4fotK3mgLvph5Hpop0K5pS/5bqc6ZuG5Lg16YeH6LStIDQwMDIuNzcK5LiJ44CB5pS25Yiw5ZKM5aSE55CG5pS/5bqc5L+h5oGv5YWs5byA55Sz6K+35oOF5Ya1wqAK', 'base64');
    expect(bytes.toString('utf8')).toContain('其他对\ufffd');
    const rep = await extract(bytes, { name: 'html2text.txt' });
    const fields = rep.fields as unknown as Conf;
    for (const key of ['activeDisclosure.otherServices.prevItems', 'activeDisclosure.otherServices.decisions', 'activeDisclosure.fees.prevItems']) {
      expect(fields[key]!.confidence).toBeGreaterThan(0);
      expect(fields[key]!.confidence).toBeLessThan(0.8);
    }
  });
});
