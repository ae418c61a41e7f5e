/**
 * @file Blank cells a PDF dumper wrote as lone no-break spaces (layout/space-blank-cells): PDFBox
 * ExtractText (with and without -sort) and pypdf of a LibreOffice or Chromium print of a Word / WPS
 * page whose empty cells hold '&nbsp;'. gen61 985000 (dev): zeros-blank tables 三 were missing
 * (ambiguous placings of '7 1 8'); the no-break spaces place every cell.
 */
import { readSpaceBlankCells } from '../src/layout/space-blank-cells.js';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequests, lcg } from './helpers/table3.js';

const NB = '\u00a0';

describe('readSpaceBlankCells', () => {
  const rows = [`1.属于国家秘密 ${NB} 7 ${NB} 1 ${NB} ${NB} 8`, `秘密${NB} 7 ${NB} 1 ${NB} ${NB} 8`, `⽌公开18 ${NB} ${NB} 1 ${NB} 3 22`];

  it('should write a row of seven cells with no-break-space blanks as a tab row (label glued on too)', () => {
    expect(readSpaceBlankCells(rows)).toEqual(['1.属于国家秘密\t\t7\t\t1\t\t\t8', '秘密\t\t7\t\t1\t\t\t8', '⽌公开\t18\t\t\t1\t\t3\t22']);
    expect(readSpaceBlankCells([...rows, `${NB} 7 ${NB} 1 ${NB} ${NB} 8`]).at(-1)).toBe('\t\t7\t\t1\t\t\t8');
  });

  it('should read a number whose cell wrapped it with its unit, digits after the 件, as the number', () => {
    // PDFBox -sort of a LibreOffice print, narrow cells: '169件' written '16件9', '18件' '1件8', '6件' '件6' (gen61 985000 r14).
    const wrapped = ['一、本年新收政府信息公开申请数量 16件9 26件 6件 7件 15件 1件8 24件1', `（一）予以公开 3件0 ${NB} 1件 2件 ${NB} ${NB} 3件3`, `（四）无法提 件6 ${NB} ${NB} ${NB} ${NB} 件1 2件7`];
    expect(readSpaceBlankCells(wrapped)).toEqual(['一、本年新收政府信息公开申请数量\t169件\t26件\t6件\t7件\t15件\t18件\t241件', '（一）予以公开\t30件\t\t1件\t2件\t\t\t33件', '（四）无法提\t6件\t\t\t\t\t1件\t27件']);
  });

  it('should read a count\'s unit printed one space after it as its cell\'s', () => {
    // PDFBox -sort, narrow cells: '4 件 5 件 · · · · 9 件' (gen61 985500 r24; before, only its rows of blanks were read so).
    expect(readSpaceBlankCells([...rows, `（一）予以公开 4 件 5 件 ${NB} ${NB} ${NB} ${NB} 9 件`]).at(-1)).toBe('（一）予以公开\t4件\t5件\t\t\t\t\t9件');
  });

  it('should read the rows of a table cut before its 总计 column (every row six cells wide) as its first columns', () => {
    // Chromium's portrait print of a landscape table, PDFBox/pypdf (gen61 1034000 r15: 7 of 175 fields of table 三 read before).
    const cut = [`（一）予以公开 2821 ${NB} ${NB} ${NB} ${NB} ${NB}`, `4.保护第三⽅合法权益734 ${NB} 12 ${NB} 247 36`, `3694 ${NB} ${NB} 99 ${NB} ${NB}`];
    expect(readSpaceBlankCells(cut)).toEqual(['（一）予以公开\t2821\t\t\t\t\t', '4.保护第三⽅合法权益\t734\t\t12\t\t247\t36', '\t3694\t\t\t99\t\t']);
    expect(readSpaceBlankCells([...cut, `1.属于国家秘密 ${NB} 7 ${NB} 1 ${NB} ${NB} 8`]).slice(0, 3)).toEqual(cut);
  });

  it("should take a row's label from the text line above when its own line holds none (PDFBox: a wrapped label's lines first)", () => {
    // Led by an empty label, the tab row's first tabs were read as indentation: every cell one column left (gen61 r15, 0.7).
    const lines = [...rows, '2.其他法律⾏', '政法规禁⽌公', '开', `${NB} ${NB} ${NB} 69 ${NB} ${NB} 69`];
    expect(readSpaceBlankCells(lines).slice(3)).toEqual(['2.其他法律⾏', '政法规禁⽌公', '开\t\t\t\t69\t\t\t69']);
  });

  it("should leave table 四's row, its header lines above, as printed: no label taken from a header line", () => {
    // PDFBox -sort of a LibreOffice print (breaker45 g61 r17/r32): the header's last line became the row's label, table 四 unread.
    const header = '维持 纠正 结果 尚未审结 合计';
    const four = `3 5 ${NB} ${NB} 8 ${NB} 6 5 ${NB} 11 6 5 2 ${NB} 13`;
    expect(readSpaceBlankCells([...rows, header, four]).slice(3)).toEqual([header, '\t3\t5\t\t\t8\t\t6\t5\t\t11\t6\t5\t2\t\t13']);
  });

  it('should leave rows of another width, rows with no blank, and a text with too few such rows', () => {
    const cut = `3.补正后申请内容 ${NB} ${NB} ${NB} ${NB} 2 ${NB}`; // six cells: the table cut at the page edge
    const full = '一、本年新收政府信息公开申请数量 156 52 3 5 9 18 243';
    expect(readSpaceBlankCells([...rows, cut, full]).slice(3)).toEqual([cut, full]);
    expect(readSpaceBlankCells(rows.slice(0, 2))).toEqual(rows.slice(0, 2));
    expect(readSpaceBlankCells([`${NB}申请人情况`, `${NB} 自然人 法人或其他组织`, ...rows]).slice(0, 2)).toEqual([`${NB}申请人情况`, `${NB} 自然人 法人或其他组织`]);
  });
});

