/**
 * A mark printed right after a value ('91.', '0。', '145、', '12①', '12*', '12[1]', '12注1',
 * '12（其中网上3）', '12(3)'): the number is the cell's value, the mark is left off and is not label
 * text. The value is flagged `marked`; below 0.9 unless an identity through it holds (table 二 has
 * none). An item number before a label ('1. 本机关不掌握…') stays label text.
 * Variants are built from samples/quirk-tab.txt in tab cells and an HTML table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { buildRows } from '../src/tables/build-rows.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const run = (text: string, name = 'marks.txt'): Promise<Report> => extract(new TextEncoder().encode(text), { name });

function asHtml(text: string): string {
  const rows = text.split('\n').map((l) => (l.includes('\t') ? `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>` : `</table><p>${l}</p><table border="1">`));
  return `<html><head><meta charset="utf-8"></head><body><table border="1">${rows.join('\n')}</table></body></html>`;
}

describe('tokenizing a value with a mark after it', () => {
  it.each([
    ['91.', 91], ['0。', 0], ['145、', 145], ['12①', 12], ['12⑵', 12], ['12*', 12], ['12[1]', 12], ['12注', 12], ['12注1', 12],
    ['12²', 12], ['12（注1）', 12], ['12（其中网上3）', 12], ['12(3)', 12], ['12（含3件转办）', 12], ['4068.', 4068],
  ])('should read %s as the single value %d, marked', (cell, value) => {
    expect(tokenizeCell(cell).parts).toEqual([expect.objectContaining({ kind: 'num', value, mark: expect.any(String), fusable: false })]);
  });

  it('should read values with marks in a line of spaced cells, each value apart', () => {
    const { parts } = tokenizeCell('规章 91、 140、 29');
    expect(parts.map((p) => (p.kind === 'num' ? p.value : p.kind === 'text' ? p.text.trim() : p.kind))).toEqual(['规章', 91, 140, 29]);
    const dotted = tokenizeCell('699. 39').parts;
    expect(dotted).toEqual([expect.objectContaining({ kind: 'num', value: 699, mark: '.' }), expect.objectContaining({ kind: 'num', value: 39 })]);
  });

  it.each(['（四）无法提供 1. 本机关不掌握相关政府信息', '4. 无正当理由大量反复申请', '2. / 其他', '3、危及“三安全一稳定”', '2.重复申请'])('should keep the item number of %s as label text', (cell) => {
    expect(tokenizeCell(cell).parts.filter((p) => p.kind === 'num')).toEqual([]);
  });
});

describe('extracting values printed with marks', () => {
  const marked = tab
    .replace('\t77\t37\t4\t4\t5\t10\t137', '\t77.\t37①\t4*\t4[1]\t5、\t10注1\t137（其中网上12）')
    .replace('（七）总计\t82\t36', '（七）总计\t82。\t36(3)')
    .replace('行政许可\t2938', '行政许可\t2938*');
  it.each([['tab cells', marked, 'marks.txt'], ['an HTML table', asHtml(marked), 'marks.html']])('should read the marked values in %s, confirmed by the identities', async (_, text, name) => {
    const r = await run(text, name);
    const d = flattenData(r.data);
    expect(['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].map((c) => d.get(`requests.newReceived.${c}`))).toEqual([77, 37, 4, 4, 5, 10, 137]);
    expect(d.get('requests.totalHandled.naturalPerson')).toBe(82);
    expect(d.get('requests.totalHandled.commercial')).toBe(36);
    expect(r.fields['requests.newReceived.total']!.flags).toContain('marked');
    expect(r.fields['requests.newReceived.total']!.confidence).toBeGreaterThanOrEqual(0.9);
    // Table 二 has no identity: the marked value is read, not certain.
    expect(d.get('activeDisclosure.licensing.decisions')).toBe(2938);
    expect(r.fields['activeDisclosure.licensing.decisions']!.flags).toContain('marked');
    expect(r.fields['activeDisclosure.licensing.decisions']!.confidence).toBeLessThan(0.9);
  });
});

describe('numbers with apostrophes or spaces between their digits', () => {
  it.each([["1'234", 1234], ['12’345', 12345], ["1'234'567", 1234567]])('should read the cell %s as %d, marked', (cell, value) => {
    expect(tokenizeCell(cell).parts).toEqual([expect.objectContaining({ kind: 'num', value, mark: expect.any(String) })]);
  });

  it('should read spaced digit groups in an HTML cell beside plain numbers as one number, and leave a spaced line of text cells as several values', async () => {
    const spaced = tab.replace('行政许可\t2938', '行政许可\t2 938').replace('\t77\t37\t4\t4\t5\t10\t137', '\t7 7\t37\t4\t4\t5\t10\t1 3 7');
    const r = await run(asHtml(spaced), 'spaced.html');
    const d = flattenData(r.data);
    // A row's only cell '2 938' may be two rows' values stacked: never read as certain.
    expect(r.fields['activeDisclosure.licensing.decisions']!.confidence).toBeLessThan(0.9);
    expect(d.get('requests.newReceived.naturalPerson')).toBe(77);
    expect(d.get('requests.newReceived.total')).toBe(137);
    expect(r.fields['requests.newReceived.total']!.flags).toContain('marked');
    expect(tokenizeCell('规章 1 2 3').parts.filter((p) => p.kind === 'num').map((p) => (p as { value: number }).value)).toEqual([1, 2, 3]);
  });
});

describe('spaced digits in a grid line of stacked rows', () => {
  it('should keep the values of two rows pasted into one grid line apart (no cell holds one plain number)', () => {
    const cells = ['1.属于国家秘密 2.其他法律行政法规禁止公开', '0 0', '3 5', '0 1', '3 6'];
    const rows = buildRows([{ cells, cols: cells.map((_, i) => i), separated: true, source: { line: 1 } }]);
    expect(rows.flatMap((r) => r.values.map((v) => (v.kind === 'num' ? v.value : v.kind)))).toEqual([0, 0, 3, 5, 0, 1, 3, 6]);
  });

  it('should join spaced digits in a grid line that also holds plain numbers', () => {
    const cells = ['行政许可', '1 2 3', '4', '127'];
    const rows = buildRows([{ cells, cols: cells.map((_, i) => i), separated: true, source: { line: 1 } }]);
    expect(rows.flatMap((r) => r.values.map((v) => (v.kind === 'num' ? v.value : v.kind)))).toEqual([123, 4, 127]);
  });
});
