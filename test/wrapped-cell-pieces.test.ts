/**
 * A number a centred cell wrapped over two lines in the same column band ('8954.4' / '6' for 8954.46), in
 * positioned text (pdftohtml -xml / -s / -c of a Chromium print: scripts/wrapped-cell-variants.mjs): the head
 * had been read as the value (8954.4 at 0.85). pdf/wrapped-cell-pieces joins the pieces where the row's middle
 * lies between them; pdftohtml -noframes (one flowing page: heads sorted before the row's cells, tails after)
 * gives no row for such a run (load/pdftohtml-flow).
 */
import { joinCellWraps } from '../src/pdf/wrapped-cell-pieces.js';
import { mergeWrappedLabels, type PdfItem, type PositionedLine } from '../src/pdf/pdf-lines.js';
import { flowLines } from '../src/load/pdftohtml-flow.js';
import { extract, flattenData } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { rowsBesidePieces } from '../src/layout/stacked-pieces.js';
import { capDisagreeing } from '../src/score/readings.js';
import type { Report } from '../src/schema/report.js';
import { pdf2xml, type Pdf2xmlRun } from './helpers/pdf2xml.js';

const item = (str: string, x: number, top: number, height = 13.3): PdfItem => ({ str, x, top, width: [...str].length * (/^[\d.,]+$/.test(str) ? 5.5 : 12), height, size: height });

describe('joinCellWraps', () => {
  // The row's label centred between the head and the tail of its wrapped amount (xml46 wc-1 cr4).
  const label = item('行政事业性收费', 196, 374, 15.3);
  const head = item('8954.4', 431, 368.7);
  const tail = item('6', 444.6, 382);

  it('joins a head and the tail under it when the row middle lies between them', () => {
    const { items, joined } = joinCellWraps([label, head, tail]);
    expect(items.map((i) => i.str)).toEqual(['行政事业性收费', '8954.46']);
    expect(joined.map((i) => i.str)).toEqual(['8954.46']);
  });

  it('leaves them, unsure, when no row item lies between (two rows, or a top-aligned cell)', () => {
    const rowA = item('规章', 196, 368.7);
    const rowB = item('规范性文件', 196, 382);
    const { items, joined, unsure } = joinCellWraps([rowA, head, rowB, tail]);
    expect(items.map((i) => i.str)).toEqual(['规章', '8954.4', '规范性文件', '6']);
    expect(joined).toEqual([]);
    expect(unsure.map((i) => i.str)).toEqual(['8954.4', '6']);
  });

  it('leaves pieces apart in the column, a wider tail, or a chain of three as printed', () => {
    expect(joinCellWraps([label, head, item('6', 444.6, 390)]).joined).toEqual([]);
    expect(joinCellWraps([label, item('47', 431, 368.7), item('12345', 425, 382)]).joined).toEqual([]);
    expect(joinCellWraps([label, item('12', 431, 355.4), item('34', 431, 368.7), item('5', 433, 382)]).joined).toEqual([]);
  });

  it('marks every piece of a chain unsure: a number wrapped one digit a line (1 / 8 / 8 / 5) is no value of the row beside it', () => {
    // fresh46 nw34 (pdftohtml -xml of a Chromium print, a 1.1 em cell): the '8' on 行政处罚's line had been its value at 0.95.
    const row = item('行政处罚', 196, 382, 13.3);
    const digits = ['1', '8', '8', '5'].map((d, i) => item(d, 433, 355.4 + i * 13.3));
    const { joined, unsure } = joinCellWraps([row, ...digits]);
    expect(joined).toEqual([]);
    expect(new Set(unsure)).toEqual(new Set(digits));
  });

  it('joins a number wrapped a digit a line when the row middle lies halfway down the chain (posjoin47)', () => {
    // scripts/wrapped-cell-variants.mjs --kind narrow (pdftohtml -s of a Chromium print, a 1 ch cell): the 8 or the 5 beside
    // 行政处罚 had been its value at 0.95; the label centred between the second and the third digit says they are one cell's.
    const row = item('行政处罚', 196, 375.35, 13.3);
    const digits = ['1', '8', '8', '5'].map((d, i) => item(d, 433, 355.4 + i * 13.3));
    const { items, joined, unsure } = joinCellWraps([row, ...digits]);
    expect(joined.map((i) => i.str)).toEqual(['1885']);
    expect(items.map((i) => i.str)).toEqual(['行政处罚', '1885']);
    expect(unsure).toEqual([]);
    // Two digits a line, the last line short: '11' / '50' / '8' for 11508.
    const pairs = ['11', '50', '8'].map((d, i) => item(d, 433, 355.4 + i * 13.3));
    expect(joinCellWraps([item('一、本年新收政府信息公开申请数量', 40, 368.7), ...pairs]).joined.map((i) => i.str)).toEqual(['11508']);
  });

  it('leaves a chain whose lines are not one cell\'s full lines unsure (a short line before the last)', () => {
    const row = item('行政处罚', 196, 368.7, 13.3);
    const pieces = [item('12', 433, 355.4), item('3', 433, 368.7), item('45', 433, 382)];
    const { joined, unsure } = joinCellWraps([row, ...pieces]);
    expect(joined).toEqual([]);
    expect(new Set(unsure)).toEqual(new Set(pieces));
  });

  it('joins a tail a point wider than its head (\'621\' / \'8.77\', pdftohtml -s)', () => {
    const row = item('行政事业性收费', 196, 375.35, 13.3);
    const { joined } = joinCellWraps([row, item('621', 431, 368.7), item('8.77', 430, 382)]);
    expect(joined.map((i) => i.str)).toEqual(['6218.77']);
  });
});

