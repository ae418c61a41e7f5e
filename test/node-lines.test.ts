/**
 * Crawler text of a small agency's report page whose zero cells print blank (strip50): a tag strip writing each text node on
 * a line of its own (a row: its label's line, then a line per filled cell — '一、本年新收…数量' / '6' / '6') and one keeping the
 * page's line breaks (a row: its label and its filled cells run together — '一、本年新收…数量66'), and lynx's dump of a
 * Word-pasted page (each node a paragraph: its text, one empty line). Table 三 prints only 12
 * counts, so the absence of a 0 is no evidence on its own; every printing row keeps its own total at some placement (a run
 * cut: 6 | 6), so its rows are read as rows of a table printing zeros blank (map/row-candidates zerosPrintedBlank): rows
 * printing nothing are all 0, each total is read, and which applicant column holds the values — the dump does not say —
 * stays below 0.8. (layout/node-lines joins the one-node-a-line rows; scripts/text-browser-variants.mjs `tagstrip-nl`.)
 * crawl52: labels Word split over node lines, and a print leaving its 总计 column empty too
 * (scripts/text-browser-variants.mjs `--sparse --word --split`).
 */
import { extract, flattenData } from '../src/index.js';
import { joinNodeLines } from '../src/layout/node-lines.js';
import { cleanTitle } from '../src/meta/title.js';
import { REQUEST_NODE_ROWS } from './helpers/request-node-rows.js';

