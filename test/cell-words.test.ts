/**
 * A value cell that prints words or signs around its number, or several numbers joined
 * (tables/cell-words): judged by what remains once the number, units, notes and marks are off, not
 * by a list of words. '至少40', '40来', '40（估算）' keep 40, flagged `cellWords`, below 0.9;
 * '124件|76件', '受理：67038 办结：66988' are one unread value. Values here are chosen by hand;
 * scripts/active-note-variants.mjs --cell-words (K7, K8) generates such cells over seeds.
 */
import { extract, flattenData } from '../src/index.js';
import { hasCellWords, joinsNumbers } from '../src/tables/cell-words.js';
import { tokenizeCell, type ValueCellPlace } from '../src/tables/tokenize-cell.js';

/** The parts of a value cell in short: '40' a number, '40!' one flagged cellWords, 'T:…' text, 'several' one unread value. */
function parts(cell: string, valueCell: ValueCellPlace = 'first'): string[] {
  return tokenizeCell(cell, { phrases: true, numerals: true, valueCell }).parts.map((p) =>
    p.kind === 'num' ? `${p.value}${p.cellWords ? '!' : ''}` : p.kind === 'text' ? `T:${p.text}` : p.kind === 'blank' && p.several ? 'several' : p.kind,
  );
}

describe('a row label glued to the first value, after a group cell', () => {
  it.each([
    ['（一）予以公开21', ['T:(一)予以公开', '21']], ['(2)部分公开 5', ['T:(2)部分公开 ', '5']], ['1.本机关不掌握相关政府信息3', ['T:1.本机关不掌握相关政府信息', '3']], ['四、行政复议12', ['T:四、行政复议', '12']],
  ])('should read %s as a label and its value, the value trusted', (cell, want) => {
    expect(parts(cell)).toEqual(want);
  });

  it('should still judge words before a count that carry no row number', () => {
    expect(parts('差不多40')).toEqual(['40!']);
    expect(parts('大约有40')).toEqual(['40!']);
  });
});

describe('one number with words in a value cell', () => {
  it.each([
    ['至少40件', '40!'], ['40来', '40!'], ['估计40', '40!'], ['40许', '40!'], ['40以内', '40!'], ['40+', '40!'], ['≥40', '40!'],
    ['40（约）', '40!'], ['大约有40', '40!'], ['40件（估算）', '40!'], ['不足40件', '40!'], ['40开外', '40!'], ['40?', '40!'],
    ['合计50件（含简易17件）', '50!'], ['办结10件（受理28件）', '10!'],
  ])('should keep %s as %s, its words not label text', (cell, want) => {
    expect(parts(cell)).toEqual([want]);
  });

  it.each([
    ['40', '40'], ['40件', '40'], ['1,234', '1234'], ['12.5万元', '12.5'], ['663（其中网上办理12件）', '663'], ['上年：254；本年：232', '232'], ['12①', '12'], ['12*', '12'],
  ])('should read %s as before: units, notes, keys and marks are no words', (cell, want) => {
    expect(parts(cell)).toEqual([want]);
  });

  it('should tell what remains: words and signs, not units and punctuation', () => {
    expect(hasCellWords(' 件 ')).toBe(false);
    expect(hasCellWords('（件）。')).toBe(false);
    expect(hasCellWords('万元')).toBe(false);
    expect(hasCellWords('来')).toBe(true);
    expect(hasCellWords('~')).toBe(true);
    expect(hasCellWords('（估算）')).toBe(true);
  });
});

