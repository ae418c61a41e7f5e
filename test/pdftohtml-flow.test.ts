/**
 * `pdftohtml -i -noframes` of a report (breakit60 pdftohtml-noframes): one flowing page, each text run a `<br/>` line in
 * pdftohtml's top-then-left order, a blank cell a line holding one no-break space, runs that nearly touch joined by one.
 * load/pdftohtml-flow splits the joins back into cells and joins table 三/四's rows (their sums kept).
 */
import { readFileSync } from 'node:fs';
import { flowLines, isPdftohtmlFlow } from '../src/load/pdftohtml-flow.js';
import { extract, flattenData } from '../src/index.js';
import { orderKeys } from './helpers/report-fields.js';

const NB = '\u00a0';

describe('pdftohtml -noframes flow', () => {
  it('tells a flowing pdftohtml page from a positioned one', () => {
    const head = '<html><head><meta name="generator" content="pdftohtml 0.36"/></head><body>';
    expect(isPdftohtmlFlow(`${head}一<br/>二<br/></body>`)).toBe(true);
    expect(isPdftohtmlFlow(`${head}<div style="position:absolute;top:10px">一</div></body>`)).toBe(false);
    expect(isPdftohtmlFlow('<html><body>一<br/></body></html>')).toBe(false);
  });

  it('joins table 三 rows from cell lines, blank cells and joined runs split back', () => {
    const lines = flowLines([
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量', '65', `30${NB}8`, '2', '12', `12${NB}129`,
      '二、上年结转政府信息公开申请数量', NB, '1', NB, NB, NB, NB, '1',
      // a label piece carrying the row's first value, blank cells inside a joined run (blank, sep, blank)
      `（一）予以公开${NB}4`, `${NB}${NB}1`, NB, NB, NB, '5',
    ]);
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t65\t30\t8\t2\t12\t12\t129');
    expect(lines).toContain('二、上年结转政府信息公开申请数量\t\t1\t\t\t\t\t1');
    expect(lines).toContain('（一）予以公开\t4\t\t1\t\t\t\t5');
  });

  it('leaves a row whose total left its unit alone, or whose sums fail with blank cells, as printed', () => {
    const lines = flowLines(['一、本年新收政府信息公开申请数量', '6', NB, '4', '3', '2', '1', '99', '二、上年结转政府信息公开申请数量', '1件', '0件', '0件', '0件', '0件', '0件', '件']);
    expect(lines.some((l) => l.includes('\t'))).toBe(false);
  });

  it("reads a page whose narrow cells wrapped their counts' units onto lines of their own ('28' / '件')", () => {
    // gen60 1007000 pdftohtml-noframes/r10 (blankZeros, units): 自然人, 其他 and 总计 are one character wide, so '21件' prints as
    // '21' over '件' and pdftohtml gives the unit a line of its own after the row; a blank-zero cell is a no-break space
    // with no unit. The whole page had been left as printed for such a '件' (table 三 10/186).
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', `23件${NB}6件`, '8件', '12件',
      '1.属于国家秘密', NB, NB, NB, NB, '1件', NB, '1件',
      `2.其他法律行政法规禁${NB}21`, NB, NB, NB, NB, NB, '21', '止公开', '件', '件',
      '3.危及“三安全一稳', NB, '9件', NB, '1件', NB, NB, '10', '定”', '件']);
    expect(lines).toContain('1.属于国家秘密\t\t\t\t\t1件\t\t1件');
    expect(lines).toContain('2.其他法律行政法规禁\t21\t\t\t\t\t\t21');
    expect(lines).toContain('3.危及“三安全一稳\t\t9件\t\t1件\t\t\t10');
    // A row short of cells (its wrapped counts' digits printed above its label) stays as printed.
    expect(lines.some((l) => l.startsWith('一、本年新收') && l.includes('\t'))).toBe(false);
  });

  it('reads no unit alone as a cell: a total whose digits went elsewhere leaves its row short, not read; the next row is', () => {
    // A unit alone is no cell: a total whose digits went elsewhere leaves the row six cells, not read.
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '2件', '1件', '0件', '0件', '0件', '0件', '件',
      '二、上年结转政府信息公开申请数量', '1件', '0件', '0件', '0件', '0件', '0件', '1件']);
    expect(lines.some((l) => l.startsWith('一、本年新收') && l.includes('\t'))).toBe(false);
    expect(lines).toContain('二、上年结转政府信息公开申请数量\t1件\t0件\t0件\t0件\t0件\t0件\t1件');
  });

  it('joins a row printed whole whose total is printed wrong, as printed (the checks flag it)', () => {
    // breaker42 noframes-chrome/r06: 157 17 3 4 13 15 | 210 (they add to 209) was left unread and 209 derived at 0.6.
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '157件', '17件', '3件', '4件', '13件', '15件', '210件',
      '二、上年结转政府信息公开申请数量', '2件', '1件', '0件', '0件', '0件', '0件', '3件']);
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t157件\t17件\t3件\t4件\t13件\t15件\t210件');
    expect(lines).toContain('二、上年结转政府信息公开申请数量\t2件\t1件\t0件\t0件\t0件\t0件\t3件');
  });

  it("joins a row whose values share its label's piece, the label indented or the table's first", () => {
    // g60 pdftohtml-noframes-doc97/r10: '一、本年度新收… １０６ ３５ …' (before the table was known) and '  （二）部分公开 １９ ２       ３ ２４'
    // (the indent's no-break spaces first) were left as text, their blank cells lost ('19 2 3 24 ∅ ∅ ∅').
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', `一、本年度新收政府信息公开申请数量${NB}１０６${NB}３５${NB}５${NB}６${NB}１１${NB}９${NB}１７２`,
      `${NB}${NB}（二）部分公开${NB}１９${NB}２${NB.repeat(7)}３${NB}２４`]);
    expect(lines).toContain('一、本年度新收政府信息公开申请数量\t１０６\t３５\t５\t６\t１１\t９\t１７２');
    expect(lines).toContain('（二）部分公开\t１９\t２\t\t\t\t３\t２４');
  });

  it('joins table 四 without a label and keeps <pre> lines whole', () => {
    const cells = ['1', NB, '2', '1', '4', NB, '2', NB, NB, '2', '1', NB, '6', NB, '7'];
    const lines = flowLines(['四、政府信息公开行政复议、行政诉讼情况', '结果', '维持', ...cells, `规章${NB} 3`]);
    expect(lines).toContain('1\t\t2\t1\t4\t\t2\t\t\t2\t1\t\t6\t\t7');
    expect(lines).toContain('规章 3');
  });

  it('joins a row printed in full-width digits when its sums hold', () => {
    // A fallback font's full-width digits ('３６３件'): the row had been left as printed, its cells read one a line.
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '０件', '０件', '９８件', '０件', '３６３件', '３８件', '４９９件']);
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t０件\t０件\t９８件\t０件\t３６３件\t３８件\t４９９件');
    expect(flowLines(['一、本年新收政府信息公开申请数量', '０', '１', '０', '０', '０', '０', '２']).some((l) => l.includes('\t'))).toBe(false);
  });

  it('joins no full-width row on a page where a font change scattered full-width digits', () => {
    // gen60 h60 r10: 30's digits ('３' / '３') printed before the next row's label, the rest of that row (０ ０ ０ ０ ２ ０ ２
    // for 30 0 0 0 0 2 32) keeping its sums by chance, joined and read at 0.85.
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '１', '２', '０', '０', '０', '０', '３',
      '3.危及“三安全一稳定”', '０', '０', '０', '０', '２', '１', '３', '３',
      '5.属于内部事务信息', '０', '０', '０', '０', '２', '０', '２']);
    expect(lines.some((l) => l.includes('\t'))).toBe(false);
  });

  it('joins no row of zeros on a page where a run with numbers kept no row', () => {
    // A LibreOffice print's '148.' / '0' (148.0): the row's run held only the decimals' zeros, 0 = 0 read at 0.85.
    const lines = flowLines(['三、收到和处理政府信息公开申请情况', '148. 44. 4. 6. 10. 9. 221.', '一、本年度新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0',
      '二、上年度结转政府信息公开申请数量', '4', NB, NB, NB, NB, NB, '4', '（一）予以公开', '28', '9', '39']);
    expect(lines.some((l) => l.startsWith('一、本年度新收政府信息公开申请数量\t'))).toBe(false);
    expect(lines).toContain('二、上年度结转政府信息公开申请数量\t4\t\t\t\t\t\t4');
  });

  it("does not follow table 三's header read in the printer's drawing order, and holds the table below 0.8", async () => {
    // Chromium print, pdftohtml -i -noframes (dev gen61 986000 noframes-chrome-dec/r01): the header cells come as
    // '法人或其他组织 · 自然人 · 总计 · 商业企业 …' (spanning cells first), read as a column order, the values moved by it
    // and exchanged within rows whose totals still hold — wrong at 0.85. The rows are printed left to right.
    const page = readFileSync(new URL('./fixtures/pdftohtml-noframes-chrome-header.html', import.meta.url));
    const rep = await extract(page, { name: 'r01.html' });
    const data = flattenData(rep.data);
    const row = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].map((c) => data.get(`requests.newReceived.${c}`));
    expect(row).toEqual([44, 36, 2, 3, 3, 7, 95]);
    // (A row printing one number in all seven columns keeps it: that number whatever the order — crawl48's orderFreeKeys.)
    for (const k of orderKeys(rep, 'requests.')) expect([k, rep.fields[k as keyof typeof rep.fields]!.confidence <= 0.75]).toEqual([k, true]);
  });
});
