/**
 * pdftohtml -xml runs set in their text's em (load/run-ems.ts): a Chromium print's table 三 whose header cells print
 * one character a line and whose counts print '件' in their cells, the counts in a digit face pdftohtml sizes 18 px
 * where the CJK face beside them is 16 px (both 10.5 pt in the PDF). Set in 12 pt, the counts' cell gaps read too
 * narrow: '2件' and '0件' of neighbour columns merged, the header band over them went unread and table 三 with it
 * (breaker44 h2 r11-a4.xml.xml: 48 of 193 right, 193 before html43).
 */
import { measuredEm, narrowOnWide } from '../src/load/run-ems.js';
import { markupWordPages } from '../src/load/word-box-markup.js';
import { positionedItemLines } from '../src/load/word-boxes.js';
import { mergeWrappedLabels } from '../src/pdf/pdf-lines.js';
import { pdf2xml, type Pdf2xmlRun } from './helpers/pdf2xml.js';

/** Table 三's header and first four rows as pdftohtml -xml wrote them (breaker44 h2 r11-a4, page 4): [top, left, width, height, font, text]. */
const RUNS: Pdf2xmlRun[] = [
  [157,637,16,20,4,'⾃'], [180,637,16,20,4,'然'], [202,637,16,20,4,'⼈'], [132,699,110,20,4,'法⼈或其他组织'], [168,854,16,20,4,'总'], [191,854,16,20,4,'计'],
  [158,674,16,20,4,'商'], [181,674,16,20,4,'业'], [203,674,16,20,4,'企'], [226,674,16,20,4,'业'], [158,709,16,20,4,'科'], [181,709,16,20,4,'研'],
  [203,709,16,20,4,'机'], [226,709,16,20,4,'构'], [170,738,31,20,4,'社会'], [192,738,31,20,4,'公益'], [215,738,31,20,4,'组织'], [170,778,31,20,4,'法律'],
  [192,778,31,20,4,'服务'], [215,778,31,20,4,'机构'], [181,821,16,20,4,'其'], [203,821,16,20,4,'他'], [263,345,252,20,4,'⼀、本年新收政府信息公开申请数量'],
  [249,632,26,24,11,'141'], [274,637,16,20,4,'件'], [249,673,17,24,11,'30'], [274,674,16,20,4,'件'], [261,704,9,24,11,'5'], [263,713,16,20,4,'件'],
  [261,741,9,24,11,'8'], [263,750,16,20,4,'件'], [261,782,9,24,11,'9'], [263,790,16,20,4,'件'], [249,820,17,24,11,'14'], [274,821,16,20,4,'件'],
  [249,848,26,24,11,'207'], [274,854,16,20,4,'件'], [311,345,252,20,4,'⼆、上年结转政府信息公开申请数量'], [309,633,9,24,11,'0'], [311,642,16,20,4,'件'],
  [309,670,9,24,11,'2'], [311,678,16,20,4,'件'], [309,704,9,24,11,'0'], [311,713,16,20,4,'件'], [309,741,9,24,11,'0'], [311,750,16,20,4,'件'],
  [309,782,9,24,11,'0'], [311,790,16,20,4,'件'], [298,824,9,24,11,'0'], [323,821,16,20,4,'件'], [309,849,9,24,11,'2'], [311,858,16,20,4,'件'],
  [348,349,47,20,4,'三、本'], [371,349,47,20,4,'年度办'], [393,349,47,20,4,'理结果'], [360,408,110,20,4,'（⼀）予以公开'], [346,636,17,24,11,'25'],
  [371,637,16,20,4,'件'], [357,670,9,24,11,'1'], [360,678,16,20,4,'件'], [357,704,9,24,11,'0'], [360,713,16,20,4,'件'], [357,741,9,24,11,'0'],
  [360,750,16,20,4,'件'], [357,782,9,24,11,'2'], [360,790,16,20,4,'件'], [346,824,9,24,11,'0'], [371,821,16,20,4,'件'], [346,853,17,24,11,'28'],
  [371,854,16,20,4,'件'], [397,408,189,20,4,'（⼆）部分公开（区分处理'], [419,408,205,20,4,'的，只计这⼀情形，不计其他'], [442,408,47,20,4,'情形）'], [417,633,9,24,11,'0'],
  [419,642,16,20,4,'件'], [417,670,9,24,11,'0'], [419,678,16,20,4,'件'], [417,704,9,24,11,'0'], [419,713,16,20,4,'件'], [417,741,9,24,11,'1'],
  [419,750,16,20,4,'件'], [417,782,9,24,11,'2'], [419,790,16,20,4,'件'], [406,824,9,24,11,'0'], [431,821,16,20,4,'件'], [417,849,9,24,11,'3'],
  [419,858,16,20,4,'件'], [468,415,47,20,4,'（三）'], [490,415,47,20,4,'不予公'], [513,431,16,20,4,'开']
];
const XML = pdf2xml([{ width: 1262, height: 892, fonts: [{ id: 4, size: 16, family: 'Times' }, { id: 11, size: 18, family: 'Times' }], runs: RUNS }]);