/** Table 三's rows printing values (6 in one applicant column, its total beside it); every other row prints nothing. */
const PRINTING: Record<string, readonly string[]> = {
  '一、本年新收政府信息公开申请数量': ['6', '6'],
  '二、上年结转政府信息公开申请数量': ['1', '1'],
  '（一）予以公开': ['4', '4'],
  '1.本机关不掌握相关政府信息': ['2', '2'],
  '（七）总计': ['6', '6'],
  '四、结转下年度继续办理': ['1', '1'],
};
const ROWS = REQUEST_NODE_ROWS;
const HEAD = [
  '示例市第2002局2024年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。',
  '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '/', '/', '/',
  '行政规范性文件', '2', '5', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '3', '第二十条第（六）项', '信息内容',
  '本年处理决定数量', '行政处罚', '行政强制', '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费',
  '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人',
  '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '五、存在的主要问题及改进情况', '解读形式较为单一。', '六、其他需要报告的事项', '无。'];

/** One text node a line (`tagstrip-nl`). */
const NODES = [...HEAD, ...ROWS.flatMap((r) => [r, ...(PRINTING[r] ?? [])]), ...TAIL].join('\n');
/** lynx -dump of a Word-pasted page: each node a centred paragraph (its text, one empty line), a blank cell nothing. */
const PARAGRAPHS = NODES.split('\n').map((l) => `${' '.repeat(Math.max(0, 30 - l.length))}${l}\n`).join('\n');
/** The page's own line breaks kept, each row's cells run together after its label (`tagstrip`). */
const GLUED = [...HEAD, ...ROWS.map((r) => r + (PRINTING[r] ?? []).join('')), ...TAIL].join('\n');

/** Which applicant column holds a short row's values the dump does not say: each read one stays below 0.8. */
function expectApplicantsInDoubt(rep: Awaited<ReturnType<typeof extract>>, row: string): void {
  const data = flattenData(rep.data);
  const fields = rep.fields as Record<string, { confidence: number } | undefined>;
  for (const c of ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg']) {
    const k = `requests.${row}.${c}`;
    if (data.get(k) !== null && data.get(k) !== undefined) expect(fields[k]?.confidence ?? 0).toBeLessThan(0.8);
  }
}

describe('layout/node-lines joinNodeLines', () => {
  it("joins each table 三 row label's lone numbers onto its line", () => {
    const lines = joinNodeLines(NODES).split('\n');
    expect(lines).toContain('一、本年新收政府信息公开申请数量 6 6');
    expect(lines).toContain('（七）总计 6 6');
    expect(lines).toContain('1.属于国家秘密');
    // Table 二's rows (no row number) stay as printed.
    expect(lines).toContain('行政许可');
  });
  it('reads a paragraph per node (every text line and one empty line) on its text lines', () => {
    const lines = joinNodeLines(PARAGRAPHS).split('\n').map((l) => l.trim());
    expect(lines).toContain('一、本年新收政府信息公开申请数量 6 6');
    expect(lines).not.toContain('6');
    // Two empty lines in a row are a blank cell's (layout/gap-cells): not a paragraph per node.
    const gapped = PARAGRAPHS.replace('（一）予以公开\n\n', '（一）予以公开\n\n\n');
    expect(joinNodeLines(gapped)).toBe(gapped);
  });
  it('leaves a PDF text (page feeds) and a dump without the shape as they were', () => {
    expect(joinNodeLines(NODES.replace('四、政府信息公开行政复议', '\f四、政府信息公开行政复议'))).toBe(NODES.replace('四、政府信息公开行政复议', '\f四、政府信息公开行政复议'));
    // A label followed by more numbers than a table 三 row has cells: a stream of several rows' values.
    const piled = NODES.replace('（七）总计\n6\n6', '（七）总计\n6\n6\n1\n1\n1\n1\n1\n1');
    expect(joinNodeLines(piled)).toBe(piled);
  });
});

describe('small zeros-blank tables in crawler text (strip50)', () => {
  for (const [name, text] of [['one node a line', NODES], ['a paragraph per node', PARAGRAPHS], ['glued cells', GLUED]] as const) {
    it(`${name}: empty rows are 0, totals read, the undetermined applicant column stays below 0.8`, async () => {
      const rep = await extract(Buffer.from(text), { name: 'report.txt' });
      const data = flattenData(rep.data);
      for (const k of ['requests.denied.stateSecret.total', 'requests.denied.stateSecret.naturalPerson', 'requests.notProcessed.duplicate.otherOrg']) expect(data.get(k)).toBe(0);
      expect(data.get('requests.newReceived.total')).toBe(6);
      expect(data.get('requests.unavailable.notHeld.total')).toBe(2);
      expect(data.get('requests.carriedForward.total')).toBe(1);
      // The 6 may be any applicant column's: never read confidently in one.
      expectApplicantsInDoubt(rep, 'newReceived');
    });
  }
});

/**
 * Word-pasted markup splits labels across `<span>` runs, and the strip writes each run a line (crawl52: fresh51
 * k3/tagstrip-lines-wordsplit read 1 of table 三's 175 fields): the row number parted from its text ('8' / '.属于行政查询事项',
 * '（四' / '）无法提供'), the words cut anywhere ('2.其他法律行政法规禁' / '止公开').
 */
const CUTS: Record<string, number> = {
  '一、本年新收政府信息公开申请数量': 6, '2.其他法律行政法规禁止公开': 11, '8.属于行政查询事项': 1, '（四）无法提供': 2,
  '1.本机关不掌握相关政府信息': 6, '（六）其他处理': 1, '3.其他': 2, '（七）总计': 4,
};
const splitLabel = (r: string): string[] => (CUTS[r] === undefined ? [r] : [r.slice(0, CUTS[r]), r.slice(CUTS[r])]);
const SPLIT_NODES = [...HEAD, ...ROWS.flatMap((r) => [...splitLabel(r), ...(PRINTING[r] ?? [])]), ...TAIL].join('\n');

describe('labels split over node lines by Word runs (crawl52)', () => {
  it('joins the pieces that together spell a template label, then the rows\' numbers onto them', () => {
    const lines = joinNodeLines(SPLIT_NODES).split('\n');
    for (const l of ['2.其他法律行政法规禁止公开', '8.属于行政查询事项', '（四）无法提供', '（六）其他处理', '3.其他']) expect(lines).toContain(l);
    expect(lines).toContain('一、本年新收政府信息公开申请数量 6 6');
    expect(lines).toContain('1.本机关不掌握相关政府信息 2 2');
    expect(lines).toContain('（七）总计 6 6');
    expect(lines).not.toContain('8');
  });
  it('joins no pieces that spell no label, and no whole label to the next line', () => {
    const odd = SPLIT_NODES.replace('止公开', '止公开事项');
    const lines = joinNodeLines(odd).split('\n');
    expect(lines).toContain('2.其他法律行政法规禁');
    expect(lines).toContain('止公开事项');
    // '3.其他' is whole: '3.其他' / '（七）总计' would spell no label anyway; '行政许可' (table 二) is left alone.
    expect(lines).toContain('行政许可');
  });
  it('reads the table as its whole-label print: empty rows 0, totals read, the applicant column below 0.8', async () => {
    const rep = await extract(Buffer.from(SPLIT_NODES), { name: 'report.txt' });
    const data = flattenData(rep.data);
    for (const k of ['requests.denied.prohibitedByLaw.total', 'requests.denied.adminQuery.total', 'requests.denied.adminQuery.naturalPerson', 'requests.otherHandling.other.total']) expect(data.get(k)).toBe(0);
    expect(data.get('requests.newReceived.total')).toBe(6);
    expect(data.get('requests.unavailable.notHeld.total')).toBe(2);
    expect(data.get('requests.totalHandled.total')).toBe(6);
    expectApplicantsInDoubt(rep, 'newReceived');
  });
});

/** The same page with its 总计 column printed empty in every row too (crawl52: fresh51 v/tagstrip-lines-thead r09–r16): each row prints its part alone. */
const NO_TOTAL_NODES = [...HEAD, ...ROWS.flatMap((r) => [r, ...(PRINTING[r] ?? []).slice(0, 1)]), ...TAIL].join('\n');

describe('a zeros-blank table 三 printing its 总计 column empty (crawl52)', () => {
  it('joins the rows printing one number each onto their labels', () => {
    const lines = joinNodeLines(NO_TOTAL_NODES).split('\n');
    expect(lines).toContain('一、本年新收政府信息公开申请数量 6');
    expect(lines).toContain('（七）总计 6');
  });
  it("reads each total as its row's values added (derived, below 0.9), empty rows 0, the applicant column below 0.8", async () => {
    const rep = await extract(Buffer.from(NO_TOTAL_NODES), { name: 'report.txt' });
    const data = flattenData(rep.data);
    const field = (k: string) => (rep.fields as Record<string, { confidence: number; flags: string[] } | undefined>)[k];
    for (const [k, v] of [['newReceived', 6], ['carriedOver', 1], ['granted', 4], ['unavailable.notHeld', 2], ['totalHandled', 6], ['carriedForward', 1]] as const) {
      expect(data.get(`requests.${k}.total`)).toBe(v);
      expect(field(`requests.${k}.total`)?.flags).toContain('derived');
      expect(field(`requests.${k}.total`)?.confidence).toBeLessThan(0.9);
    }
    for (const k of ['requests.denied.stateSecret.total', 'requests.denied.stateSecret.naturalPerson', 'requests.partiallyGranted.total']) expect(data.get(k)).toBe(0);
    expectApplicantsInDoubt(rep, 'newReceived');
  });
  it('is no such print where a row keeps its own total (a part and its total printed)', async () => {
    const mixed = NO_TOTAL_NODES.replace('（七）总计\n6', '（七）总计\n6\n6');
    const rep = await extract(Buffer.from(mixed), { name: 'report.txt' });
    expect((rep.fields as Record<string, { flags: string[] } | undefined>)['requests.newReceived.total']?.flags ?? []).not.toContain('derived');
  });
});

describe("a tag strip's nav bar glued before the title (strip50)", () => {
  it("cuts entries parted by '|' off the title's start", () => {
    expect(cleanTitle('首页 | 政务公开 | 政府信息公开年报 | 互动交流临溪区退役军人事务局2023年政府信息公开工作年度报告').text).toBe('临溪区退役军人事务局2023年政府信息公开工作年度报告');
  });
});