describe('pdftohtml -noframes: heads of wrapped cells sorted before the row', () => {
  // xml46 wc-3 cr5 nf (trimmed): '1104' and '1105' wrapped as '110' / '4', '110' / '5'; the row's last seven lines
  // (0 0 1 0 0 4 5) keep its sum and had been read as the row at 0.98.
  const head = ['三、收到和处理政府信息公开申请情况', '申请人情况', '法人或其他组织', '（本列数据的勾稽关系为：第一项加第', '二项之和，等于第三项加第四项之和） 自', '社 法', '总', '然 商 科 会 律', '计', '人 业 研 公 服 其', '企 机 益 务 他', '业 构 组 机', '织 构'];
  const rows = ['一、本年新收政府信息公开申请数量', '2', '1', '0', '0', '0', '0', '3', '二、上年结转政府信息公开申请数量', '3', '0', '0', '0', '0', '1', '4', '2.重复申请', '110', '110', '0', '0', '1', '0', '0', '4', '5'];

  it('gives no row for a run holding numbers before its last seven lines', () => {
    const lines = flowLines([...head, ...rows]);
    expect(lines).toContain('二、上年结转政府信息公开申请数量\t3\t0\t0\t0\t0\t1\t4');
    expect(lines.some((l) => l.startsWith('2.重复申请\t'))).toBe(false);
  });
});