describe('run-ems', () => {
  test('a font em measured by its ideographs, not its rounded fontspec size', () => {
    expect(measuredEm([{ run: '本年新收政府信息', width: 84 }, { run: '2', width: 6 }])).toBeCloseTo(10.5, 5);
    expect(measuredEm([{ run: '件', width: 10.67 }, { run: '141', width: 17 }])).toBeNull();
  });

  test('a count takes the em of the ideographs whose box holds its middle, and keeps its own middle', () => {
    const [count] = narrowOnWide([
      { str: '2', x: 0, top: 200, width: 6, height: 12, size: 12 },
      { str: '件', x: 6, top: 200.7, width: 10.5, height: 10.5, size: 10.5 },
    ]);
    expect(count!.size).toBe(10.5);
    expect(count!.top + count!.height / 2).toBeCloseTo(206, 5);
  });

  // breaker45 g61-xml-odt r03: '213' wrapped in a narrow centred cell, '21' above and '3' below the row's
  // line. Moved onto the label's middle, the row's counts stood nearer '3' than '21': 213 read as 3 (0.55).
  test("a number wrapped in its cell ('21' over '3') keeps its pieces evenly about its row", () => {
    const runs: Pdf2xmlRun[] = [[85,93,268,20,6,'一、本年度新收政府信息公开申请数量'], [83,412,30,20,7,'150'], [83,480,20,20,7,'30'], [83,543,10,20,7,'3'], [74,751,20,20,7,'21'], [93,756,10,20,7,'3'],
      [120,93,268,20,6,'二、上年度结转政府信息公开申请数量'], [119,422,10,20,7,'1'], [119,485,10,20,7,'1'], [119,756,10,20,7,'2'],
      ...[0, 1, 2, 3, 4, 5].flatMap((k): Pdf2xmlRun[] => [[160 + 35 * k, 93, 64, 20, 6, '其他事项'], [158 + 35 * k, 422, 10, 20, 7, '0'], [158 + 35 * k, 756, 10, 20, 7, '0']])];
    const xml = pdf2xml([{ width: 892, height: 1262, fonts: [{ id: 6, size: 16, family: 'DAAAAA+NotoSansCJKjp' }, { id: 7, size: 16, family: 'EAAAAA+DejaVuSans' }], runs }]);
    const items = markupWordPages(xml)![0]!.items;
    const mid = (s: string, x: number): number => { const it = items.find((i) => i.str === s && Math.abs(i.x - x / 1.5) < 1)!; return it.top + it.height / 2; };
    const row = mid('150', 412);
    expect(Math.abs(mid('21', 751) - row - (row - mid('3', 756)))).toBeLessThan(1.5);
  });

  // breaker45 hand r07 (Chromium, pdftohtml -xml): a row's counts '3,3' over '54' wrap in their cells, their commas in a
  // 14 px face. Its item's first label line '2.其他', set in its text's 12 px em, stood 3.4 of its heights from the
  // head line's centre (3 allowed; 2.95 when '2.' kept its face's 14 px): the item stood alone, a blank row, and
  // the rows after it took their neighbours' wrapped tails ('40' as 属于国家秘密 at 0.7).
  test("a label line reaches a row whose wrapped counts are set taller than it ('3,3' over '54')", () => {
    const line = (cells: string[], xs: number[], top: number, bottom: number) => ({ cells, xs, top, bottom });
    const out = mergeWrappedLabels([
      line(['2.其他'], [328.7], 595.7, 607.7), line(['法律行'], [328.7], 613.7, 625.7), line(['3,3', '3,5'], [379.3, 552], 636, 650),
      line(['0', '0', '0', '214', '0'], [402.7, 428.7, 454, 484.7, 514], 646.7, 658.7), line(['54', '68'], [379.3, 552], 655.3, 667.3),
    ]);
    expect(out.find((l) => l.cells.includes('3,3'))!.cells[0]).toBe('2.其他法律行');
  });

  test("table 三 with stacked header cells and '件' after every count: one count a cell, the header whole", () => {
    const lines = positionedItemLines(markupWordPages(XML)!).map((l) => l.cells.join(' | '));
    expect(lines).toContain('自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计');
    expect(lines.find((l) => l.startsWith('二、'))).toBe('二、上年结转政府信息公开申请数量 | 0件 | 2件 | 0件 | 0件 | 0件 | 0件 | 2件');
  });
});
