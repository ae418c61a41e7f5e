/**
 * A borderless table 三 whose zeros print blank and whose 科研机构 and 社会公益组织 columns are empty
 * in every row, header words wrapped in narrow cells ('社会公益' / '组织'): the header read by its
 * own leaf columns (pdf/header-leaves.ts) and the rows placed under them (pdf/leaf-columns.ts via
 * free-columns.ts). Items copied from the trace of breakit46 c22 printed by Chromium (10.5 pt).
 */
import { layoutPage } from '../src/pdf/page-layout.js';
import { placeFreeColumns } from '../src/pdf/free-columns.js';
import { leafColumns } from '../src/pdf/leaf-columns.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';

const item = (str: string, x: number, end: number, top: number): PdfItem => ({ str, x, width: end - x, top, height: 10.5, size: 10.5, ...(/^\d+$/.test(str) ? { objectEdge: true } : {}) });

const HEADING = [item('三、收到和处理政府信息公开申请情况', 63, 315, 30)];
const BAND = [
  item('项', 85.1, 95.6, 78.0), item('目', 106.1, 116.6, 78.0),
  item('自', 151.2, 161.7, 78.0), item('然', 161.7, 172.2, 78.0), item('人', 172.2, 182.7, 78.0),
  item('法', 299.2, 309.7, 60.7), item('人', 309.7, 320.2, 60.7), item('或其他组织', 320.2, 372.7, 60.7),
  item('总计', 494.5, 515.5, 78.0),
  item('商业企业', 202.3, 244.3, 87.7), item('科研机构', 258.6, 300.6, 87.7),
  item('社会公益', 315.0, 357.0, 80.2), item('组织', 325.5, 346.5, 96.0),
  item('法律服务', 371.3, 413.3, 80.2), item('机构', 381.8, 402.8, 96.0),
  item('其他', 438.2, 459.2, 87.7),
];
const ROWS = [
  item('一', 66.0, 76.5, 115.5), item('、本年新收', 76.5, 129.0, 115.5), item('政府信息公开', 66.0, 129.0, 131.2), item('申请数量', 66.0, 108.0, 147.0),
  item('32', 141.8, 153.3, 131.2), item('16', 198.1, 209.6, 131.2), item('10', 367.1, 378.7, 131.2), item('13', 423.5, 435.0, 131.2), item('71', 479.8, 491.4, 131.2),
  item('二', 66.0, 76.5, 167.2), item('、上年结转', 76.5, 129.0, 167.2), item('政府信息公开', 66.0, 129.0, 183.0), item('申请数量', 66.0, 108.0, 198.7),
  item('1', 198.1, 203.9, 183.0), item('1', 367.1, 372.9, 183.0), item('2', 479.8, 485.6, 183.0),
  item('三、本年度办', 66.0, 129.0, 218.2), item('理结果 （', 66.0, 110.7, 234.0), item('一', 110.7, 121.2, 234.0), item('）', 121.2, 131.7, 234.0), item('予以公开', 66.0, 108.0, 249.7),
  item('11', 141.8, 153.3, 234.0), item('6', 198.1, 203.9, 234.0), item('3', 367.1, 372.9, 234.0), item('3', 423.5, 429.3, 234.0), item('22', 479.8, 491.4, 234.0),
];
const LEAVES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const read = (items: PdfItem[]): string[][] => placeFreeColumns(layoutPage(items, [], 2, 0).lines).map((l) => l.cells);

describe('borderless table 三 with whole columns empty', () => {
  it('should read the header by its own leaf columns, each wrapped word whole, in printed order', () => {
    const lines = read([...HEADING, ...BAND, ...ROWS]);
    expect(lines).toContainEqual(LEAVES);
    expect(lines).toContainEqual(['法人或其他组织']);
  });

  it('should place each row under the leaves, an empty cell in each column it left blank', () => {
    const lines = read([...HEADING, ...BAND, ...ROWS]);
    expect(lines).toContainEqual(['一、本年新收政府信息公开申请数量', '32', '16', '', '', '10', '13', '71']);
    expect(lines).toContainEqual(['二、上年结转政府信息公开申请数量', '', '1', '', '', '1', '', '2']);
    // The first number 0.96 em after the narrow label's last line is the row's, not the label's.
    expect(lines).toContainEqual(['三、本年度办理结果（一）予以公开', '11', '6', '', '', '3', '3', '22']);
  });
});

describe('leafColumns', () => {
  const leaves = [{ x: 10, end: 30 }, { x: 50, end: 70 }, { x: 90, end: 110 }, { x: 130, end: 150 }];
  it('should put a number column in a gap on the side the columns under a leaf show', () => {
    // Right-aligned: numbers end after their header's text; the one at 72–78 is the second leaf's.
    const cols = leafColumns(leaves, [{ x: 26, end: 34 }, { x: 72, end: 78 }, { x: 146, end: 152 }]);
    expect(cols?.map((c) => [c.x, c.end])).toEqual([[10, 34], [50, 78], [90, 110], [130, 152]]);
  });

  it('should place nothing when the columns show no one side or a column is under two leaves', () => {
    // One column starts before its header (left-aligned), another ends after its own (right-aligned).
    expect(leafColumns(leaves, [{ x: 5, end: 12 }, { x: 72, end: 78 }, { x: 146, end: 152 }])).toBeNull();
    // Only gaps: no column shows the side.
    expect(leafColumns(leaves, [{ x: 32, end: 40 }, { x: 112, end: 118 }])).toBeNull();
    expect(leafColumns(leaves, [{ x: 25, end: 55 }])).toBeNull();
  });
});
