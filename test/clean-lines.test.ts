/** Layout cleaning shared by every format: format characters, doubled characters, spaced digits in tab cells. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { cleanLines, removeFormatChars, undouble } from '../src/layout/clean-lines.js';
import { splitCells, textToLines } from '../src/layout/text-to-lines.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const line = (...cells: string[]) => ({ cells, separated: cells.length > 1, source: {} });

describe('format characters', () => {
  it('should remove zero-width, BOM, bidi marks and soft hyphens', () => {
    expect(removeFormatChars('2\u200b3 \ufeff1 4\u00ad5 \u200e6\u2060')).toBe('23 1 45 6');
  });

  it('should keep a number whole in every cell of every line', () => {
    const out = cleanLines([line('行政许可', '1\u200b286'), line('\ufeff5')]);
    expect(out.map((l) => l.cells)).toEqual([['行政许可', '1286'], ['5']]);
  });

  it('should read an HTML table whose numbers carry U+200B and U+FEFF', async () => {
    const rows = ['规章', '行政规范性文件'].map((l, i) => `<tr><td>${l}</td><td>1\u200b${i}</td><td>\ufeff2</td><td>3</td></tr>`).join('');
    const html = `<html><body><h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p><table>${rows}</table><p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const report = await extract(new TextEncoder().encode(html), { name: 'a.html' });
    const data = flattenData(report.data);
    expect(data.get('activeDisclosure.regulations.issued')).toBe(10);
    expect(data.get('activeDisclosure.normativeDocuments.issued')).toBe(11);
    expect(data.get('activeDisclosure.normativeDocuments.repealed')).toBe(2);
  });
});

describe('tab cells', () => {
  it('should join digit groups split by one space inside a tab cell', () => {
    expect(splitCells('规章\t2\t1\t1 5').cells).toEqual(['规章', '2', '1', '15']);
    expect(splitCells('行政许可\t1 286').cells).toEqual(['行政许可', '1286']);
  });

  it('should not join a cell that starts with 0 (several values, not one number) nor space-separated lines', () => {
    expect(splitCells('规章\t0 0 0').cells).toEqual(['规章', '0 0 0']);
    expect(splitCells('规章  2  1 5').cells).toEqual(['规章', '2', '1 5']);
  });
});

describe('doubled characters', () => {
  it('should undo a text printed twice, single separators kept', () => {
    expect(undouble('规规章章')).toBe('规章');
    expect(undouble('1122  00')).toBe('12 0');
    expect(undouble('规章')).toBeNull();
  });

  it('should read the tab sample with every character doubled exactly as the sample', async () => {
    const text = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
    const doubled = text.split('\n').map((l) => l.split('\t').map((c) => [...c].map((ch) => ch + ch).join('')).join('\t')).join('\n');
    const [plain, twice] = await Promise.all([extract(new TextEncoder().encode(text), { name: 'a.txt' }), extract(new TextEncoder().encode(doubled), { name: 'b.txt' })]);
    expect(twice.data).toEqual(plain.data);
    expect(twice.meta.title).toBe(plain.meta.title);
  });

  it('should de-double one bold row: its label alone, or a numbers-only line that prints 00', () => {
    const plain = ['一、总体情况', '本机关坚持公开', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '本年度未收取信息处理费'].map((t) => line(t));
    const out = cleanLines([
      ...plain,
      line('二二、、上上年年结结转转政政府府信信息息公公开开申申请请数数量量', '3', '1', '0'),
      line('22', '00', '1111'),
      line('11', '22', '33'),
      line('行行政政强强制制', '11'),
      line('行行政政许许可可', '00', '1122'),
    ]);
    expect(out.slice(plain.length).map((l) => l.cells)).toEqual([['二、上年结转政府信息公开申请数量', '3', '1', '0'], ['2', '0', '11'], ['11', '22', '33'], ['行政强制', '11'], ['行政许可', '0', '12']]);
  });

  it('should de-double the values below a doubled label printed one cell per line, only when all are doubled', () => {
    const bold = cleanLines([line('规规章章'), line('11'), line('1166'), line('00'), line('行政许可'), line('44')]);
    expect(bold.map((l) => l.cells[0])).toEqual(['规章', '1', '16', '0', '行政许可', '44']);
    const plain = cleanLines([line('规规章章'), line('11'), line('16'), line('0')]);
    expect(plain.map((l) => l.cells[0])).toEqual(['规章', '11', '16', '0']);
    // A lone '11' may be 1 printed twice or the number 11: not proven, left as printed.
    const open = cleanLines([line('行行政政许许可可'), line('11'), line('行政处罚')]);
    expect(open.map((l) => l.cells[0])).toEqual(['行政许可', '11', '行政处罚']);
  });

  it('should join a number printed with a space inside a tab cell of a doubled document', () => {
    const out = cleanLines([line('一一、、总总体体情情况况'), line('规规章章', '11  77', '22')]);
    expect(out[1]!.cells).toEqual(['规章', '17', '2']);
  });

  it('should leave a document alone when only a few lines look doubled', () => {
    const lines = textToLines('一、总体情况\n本机关坚持公开\n天天常常\n规章\t0\t0\t0');
    expect(cleanLines(lines)).toEqual(lines);
  });
});

describe('glued item numbers', () => {
  it('should split a glued run after a space into the row values and the next item number', () => {
    const parts = tokenizeCell('1.申请人无正当理由逾期不补正 00000002.申请人逾期未按收费通知').parts;
    const nums = parts.filter((p) => p.kind === 'num');
    expect(nums).toEqual([expect.objectContaining({ raw: '0000000' })]);
    expect(parts.at(-1)).toEqual({ kind: 'text', text: '2.申请人逾期未按收费通知' });
  });

  it('should keep a spaced short number before a dot as numbering', () => {
    expect(tokenizeCell('（三）不予公开 12.属于国家秘密').parts.every((p) => p.kind === 'text')).toBe(true);
  });
});

describe('zero written as a numeral character', () => {
  it('should read a lone 〇 or 零 as 0, and keep 〇 inside words as text', () => {
    const nums = (cell: string): number[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'num' ? [p.value] : []));
    expect(nums('二、上年结转政府信息公开申请数量 〇 4 3 〇 〇 零 7')).toEqual([0, 4, 3, 0, 0, 0, 7]);
    expect(tokenizeCell('〇').parts).toEqual([expect.objectContaining({ kind: 'num', value: 0 })]);
    expect(nums('二〇二四年 5')).toEqual([5]);
  });
});

describe('negative values in a line of cells', () => {
  const nums = (cell: string): number[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'num' ? [p.value] : []));
  const texts = (cell: string): string[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'text' ? [p.text.trim()] : []));

  it('should read a spaced minus-glued run as a negative value (a 本年增/减 cell, pdftotext -raw)', () => {
    expect(nums('行政许可 717 -2 3038')).toEqual([717, -2, 3038]);
    expect(texts('行政许可 717 -2 3038')).toEqual(['行政许可']);
    expect(nums('行政强制 10 −1 20')).toEqual([10, -1, 20]);
  });

  it('should keep a dash that is not a sign: a range, a spaced dash, a glued tail', () => {
    expect(nums('2019-2020 5')).toEqual([2019, 2020, 5]);
    expect(nums('处罚 - 2 3')).toEqual([2, 3]);
    expect(nums('处罚 -2x 3')).toEqual([2, 3]);
  });
});
