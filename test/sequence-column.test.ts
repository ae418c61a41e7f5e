/**
 * A sequence-number column (序号) before a table's labels (layout/sequence-column): its cells count
 * the table's rows 1 … N and are left out, with its header cell; numbers that do not count every row
 * of the table (item numbers in a cell of their own) stay.
 */
import { dropSequenceColumns } from '../src/layout/sequence-column.js';
import type { Line } from '../src/model/document.js';
import { read, value } from './helpers/report-fields.js';

const tabs = (cells: string[], line: number): Line => ({ cells, separated: true, source: { line } });
const text = (s: string, line: number): Line => ({ cells: [s], separated: false, source: { line } });

describe('dropSequenceColumns', () => {
  it('should leave out a column counting each table\'s rows, and its 序号 header cell', () => {
    const lines = [
      tabs(['序号', '信息内容', '本年处理决定数量'], 1), tabs(['1', '行政许可', '2242'], 2), tabs(['2', '行政处罚', '696'], 3), tabs(['3', '行政强制', '1562'], 4),
      tabs(['序号', '信息内容', '本年收费金额（单位：万元）'], 5), tabs(['1', '行政事业性收费', '160.8'], 6),
    ];
    expect(dropSequenceColumns(lines).map((l) => l.cells)).toEqual([
      ['信息内容', '本年处理决定数量'], ['行政许可', '2242'], ['行政处罚', '696'], ['行政强制', '1562'],
      ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '160.8'],
    ]);
  });
  it('should keep numbers that count only some rows of the table (a row after them is not counted)', () => {
    const lines = [tabs(['项目', '自然人', '总计'], 1), tabs(['1', '属于国家秘密', '0', '0'], 2), tabs(['2', '其他法律行政法规禁止公开', '1', '1'], 3), tabs(['（四）无法提供', '1.本机关不掌握', '3', '3'], 4)];
    expect(dropSequenceColumns(lines)).toEqual(lines);
  });
  // Found on Chromium prints of section 二 as one long table (zebra rows, no rulings): each part under its
  // sub-heading and its own 序号 header, the count going on (3 行政许可); the 5 of '5 行政强制' was read
  // as the rest of 行政处罚 698 (6985, 'joined').
  it('should follow the count across the sub-headings and repeated 序号 headers of one long table', () => {
    const head = (n: number): Line => tabs(['序号', '信息内容', '本年处理决定数量'], n);
    const lines = [
      text('第二十条第（一）项', 1), tabs(['序号', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], 2), tabs(['1', '规章', '3', '0', '8'], 3), tabs(['2', '行政规范性文件', '10', '10', '41'], 4),
      text('第二十条第（五）项', 5), head(6), tabs(['3', '行政许可', '22935'], 7),
      text('第二十条第（六）项', 8), head(9), tabs(['4', '行政处罚', '698'], 10), tabs(['5', '行政强制', '30'], 11),
    ];
    expect(dropSequenceColumns(lines).map((l) => l.cells[0])).toEqual(['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '第二十条第（五）项', '信息内容', '行政许可', '第二十条第（六）项', '信息内容', '行政处罚', '行政强制']);
    // A count that does not go on (a value row between the parts, or a number skipped) stays.
    const between = [...lines.slice(0, 4), tabs(['合计', '13', '10', '49'], 5), head(6), tabs(['3', '行政许可', '22935'], 7)];
    expect(dropSequenceColumns(between).at(-1)!.cells[0]).toBe('3');
    const skipped = [...lines.slice(0, 4), text('第二十条第（五）项', 5), head(6), tabs(['4', '行政许可', '22935'], 7)];
    expect(dropSequenceColumns(skipped).at(-1)!.cells[0]).toBe('4');
  });
  it('should keep one numbered row under a header that does not name the column, and rows after text that is no header', () => {
    const one = [tabs(['信息内容', '本年收费金额（单位：万元）'], 1), tabs(['1', '行政事业性收费', '160.8'], 2)];
    expect(dropSequenceColumns(one)).toEqual(one);
    const afterText = [text('（三）不予公开', 1), tabs(['1', '属于国家秘密', '0'], 2), tabs(['2', '其他法律行政法规禁止公开', '1'], 3)];
    expect(dropSequenceColumns(afterText)).toEqual(afterText);
  });
});

describe('dropSequenceColumns on a page grid (HTML, .docx, ruled PDF)', () => {
  const grid = (cells: string[], cols: number[], table: number, row: number): Line => ({ cells, cols, separated: true, source: { table, row } });
  it('should leave out the column counting the rows, and its 序号 header cell, keeping the other cells\' grid columns', () => {
    const lines = [
      grid(['序号', '项目', '自然人', '总计'], [0, 1, 2, 3], 0, 0),
      grid(['1', '一、本年新收', '3', '3'], [0, 1, 2, 3], 0, 1),
      grid(['2', '', '5.属于三类内部事务信息', '1', '1'], [0, 1, 2, 3, 4], 0, 2),
      // The table continued on the next page's grid, no header, the count going on.
      grid(['3', '（七）总计', '4', '4'], [0, 2, 3, 4], 1, 0),
      grid(['4', '四、结转下年度继续办理', '0', '0'], [0, 2, 3, 4], 1, 1),
    ];
    expect(dropSequenceColumns(lines).map((l) => [l.cells, l.cols])).toEqual([
      [['项目', '自然人', '总计'], [1, 2, 3]],
      [['一、本年新收', '3', '3'], [1, 2, 3]],
      [['', '5.属于三类内部事务信息', '1', '1'], [1, 2, 3, 4]],
      [['（七）总计', '4', '4'], [2, 3, 4]],
      [['四、结转下年度继续办理', '0', '0'], [2, 3, 4]],
    ]);
  });
  it('should leave out the count of a long grid whose parts are under sub-headings and repeated 序号 headers, keeping the sub-headings', () => {
    const head = (r: number): Line => grid(['序号', '信息内容', '本年处理决定数量', '', ''], [0, 1, 2, 3, 4], 0, r);
    const lines = [
      grid(['第二十条第（一）项'], [0], 0, 0), grid(['序号', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], [0, 1, 2, 3, 4], 0, 1),
      grid(['1', '规章', '1', '0', '11'], [0, 1, 2, 3, 4], 0, 2), grid(['2', '行政规范性文件', '22', '8', '63'], [0, 1, 2, 3, 4], 0, 3),
      grid(['第二十条第（五）项'], [0], 0, 4), head(5), grid(['3', '行政许可', '829', '', ''], [0, 1, 2, 3, 4], 0, 6),
    ];
    expect(dropSequenceColumns(lines).map((l) => [l.cells[0], l.cols![0]])).toEqual([
      ['第二十条第（一）项', 0], ['信息内容', 1], ['规章', 1], ['行政规范性文件', 1], ['第二十条第（五）项', 0], ['信息内容', 1], ['行政许可', 1],
    ]);
  });
  it('should keep a first column that does not count every row, one under a header naming it otherwise, and saved data', () => {
    const broken = [grid(['序号', '项目', '总计'], [0, 1, 2], 0, 0), grid(['1', '甲', '3'], [0, 1, 2], 0, 1), grid(['3', '乙', '5'], [0, 1, 2], 0, 2)];
    expect(dropSequenceColumns(broken)).toEqual(broken);
    const named = [grid(['上年', '项目', '总计'], [0, 1, 2], 0, 0), grid(['1', '甲', '3'], [0, 1, 2], 0, 1), grid(['2', '乙', '5'], [0, 1, 2], 0, 2)];
    expect(dropSequenceColumns(named)).toEqual(named);
    const saved = broken.map((l, i) => ({ ...l, saved: true, cells: i ? [String(i), l.cells[1]!, l.cells[2]!] : l.cells }));
    expect(dropSequenceColumns(saved)).toEqual(saved);
  });
  // Found by an engineer on unseen plain pdftotext dumps: '4 行政处罚' / '5 行政强制' lines, each value on a
  // line of its own further down; 行政处罚 623 was read as the '5' of the next label line at 0.95.
  it('should leave out the counts of label lines printed with no cells apart, counting 1 … N after a 序号 line', () => {
    const plain = ['序号 信息内容', '本年制发件数', '1 规章', '0', '2 行政规范性文件', '序号 信息内容', '3 行政许可', '序号 信息内容', '4 行政处罚', '5 行政强制', '623'];
    expect(dropSequenceColumns(plain.map(text)).map((l) => l.cells[0])).toEqual(['序号 信息内容', '本年制发件数', '规章', '0', '行政规范性文件', '序号 信息内容', '行政许可', '序号 信息内容', '行政处罚', '行政强制', '623']);
  });

  it('should keep counted label lines with no 序号 line, fewer than three, or a count that breaks', () => {
    const unnamed = ['1 规章', '2 行政规范性文件', '3 行政许可'].map(text);
    expect(dropSequenceColumns(unnamed)).toEqual(unnamed);
    const two = ['序号 信息内容', '1 规章', '2 行政规范性文件'].map(text);
    expect(dropSequenceColumns(two)).toEqual(two);
    const broken = ['序号 信息内容', '1 规章', '3 行政许可', '4 行政处罚'].map(text);
    expect(dropSequenceColumns(broken)).toEqual(broken);
  });
  // breakit59 (序号 column printed by Chromium): `pdftotext -raw` and PDFBox -sort print each row on one line,
  // its count first ('1 规章 6 12 13'), the header cell '序' over '号', a wrapped group label's pieces between
  // rows; plain pdftotext and -bbox-layout words print the counts on lines of their own ('6' for 行政强制's 1).
  it('should leave out the counts of rows printed as text with their values, under 序号 or 序 over 号', () => {
    const raw = ['序号 信息内容 本年制发件数', '1 规章 6 12 13', '2 行政规范性文件 13 18 2', '序号 信息内容 本年处理决定数量', '3 行政许可 1575'];
    expect(dropSequenceColumns(raw.map(text)).map((l) => l.cells[0])).toEqual(['序号 信息内容 本年制发件数', '规章 6 12 13', '行政规范性文件 13 18 2', '序号 信息内容 本年处理决定数量', '行政许可 1575']);
    const box = ['序 自然 商业 总', '号 人 企业 计', '1 一、本年新收政府信息公开申请数量 157 27 215', '2 二、上年结转政府信息公开申请数量 4 0 4', '三、本年', '3 度办理结 （一）予以公开 0 8 8', '果'];
    expect(dropSequenceColumns(box.map(text)).map((l) => l.cells[0])).toEqual(['序 自然 商业 总', '号 人 企业 计', '一、本年新收政府信息公开申请数量 157 27 215', '二、上年结转政府信息公开申请数量 4 0 4', '三、本年', '度办理结 （一）予以公开 0 8 8', '果']);
  });

  it('should leave out counts on lines of their own before a label or the next count, and keep a value that is not the next count', () => {
    const column = ['序号', '1', '2', '信息内容', '规章', '行政规范性文件', '序号', '3', '信息内容', '行政许可', '2,436'];
    expect(dropSequenceColumns(column.map(text)).map((l) => l.cells[0])).toEqual(['序号', '信息内容', '规章', '行政规范性文件', '序号', '信息内容', '行政许可', '2,436']);
    const values = ['序号 信息内容', '1 规章', '7', '2 行政许可', '3 行政处罚', '5'];
    expect(dropSequenceColumns(values.map(text)).map((l) => l.cells[0])).toEqual(['序号 信息内容', '规章', '7', '行政许可', '行政处罚', '5']);
  });
});

describe('dropSequenceColumns on a layout analyser\'s box dump (pdfminer)', () => {
  // pdf2txt of section 二 as small tables counting their rows (print-mix rowNo, borderless): each box its own paragraph, the
  // 序号 column's boxes a pile before the label boxes, the count going on across the parts (1 2 / 3 / 4 5 / 6).
  const box = (s: string, k: number): Line => ({ cells: [s], separated: false, blockOrdered: true, block: k, source: { line: 2 * k } });
  const boxes = ['第二十条第（五）项', '序号', '信息内容', '本年处理决定数量', '3', '行政许可', '310', '第二十条第（六）项', '序号', '信息内容', '本年处理决定数量',
    '4', '5', '行政处罚', '行政强制', '4101', '6', '第二十条第（八）项', '序号', '信息内容', '本年收费金额（单位：万元）', '6', '行政事业性收费', '715.83'];
  const before = ['第二十条第（一）项', '序号', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '1', '2', '规章', '行政规范性文件', '18', '15', '10', '9', '10', '4'];

  it('should leave out the piles of numbers counting the rows before their label boxes', () => {
    const out = dropSequenceColumns([...before, ...boxes].map(box)).map((l) => l.cells[0]!);
    // The piles 1 2, 3, 4 5 and 6 left out; the values (18 15 10 9 10 4, 310, 4101 6, 715.83) kept.
    expect(out.filter((t) => /^[\d.]+$/.test(t))).toEqual(['18', '15', '10', '9', '10', '4', '310', '4101', '6', '715.83']);
    expect(out).toHaveLength(before.length + boxes.length - 6);
  });

  it('should keep a pile the count does not go on to (7 after 2), one with fewer label boxes after it, and counts of rows printed whole', async () => {
    const gap = ['序号', '信息内容', '本年处理决定数量', '7', '行政许可', '310'];
    expect(dropSequenceColumns([...before, ...gap].map(box)).map((l) => l.cells[0]!)).toContain('7');
    const short = ['序号', '信息内容', '本年处理决定数量', '1', '2', '行政许可', '310', '5'];
    expect(dropSequenceColumns(short.map(box)).map((l) => l.cells[0]!)).toEqual(short);
    // Plain pdftotext's blocks: a row's count, its label, its values, then the next row's count before its label — no pile.
    const rows = ['序号', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '1', '规章', '8', '7', '12', '2', '行政规范性文件', '15', '18', '12'];
    expect(dropSequenceColumns(rows.map(box)).map((l) => l.cells[0]!).filter((t) => /^\d+$/.test(t) && Number(t) > 2)).toEqual(['8', '7', '12', '15', '18', '12']);
  });

  it('should read 行政处罚 and 行政强制 from such a dump, not the pile\'s numbers', async () => {
    const r = await read(Buffer.from(['二、主动公开政府信息情况', '', ...[...before, ...boxes].flatMap((b) => [b, '']), '三、收到和处理政府信息公开申请情况', '\f'].join('\n')));
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(4101);
    expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(6);
  });
});
