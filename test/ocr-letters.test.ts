/**
 * OCR's letters for digits in a text table ('O', 'o', 'D' for 0; 'l', 'I', '|' for 1): a word of
 * digits and such letters standing alone in a cell is read as the number, flagged `ocr`, so it is
 * below 0.9 unless identities through other read cells confirm it (table 二 has none). A word of
 * other letters, a '|' at a word's edge (maybe a drawn rule), or letters inside label text stay text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');

describe('reading OCR letters for digits', () => {
  it.each([['O', 0], ['o', 0], ['D', 0], ['l', 1], ['I', 1], ['lO', 10], ['1O2', 102], ['3o', 30], ['1|2', 112]])('should read the cell %s as %d, flagged ocr', (cell, value) => {
    expect(tokenizeCell(cell).parts).toEqual([expect.objectContaining({ kind: 'num', value, ocr: {} })]);
  });

  it.each(['|', 'OD', 'PDF', '(I)类', 'Ol', '|l|'])('should keep %s as text', (cell) => {
    expect(tokenizeCell(cell).parts.filter((p) => p.kind === 'num')).toEqual([]);
  });

  it('should read the letters of a spaced line of cells and leave its clean values unflagged', () => {
    const { parts } = tokenizeCell('规章 O l 12');
    expect(parts).toEqual([{ kind: 'text', text: '规章 ' }, expect.objectContaining({ value: 0, ocr: {} }), expect.objectContaining({ value: 1, ocr: {} }), expect.not.objectContaining({ ocr: {} })]);
  });

  it('should place OCR-lettered values by the identities, and keep an unconfirmed one below 0.9', async () => {
    const text = tab
      .replace('\t77\t37\t4\t4\t5\t10\t137', '\t77\t37\t4\t4\t5\tlO\t137')
      .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t7', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\tO\t7')
      .replace('行政强制\t4', '行政强制\tlO');
    const r = await extract(new TextEncoder().encode(text), { name: 'ocr-letters.txt' });
    const d = flattenData(r.data);
    expect(d.get('requests.newReceived.otherOrg')).toBe(10);
    expect(d.get('requests.partiallyGranted.naturalPerson')).toBe(0);
    expect(r.fields['requests.newReceived.otherOrg']!.flags).toContain('ocr');
    expect(d.get('activeDisclosure.coercion.decisions')).toBe(10);
    expect(r.fields['activeDisclosure.coercion.decisions']!.flags).toContain('ocr');
    expect(r.fields['activeDisclosure.coercion.decisions']!.confidence).toBeLessThan(0.9);
  });
});
