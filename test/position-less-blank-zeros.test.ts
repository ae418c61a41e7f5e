/**
 * Position-less dumps (plain `pdftotext`, pypdf, PDFBox) of a report whose tables leave 0 as an empty cell: an empty cell
 * leaves nothing in the stream, so table 四 printed all blank is its header alone and table 二's rows printing nothing are
 * their labels alone (plain51; fresh50 k4 — table 四 0 of 405 fields read by plain pdftotext, table 二 32 of 330). A document
 * whose tables 二 and 三 print no 0 (and fewer numbers than cells) prints its zeros blank (map/review-stream
 * textZerosBlank): table 四 of header words only is 15 × 0 and table 二's small tables are read from fewer values than cells
 * (map/active-small-tables short blocks) — every such 0 below 0.8 (nothing printed shows it was not lost instead). A
 * document printing its zeros keeps them missing.
 */
import { extract } from '../src/index.js';

const HEAD = ['测试市第7局2024年政府信息公开工作年度报告', '', '一、总体情况', '本机关认真贯彻落实条例，持续推进政务公开工作。', '二、主动公开政府信息情况'];
const REQUEST_LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度', '（一）予以公开', '办理结果 （二）部分公开（区分处理的，只计这一情形，不', '计其他情形）', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '（三）不', '予公开', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '（四）无', '2.没有现成信息需要另行制作', '法提供', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '（五）不', '3.要求提供公开出版物', '予处理', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取', '信息', '3.其他', '（七）总计', '四、结转下年度继续办理'];
const REVIEW_HEADER = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '复议后起诉', '结果 结果 其他 尚未 总 结果 未经复议直接起诉', '其他 尚未 总 结果 结果 其他 尚未 总', '维持 纠正 结果 审结 计 维持 结果', '纠正 结果 审结 计 维持 纠正 结果 审结 计'];
const TAIL = ['五、存在的主要问题及改进情况', '一是公开内容不够全面。', '六、其他需要报告的事项', '无。'];
const REQUEST_HEAD = ['三、收到和处理政府信息公开申请情况', '申请人情况', '法人或其他组织', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'];

/** Plain pdftotext: each cell a line, blank cells gone; table 三's only values under 新收 / 予以公开 / 总计 ('12' twice). */
function plainDump(zero: string): string {
  const active = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', ...(zero ? [zero, zero, zero] : []), '行政规范性文件', ...(zero ? [zero, zero, zero] : []), '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', ...(zero ? [zero] : []), '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '267', '行政强制', ...(zero ? [zero] : []), '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '288.41'];
  const requests = REQUEST_LABELS.flatMap((l) => (/新收|予以公开|（七）总计/.test(l) ? [l, '12', '12'] : [l]));
  return [...HEAD, ...active, ...REQUEST_HEAD, ...requests, ...REVIEW_HEADER, ...TAIL].join('\n');
}

/** pypdf: a row's values on its label's line, the labels of rows printing nothing run together with the headings between them. */
function pypdfDump(): string {
  const active = ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章', '行政规范性文件', '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 267', '行政强制', '第二十条第（八）项', '信息内容 本年收费金额（单位：万元）', '行政事业性收费 288.41'];
  const requests = REQUEST_LABELS.map((l) => (/新收|予以公开|（七）总计/.test(l) ? `${l} 12 12` : l));
  return [...HEAD, ...active, ...REQUEST_HEAD, ...requests, ...REVIEW_HEADER, ...TAIL].join('\n');
}

const read = async (text: string) => extract(new TextEncoder().encode(text), { name: 'dump.txt' });
const field = (r: Awaited<ReturnType<typeof read>>, key: string) => ({ value: (r.fields as Record<string, { value?: unknown; confidence: number }>)[key]!.confidence, ...flat(r.data as unknown as Record<string, unknown>, key) });
function flat(data: Record<string, unknown>, key: string): { got: unknown } {
  let o: unknown = data;
  for (const p of key.split('.')) o = (o as Record<string, unknown> | null)?.[p];
  return { got: o };
}
const REVIEW = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviewLitigation.${g}.${c}`));
const BLANK_ACTIVE = ['regulations.issued', 'regulations.repealed', 'regulations.inForce', 'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce', 'licensing.decisions', 'coercion.decisions'].map((k) => `activeDisclosure.${k}`);

describe('position-less dumps of a zeros-blank report', () => {
  it.each([
    ['plain pdftotext', plainDump('')],
    ['pypdf', pypdfDump()],
  ])('%s: table 四 of header words only reads 15 × 0 and table 二 rows printing nothing read 0, all below 0.8', async (_, text) => {
    const r = await read(text);
    for (const k of [...REVIEW, ...BLANK_ACTIVE]) {
      const f = field(r, k);
      expect([k, f.got]).toEqual([k, 0]);
      expect(f.value).toBeLessThan(0.8);
    }
    expect(field(r, 'activeDisclosure.punishment.decisions').got).toBe(267);
    expect(field(r, 'activeDisclosure.fees.amount').got).toBe(288.41);
  });

  it('pypdf: a small table whose rows print their values on their label lines — a row printing nothing reads 0, a row printing some of its cells stays open', async () => {
    const text = pypdfDump().replace('规章\n行政规范性文件', '规章 5 3 9\n行政规范性文件').replace('行政处罚 267\n行政强制', '行政处罚 267\n行政强制 4');
    const r = await read(text);
    expect(['issued', 'repealed', 'inForce'].map((c) => field(r, `activeDisclosure.regulations.${c}`).got)).toEqual([5, 3, 9]);
    for (const c of ['issued', 'repealed', 'inForce']) expect(field(r, `activeDisclosure.normativeDocuments.${c}`)).toMatchObject({ got: 0 });
    expect(field(r, 'activeDisclosure.coercion.decisions').got).toBe(4);
    const partial = await read(pypdfDump().replace('规章\n行政规范性文件', '规章 5 9\n行政规范性文件'));
    for (const c of ['issued', 'repealed', 'inForce']) {
      const f = field(partial, `activeDisclosure.regulations.${c}`);
      if (f.got !== null) expect(f.value).toBeLessThan(0.8);
      expect(field(partial, `activeDisclosure.normativeDocuments.${c}`).got).toBe(0);
    }
  });

  it('plain pdftotext writing a small table column by column (its values after its header, before its labels): a label alone there is no row of blank cells', async () => {
    // ('现行有效件数' / '9' / '1' / '31' / '规章' / '行政规范性文件': fresh50 k4/pdftotext-raw b15 — the merged zeros-blank rules
    // had read 行政规范性文件's 9 / 1 / 31 as 0 at 0.75, map/empty-active-rows valuesApart.)
    const r = await read(plainDump('').replace('现行有效件数\n规章\n行政规范性文件', '现行有效件数\n9\n1\n31\n规章\n行政规范性文件'));
    for (const [c, want] of [['issued', 9], ['repealed', 1], ['inForce', 31]] as const) {
      const f = field(r, `activeDisclosure.normativeDocuments.${c}`);
      if (f.got !== null) expect([c, f.got]).toEqual([c, want]);
      if (f.got !== null) expect(f.value).toBeLessThan(0.8);
    }
    expect(field(r, 'activeDisclosure.licensing.decisions').got).toBe(0);
  });

  it('plain pdftotext writing table 二\'s labels first and its headers and values after the last small table: nothing read at >= 0.8, no label alone read 0', async () => {
    // (fresh51 k4 b04: '规章' … '行政事业性收费', then '本年制发件数' '本年废止件数' '现行有效件数' '3' '本年处理决定数量' … '本年收费金额':
    // the 3 — 行政规范性文件's 本年制发件数 — had been 收费 at 0.95, the short blocks' exact count no confirmation.)
    const active = ['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '第二十条第（五）项', '信息内容', '行政许可', '第二十条第（六）项', '信息内容', '行政处罚', '行政强制', '第二十条第（八）项', '信息内容', '行政事业性收费', '本年制发件数', '本年废止件数', '现行有效件数', '3', '本年处理决定数量', '本年处理决定数量', '本年收费金额（单位：万元）'];
    const text = plainDump('').replace(/第二十条第（一）项[\s\S]*?288\.41/, active.join('\n'));
    const r = await read(text);
    const truth: Record<string, number> = { 'normativeDocuments.issued': 3 };
    for (const k of [...BLANK_ACTIVE, 'activeDisclosure.punishment.decisions', 'activeDisclosure.fees.amount']) {
      const f = field(r, k);
      const want = truth[k.replace('activeDisclosure.', '')] ?? 0;
      if (f.got !== null && f.got !== want) expect([k, f.got, f.value < 0.8]).toEqual([k, f.got, true]);
    }
    expect(field(r, 'activeDisclosure.regulations.issued').got).toBeNull();
  });

  // blank56: a position-less dumper writes a table's values after its header; none after table 四's header, nor anywhere after
  // it, nor beyond tables 二 and 三's cells before it — the table printed none, though table 二 prints '0': read from its header
  // alone (map/blank-table labelsAloneBlank, the evidence blank55 gave table 三), ≤ 0.7. With a number after it: kept missing.
  it('a report printing its zeros (table 二 prints 0) with table 四 of header words only and no number after it: 15 × 0 at ≤ 0.7', async () => {
    const r = await read(plainDump('0'));
    for (const k of REVIEW) {
      expect(field(r, k).got).toBe(0);
      expect(field(r, k).value).toBeLessThanOrEqual(0.7);
    }
    const after = await read(plainDump('0').replace('一是公开内容不够全面。', '一是公开内容不够全面。\n1 0 0 0 1'));
    for (const k of REVIEW) expect(field(after, k).got).toBeNull();
  });
});