/** A PDFBox dump of a zeros-blank table 三 (2021): each row's label, then its cells one space apart, a 0 printed as a no-break space. */
function pdfboxDump(seed: number, nb = NB): { text: string; rows: Map<string, number[]> } {
  const r = lcg(seed);
  const cells = Array.from({ length: 26 }, () => Array.from({ length: 6 }, () => (r() < 0.6 ? 0 : 1 + Math.floor(r() * 40))));
  const rows = consistentRequests((i, c) => cells[i]![c]!);
  const out = ['青石县第4局2024年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    `${nb}申请人情况`, `${nb} 自然人 法人或其他组织 总计`, '商业企业 科研机构 社会公益组织 法律服务机构 其他'];
  for (const spec of TEMPLATE_2021.requestRows) out.push(`${spec.labels[0]} ${rows.get(spec.key)!.map((v) => (v === 0 ? nb : String(v))).join(' ')}`);
  out.push('四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。');
  return { text: out.join('\n'), rows };
}

async function score(text: string, rows: Map<string, number[]>): Promise<{ right: number; wrong: string[] }> {
  const rep = await extract(new TextEncoder().encode(text), { name: 'pdfbox.txt' });
  const got = flattenData(rep.data);
  const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
  let right = 0;
  const wrong: string[] = [];
  for (const [key, values] of rows) {
    values.forEach((want, c) => {
      const k = `requests.${key}.${cols[c]}`;
      if (got.get(k) === want) right++;
      else if (got.get(k) !== null && got.get(k) !== undefined && (rep.fields as Record<string, { confidence: number }>)[k]!.confidence >= 0.8) wrong.push(`${k} ${String(got.get(k))} ≠ ${want}`);
    });
  }
  return { right, wrong };
}

describe('a zeros-blank table 三 dumped with no-break-space blanks (PDFBox, pypdf)', () => {
  it.each([1, 2, 3])('should read seed %i with its blanks placed, none wrong at ≥ 0.8', async (seed) => {
    const { text, rows } = pdfboxDump(seed);
    const read = await score(text, rows);
    expect(read.wrong).toEqual([]);
    expect(read.right).toBeGreaterThanOrEqual(0.9 * rows.size * 7);
  });
});

describe('the last row of table 三 whose label wraps after （七）总计 (pypdf, PDFBox, pdftotext -fixed 4)', () => {
  it('should read 结转下年度继续办理 from \'四、结转下年度继续办\' / \'理的申请1 … 1\'', async () => {
    // breaker45 hand/r25-ctl dumps: 结转下年度 (a short label) before the own text '理的申请' was read as a row named in passing.
    const { text, rows } = pdfboxDump(4);
    const want = rows.get('carriedForward')!;
    const wrapped = text.replace(/^结转下年度继续办理 (.*)$/m, (_m, cells: string) => `四、结转下年度继续办\n理的申请${cells.replace(/^ /, '')}`);
    expect(wrapped).toContain('理的申请');
    const rep = await extract(new TextEncoder().encode(wrapped), { name: 'pypdf.txt' });
    const got = flattenData(rep.data);
    expect(['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].map((c) => got.get(`requests.carriedForward.${c}`))).toEqual(want);
  });
});
