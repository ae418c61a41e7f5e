/**
 * `pdftohtml -xml` of a Chromium A5 print of a mostly-blank table 三 (fresh49 k1 chromeA5; `scripts/blank-band-variants.mjs
 * make DIR --sparse --page a5 --printer chromium`): the header cells wrap one character per line, and pdftohtml writes
 * the font's '自' and '人' as Kangxi radicals ('⾃' U+2F83, '⼈' U+2F08). The band's text read column by column
 * ('⾃然⼈') was tested as written, so '自然' was not found, the band was not table 三's, and a first row of two
 * numbers (自然人 and 总计) gave it no columns: read line by line, `columns_unread`, every row ambiguous. Items as the
 * xml gives them ([text, left, width, top], pixels at zoom 1.5, 18 high).
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import type { XLine } from '../src/pdf/free-columns.js';
import { wideBlankTail } from '../src/pdf/wide-blank-rows.js';
import { matchHeading } from '../src/sections/match-heading.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const item = ([str, x, width, top]: [string, number, number, number]): PdfItem => ({ str, x, width, top, height: 18, size: 14 });

const BAND: [string, number, number, number][] = [
  ['（本列数据的勾稽关系为', 91, 149, 367], ['：第⼀项加', 240, 68, 367], ['第⼆项之和，等于第三项加第四项之', 91, 216, 387], ['和）', 186, 27, 406],
  ['申请⼈情况', 395, 68, 336], ['法⼈或其他组织', 383, 95, 357],
  ['⾃', 321, 14, 378], ['然', 321, 14, 397], ['⼈', 321, 14, 416],
  ['商', 353, 14, 379], ['业', 353, 14, 398], ['企', 353, 14, 417], ['业', 353, 14, 436],
  ['科', 387, 14, 379], ['研', 387, 14, 398], ['机', 387, 14, 417], ['构', 387, 14, 436],
  ['社会', 417, 27, 389], ['公益', 417, 27, 408], ['组织', 417, 27, 427],
  ['法律', 457, 27, 389], ['服务', 457, 27, 408], ['机构', 457, 27, 427],
  ['其', 497, 14, 398], ['他', 497, 14, 417], ['总', 524, 14, 388], ['计', 524, 14, 407],
];
const ROWS: [string, number, number, number][] = [
  ['⼀、本年新收政府信息公开申请数量', 91, 216, 457], ['14', 321, 15, 457], ['14', 523, 15, 457],
  ['⼆、上年结转政府信息公开申请数量', 91, 216, 479], ['2', 324, 7, 478], ['2', 527, 7, 478],
];

describe('table 三 band written with Kangxi radicals over a first row of two numbers', () => {
  it('should read the seven leaves whole by the header\'s own columns', () => {
    const items = [...BAND, ...ROWS].map(item);
    const lines = stackHeaderBands(itemsToLines(items), items);
    const leaves = lines.find((l) => l.header && l.cells.length === 7);
    expect(leaves?.cells).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
  });
});

/**
 * The same table's last row, '四、结转下年度继续办理', printed with every cell empty (nothing carried over): a wide table's
 * label line between rows with numbers was read as a row of empty cells, but after the last one it stayed a label — the
 * row went missing (`rows_missing`), 7 fields the identities confirm 0 (fresh49 k1 Chromium prints and their
 * pdftohtml -xml). pdf/free-columns placeWideBlankRows reads the lines after the last row with numbers by wideBlankTail.
 */
describe('table 三\'s last row printed empty after its last row with numbers', () => {
  const COLS = [321, 353, 387, 417, 457, 497, 523].map((x) => ({ x, end: x + 15 }));
  const line = (text: string, x = 91): XLine => ({ cells: [text], xs: [x], ends: [x + 14 * text.length] });
  const heading = (t: string): boolean => matchHeading(t) !== null;

  it('should read it as a row of seven empty cells', () => {
    const row = wideBlankTail(line('四、结转下年度继续办理'), undefined, COLS, 2, heading);
    expect(row?.cells).toEqual(['四、结转下年度继续办理', '', '', '', '', '', '', '']);
    expect(row?.cols).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('should not read the next section\'s heading, a note\'s numbered line or a wrapped label piece after it as a row', () => {
    expect(wideBlankTail(line('四、政府信息公开行政复议', 85), undefined, COLS, 2, heading)).toBeNull();
    expect(wideBlankTail(line('1.本表数据'), undefined, COLS, 2, heading)).toBeNull();
    expect(wideBlankTail(line('继续办理'), undefined, COLS, 2, heading)).toBeNull();
  });
});