describe('pdftohtml -xml of a print whose fee cell wrapped its last digit', () => {
  // xml46 wc-1 cr4 (scripts/wrapped-cell-variants.mjs), table 二: [top, left, width, height, font, text] runs, 'PAGE' a page break.
  // 行政事业性收费's 8954.46 printed '8954.4' over '6', the label centred between them: read 8954.4 at 0.85.
  const runs: (string | [number, number, number, number, number, string])[] = [
    [411, 73, 216, 23, 6, "二、主动公开政府信息情况"],
    [413, 289, 4, 20, 7, " "],
    [453, 426, 18, 23, 6, "表"],
    [454, 444, 24, 20, 7, "2-1"],
    [516, 366, 162, 23, 6, "第二十条第（一）项"],
    [592, 322, 72, 23, 6, "信息内容"],
    [581, 645, 54, 23, 6, "本年制"],
    [605, 645, 54, 23, 6, "发件数"],
    [581, 704, 54, 23, 6, "本年废"],
    [605, 704, 54, 23, 6, "止件数"],
    [581, 764, 54, 23, 6, "现行有"],
    [605, 764, 54, 23, 6, "效件数"],
    [670, 340, 36, 23, 6, "规章"],
    [671, 663, 18, 20, 7, "13"],
    [671, 727, 9, 20, 7, "0"],
    [671, 782, 17, 20, 7, "11"],
    [735, 295, 126, 23, 6, "行政规范性文件"],
    [737, 663, 18, 20, 7, "20"],
    [737, 722, 18, 20, 7, "20"],
    [737, 786, 9, 20, 7, "5"],
    [801, 366, 162, 23, 6, "第二十条第（五）项"],
    [889, 322, 72, 23, 6, "信息内容"],
    [866, 645, 54, 23, 6, "本年处"],
    [889, 645, 54, 23, 6, "理决定"],
    [913, 654, 36, 23, 6, "数量"],
    [978, 322, 72, 23, 6, "行政许可"],
    [980, 654, 36, 20, 7, "3064"],
    [1044, 366, 162, 23, 6, "第二十条第（六）项"],
    "PAGE",
    [109, 322, 72, 23, 6, "信息内容"],
    [85, 645, 54, 23, 6, "本年处"],
    [109, 645, 54, 23, 6, "理决定"],
    [132, 654, 36, 23, 6, "数量"],
    [198, 322, 72, 23, 6, "行政处罚"],
    [199, 654, 36, 20, 7, "3604"],
    [263, 322, 72, 23, 6, "行政强制"],
    [264, 667, 9, 20, 7, "8"],
    [328, 366, 162, 23, 6, "第二十条第（八）项"],
    [441, 322, 72, 23, 6, "信息内容"],
    [393, 645, 54, 23, 6, "本年收"],
    [417, 645, 54, 23, 6, "费金额"],
    [441, 654, 36, 23, 6, "（单"],
    [464, 645, 54, 23, 6, "位：万"],
    [488, 654, 36, 23, 6, "元）"],
    [561, 295, 126, 23, 6, "行政事业性收费"],
    [553, 647, 49, 20, 7, "8954.4"],
    [573, 667, 9, 20, 7, "6"],
    [633, 73, 306, 23, 6, "三、收到和处理政府信息公开申请情况"]
  ];
  // Each page in its own runs (a 'PAGE' entry starts the next), every page naming both fonts.
  const pages: Pdf2xmlRun[][] = [[[200, 73, 540, 23, 6, '测试市第1局2024年政府信息公开工作年度报告']]];
  for (const r of runs) if (typeof r === 'string') pages.push([]); else pages.at(-1)!.push(r);
  const fonts = [{ id: 6, size: 18, family: 'AAAAAA+WenQuanYiZenHei' }, { id: 7, size: 18, family: 'CAAAAA+LiberationSerif' }];
  const xml = pdf2xml(pages.map((p) => ({ width: 892, height: 1262, fonts, runs: p })));

  it('reads the amount whole (joined: no identity confirms it, so below 0.8), not its head at 0.85', async () => {
    const rep = await extract(new TextEncoder().encode(xml), { name: 'r.xml' });
    const data = flattenData(rep.data);
    expect(data.get('activeDisclosure.fees.amount')).toBe(8954.46);
    expect((rep.fields as Record<string, { flags: string[] } | undefined>)['activeDisclosure.fees.amount']?.flags).toContain('joined');
    expect(data.get('activeDisclosure.punishment.decisions')).toBe(3604);
  });
});

describe('a table caption line beside small tables (pdf/caption-lines)', () => {
  // xml46 wc-2 lo-xml: table 二 printed one small table per group, each captioned '表' | '2-3' (two fonts) above it.
  const line = (top: number, cells: [number, string][]): PositionedLine => ({ cells: cells.map(([, t]) => t), xs: cells.map(([x]) => x), ends: cells.map(([x, t]) => x + [...t].length * (/^[\d-]+$/.test(t) ? 6 : 12)), top, bottom: top + 15.3 });
  const lines = [
    line(590.7, [[258, '第二十条第（五）项']]),
    line(625.3, [[118, '信息内容'], [341.3, '本年处理决定数量']]),
    line(659.3, [[118, '行政许可'], [377.3, '2496']]),
    line(693.3, [[296.7, '表'], [311.3, '2-3']]),
    line(726, [[258, '第二十条第（六）项']]),
  ];

  it('stays a line of its own: no label fragment of the row beside it, no row for a heading to join', () => {
    const out = mergeWrappedLabels(lines).map((l) => l.cells.join('|'));
    expect(out).toContain('表|2-3');
    expect(out).toContain('第二十条第（六）项');
    expect(out.find((l) => l.includes('2496'))).not.toContain('表');
  });
});

describe('a number cut at its thousands comma (posjoin47)', () => {
  // scripts/wrapped-cell-variants.mjs --kind narrow (pdftohtml -s of a Chromium print): '1,' over '090' for 1,090, the
  // '1,' on the row's line had been its value, 1 at 0.88. A dangling comma says the number goes on: never the digits before it.
  it('reads a cell ending in digits and a comma as unread, not as those digits', () => {
    expect(tokenizeCell('1,').parts).toEqual([{ kind: 'blank', unread: true }]);
    expect(tokenizeCell('12,345,').parts).toEqual([{ kind: 'blank', unread: true }]);
    expect(tokenizeCell('22 5 1,').parts.map((p) => (p.kind === 'num' ? p.value : p.kind))).toEqual([22, 5, 'blank']);
    expect(tokenizeCell('1,090').parts).toEqual([{ kind: 'num', value: 1090, raw: '1,090', fusable: false }]);
  });
});

