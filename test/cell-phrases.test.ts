/**
 * A value cell that prints several numbers in one phrase, or an approximate number (tables/cell-notes
 * isValuePhrase, tables/tokenize-cell APPROX_BEFORE/AFTER). '受理380件，办结355件' does not print the
 * row's value as one number: null and ambiguous, never its first number. '约400', '1200余件' keep the
 * printed number, flagged `approximate`, below 0.9. Values here are chosen by hand;
 * scripts/active-note-variants.mjs (K5, K6) generates such cells over seeds.
 */
import { extract, flattenData } from '../src/index.js';
import { isValuePhrase } from '../src/tables/cell-notes.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';

/** A minimal 2021 report whose table 二 is `table` (tab-separated lines). */
function doc(table: string[]): Uint8Array {
  return new TextEncoder().encode(['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况', ...table, '三、收到和处理政府信息公开申请情况', '无。', '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。'].join('\n'));
}

const HEAD = ['第二十条第（五）项', '信息内容\t本年处理决定数量'];

async function read(table: string[]): Promise<(k: string) => { value: unknown; confidence: number; flags: string[] }> {
  const rep = await extract(doc(table), { name: 'a.txt' });
  const data = flattenData(rep.data);
  const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
  return (k) => ({ value: data.get(k), confidence: fields[k]?.confidence ?? 0, flags: fields[k]?.flags ?? [] });
}

describe('several numbers in one value cell', () => {
  it('should read no value from 受理380件，办结355件, and the next row as printed', async () => {
    const f = await read([...HEAD, '行政许可\t受理380件，办结355件', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t331', '行政强制\t32']);
    expect(f('activeDisclosure.licensing.decisions')).toMatchObject({ value: null, confidence: 0 });
    expect(f('activeDisclosure.licensing.decisions').flags).toContain('ambiguous');
    expect(f('activeDisclosure.punishment.decisions').value).toBe(331);
    expect(f('activeDisclosure.coercion.decisions').value).toBe(32);
  });

  it('should read the 本年 number of 上年254.67万元，本年195.9万元, below 0.9', async () => {
    const f = await read(['第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t上年254.67万元，本年195.9万元']);
    expect(f('activeDisclosure.fees.amount').value).toBe(195.9);
    expect(f('activeDisclosure.fees.amount').confidence).toBeLessThan(0.9);
  });

  it('should take a phrase only when words and a clause mark join numbers glued to their words', () => {
    expect(isValuePhrase(['件,办结'])).toBe(true);
    expect(isValuePhrase(['(不予许可)+'])).toBe(true);
    expect(isValuePhrase(['件;2022年'])).toBe(true);
    // Run-together cells of a dump, cells of a line, a CSV line: not a phrase.
    expect(isValuePhrase(['行政处罚'])).toBe(false);
    expect(isValuePhrase([' 行政处罚 '])).toBe(false);
    expect(isValuePhrase([',行政处罚,'])).toBe(false);
    expect(isValuePhrase(['件, '])).toBe(false);
  });

  it('should give one unread value for the phrase and keep the label text before it', () => {
    expect(tokenizeCell('简易程序2000件，一般程序345件', { phrases: true }).parts).toEqual([{ kind: 'text', text: '简易程序' }, { kind: 'blank', unread: true, several: true }]);
    // A sentence (a line that is one cell) is read as before: its rows name their numbers.
    expect(tokenizeCell('作出行政许可决定711件，行政处罚决定0件').parts.filter((p) => p.kind === 'num')).toHaveLength(2);
    // A label and its values in a text line stay as they were.
    expect(tokenizeCell('行政许可 12 行政处罚 5', { phrases: true }).parts.filter((p) => p.kind === 'num').map((p) => (p.kind === 'num' ? p.value : null))).toEqual([12, 5]);
  });
});

describe('approximate numbers in a value cell', () => {
  it.each([
    ['约400', 400],
    ['1200余件', 1200],
    ['300多件', 300],
    ['近500件', 500],
    ['400件左右', 400],
  ])('should keep %s as %d, flagged approximate, below 0.9', async (cell, n) => {
    const f = await read([...HEAD, `行政许可\t${cell}`, '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t331']);
    const got = f('activeDisclosure.licensing.decisions');
    expect(got.value).toBe(n);
    expect(got.flags).toContain('approximate');
    expect(got.confidence).toBeLessThan(0.9);
    expect(f('activeDisclosure.punishment.decisions').value).toBe(331);
  });

  it('should not take approximation words from the label text', () => {
    expect(tokenizeCell('行政许可 约400').parts).toEqual([{ kind: 'text', text: '行政许可 ' }, expect.objectContaining({ kind: 'num', value: 400, approximate: true, suspect: true })]);
  });
});

describe('counts each with its own 件, one space apart', () => {
  // fb37 apb2-crbl-lay: a -layout dump writes narrow cells printed close one space apart ('23件 38件').
  it('should read each as a value of its own', () => {
    const nums = (cell: string): (number | string)[] => tokenizeCell(cell).parts.map((p) => (p.kind === 'num' ? p.value : p.kind === 'text' ? p.text : p.kind));
    expect(nums('23件 38件')).toEqual([23, 38]);
    expect(nums('6件 10件 16件')).toEqual([6, 10, 16]);
  });

  it('should leave a cell with anything else in it as before', () => {
    const kinds = (cell: string): string[] => tokenizeCell(cell).parts.map((p) => p.kind);
    expect(kinds('296件 38')).toEqual(['num', 'text', 'num']);
    expect(kinds('受理23件 38件')).not.toEqual(['num', 'num']);
  });
});