describe('several numbers joined in a value cell', () => {
  it.each(['124件|76件', '66至4件', '58512~58478件', '受理：67038 办结：66988', '2023年43件 2024年3件', '78（受理）/59（办结）', '160件次/91人次', '一般程序27件、简易程序89件'])(
    'should read no number of %s',
    (cell) => {
      expect(parts(cell)).toEqual(['several']);
    },
  );

  it('should leave numbers apart by white space, and damaged decimals, as before', () => {
    expect(parts('109 27')).toEqual(['109', '27']);
    expect(parts('3 件 5 件')).toEqual(['3', 'T: 件 ', '5', 'T: 件']);
    expect(joinsNumbers('..', false)).toBe(false);
    expect(joinsNumbers('、', false)).toBe(false);
    expect(joinsNumbers(',', false)).toBe(false);
    expect(joinsNumbers('|', false)).toBe(true);
    expect(joinsNumbers('件|', false)).toBe(true);
  });

  it('should keep a label standing apart after values as the next row', () => {
    expect(parts('0 12 行政规范性文件 3 0', 'after')).toEqual(['0', '12', 'T: 行政规范性文件 ', '3', '0']);
    expect(parts('0 12 行政规范性文件 3 0', 'first')).toEqual(['several']);
    // After values a cell that starts with words starts the next row; words after the number are kept.
    expect(parts('行政规范性文件10', 'after')).toEqual(['T:行政规范性文件', '10']);
    expect(parts('12行政许可', 'after')).toEqual(['12!', 'T:行政许可']);
  });
});

/** A minimal 2021 report whose table 二 is `table`. */
function doc(table: string[]): Uint8Array {
  return new TextEncoder().encode(['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况', ...table, '三、收到和处理政府信息公开申请情况', '无。', '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。'].join('\n'));
}

async function read(bytes: Uint8Array, name: string): Promise<(k: string) => { value: unknown; confidence: number; flags: string[] }> {
  const rep = await extract(bytes, { name });
  const data = flattenData(rep.data);
  const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
  return (k) => ({ value: data.get(k), confidence: fields[k]?.confidence ?? 0, flags: fields[k]?.flags ?? [] });
}

describe('value cells with words in a report', () => {
  const HEAD = ['第二十条第（五）项', '信息内容\t本年处理决定数量'];
  it('should keep 至少40件 below 0.9, read no number of 124件|76件, and the plain rows as printed', async () => {
    const f = await read(doc([...HEAD, '行政许可\t至少40件', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t124件|76件', '行政强制\t32']), 'a.txt');
    expect(f('activeDisclosure.licensing.decisions')).toMatchObject({ value: 40 });
    expect(f('activeDisclosure.licensing.decisions').flags).toContain('cellWords');
    expect(f('activeDisclosure.licensing.decisions').confidence).toBeLessThan(0.9);
    expect(f('activeDisclosure.punishment.decisions')).toMatchObject({ value: null, confidence: 0 });
    expect(f('activeDisclosure.coercion.decisions')).toMatchObject({ value: 32 });
    // Read as printed (no cellWords); no identity reaches a row of table 二, so it says only that nothing confirms it.
    expect(f('activeDisclosure.coercion.decisions').flags).toEqual(['unconfirmed']);
  });

  it('should cap only the cell with words in a row of a grid', async () => {
    const html = `<html><body><p>青山区教育局2024年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>40来</td><td>0</td><td>22</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>57</td></tr></table><p>三、收到和处理政府信息公开申请情况</p><p>无。</p></body></html>`;
    const f = await read(new TextEncoder().encode(html), 'a.html');
    expect(f('activeDisclosure.regulations.issued')).toMatchObject({ value: 40 });
    expect(f('activeDisclosure.regulations.issued').flags).toContain('cellWords');
    expect(f('activeDisclosure.regulations.issued').confidence).toBeLessThan(0.9);
    expect(f('activeDisclosure.regulations.inForce').value).toBe(22);
    expect(f('activeDisclosure.normativeDocuments.inForce').value).toBe(57);
  });

  it('should read a label glued to its value in the first cell as before', async () => {
    const f = await read(doc([...HEAD, '行政许可 120\t', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t5']), 'a.txt');
    expect(f('activeDisclosure.licensing.decisions').value).toBe(120);
    expect(f('activeDisclosure.licensing.decisions').flags).not.toContain('cellWords');
  });
});