describe('a thousands number cut at its comma in table 二, read another way (posjoin47)', () => {
  // scripts/wrapped-cell-variants.mjs --kind narrow seed 16 (dev): 4,690 printed '4,69' over '0' in a narrow cell, the label
  // centred between; pdftotext -layout and the -s page read as a web page took the '0' for 行政许可's count at 0.93–0.95.
  it('puts the rows from a cut number to the piece under it in doubt (pdftotext -layout)', () => {
    const lines = ['             4,69', ' 行政许可', '               0', '', ' 第二十条第（六）项'];
    expect([...rowsBesidePieces(lines)].sort()).toEqual([0, 1, 2]);
    expect([...rowsBesidePieces(['行政许可        4,690', '', '行政处罚        2,567'])]).toEqual([]);
  });

  it('caps a value below 0.8 where the positioned reading joined the wrapped pieces to another value', () => {
    const report = (value: number, confidence: number, flags: string[]) =>
      ({ data: { activeDisclosure: { licensing: { decisions: value } } }, fields: { 'activeDisclosure.licensing.decisions': { confidence, flags } }, warnings: [], confidence }) as unknown as Report;
    const kept = report(0, 0.95, []);
    expect(capDisagreeing(kept, report(4690, 0.6, ['joined']))).toEqual(['activeDisclosure.licensing.decisions']);
    expect((kept.fields as Record<string, { confidence: number }>)['activeDisclosure.licensing.decisions']!.confidence).toBeLessThan(0.8);
    const same = report(4690, 0.95, []);
    expect(capDisagreeing(same, report(4690, 0.6, ['joined']))).toEqual([]);
  });
});

describe('a number\'s piece lost beside it or half a line under it (posb47, pdftohtml -s / -xml of Chromium prints)', () => {
  const report = (value: number, confidence: number) =>
    ({ data: { activeDisclosure: { punishment: { decisions: value } } }, fields: { 'activeDisclosure.punishment.decisions': { confidence, flags: [] } }, warnings: [], confidence }) as unknown as Report;

  // /tmp/fresh47 narrow-big.a4.p2hs: '164' and ',032' two elements on one line; read as a web page, two lines, 164 kept at 0.93.
  it('caps a value below 0.8 where the other reading reads it as the head of a longer number (164 of 164032)', () => {
    const kept = report(164, 0.93);
    expect(capDisagreeing(kept, report(164032, 0.85))).toEqual(['activeDisclosure.punishment.decisions']);
    expect((kept.fields as Record<string, { confidence: number }>)['activeDisclosure.punishment.decisions']!.confidence).toBeLessThan(0.8);
    // Not a head: another number, or the same one, leaves it (a value both confirm differently is capped by the older rule only).
    expect(capDisagreeing(report(164, 0.93), report(264, 0.85))).toEqual([]);
    expect(capDisagreeing(report(164, 0.93), report(164, 0.85))).toEqual([]);
  });

  // /tmp/fresh47 narrow-big2.a5.p2hxml: '23 0 16' at top 549 and '5' at top 559 (18 px tall) under its '16': inForce 16 at 0.95.
  it('leaves a number and a digit set half a line under it in its column band unsure, not joined', () => {
    const label = item('行政规范性文件', 35, 368, 9.1);
    const last = item('16', 126.9, 367.5, 9.1);
    const piece = item('5', 126.7, 374.1, 9.1);
    const next = item('第二十条第（五）项', 35, 374.1, 9.1);
    const { items, joined, unsure } = joinCellWraps([label, item('23', 100.7, 367.5, 9.1), last, piece, next]);
    expect(items.map((i) => i.str)).toEqual(['行政规范性文件', '23', '16', '5', '第二十条第（五）项']);
    expect(joined).toEqual([]);
    expect(unsure.map((i) => i.str)).toEqual(['16', '5']);
    // A line apart (the next row's number) is no such piece; nor one beside in another column.
    expect(joinCellWraps([last, item('5', 126.7, 380, 9.1)]).unsure.map((i) => i.str)).not.toContain('16');
    expect(joinCellWraps([last, item('5', 150, 374.1, 9.1)]).unsure).toEqual([]);
  });
});
