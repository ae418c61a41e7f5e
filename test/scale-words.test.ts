/**
 * Scale words after a number in a cell ('3万', '125万', '1.2亿', '5.2万件'): the value is the
 * number multiplied out, flagged `scaled` and below 0.9 (table 二 has no identity to confirm it);
 * never the bare number at ≥ 0.9. A money cell with a scale word and no unit is the amount with 元
 * left off ('1.2亿' in a 万元 column = 1.2亿元 = 12000 万元); a money unit ('1.2万元') is a unit, not a scale.
 * Variants are built from samples/quirk-tab.txt (行政许可 2938, 行政处罚 4817, 收费 699.39 万元) in
 * several layouts: tab cells, spaced text, an HTML table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { parseWholeValue, tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const run = (text: string, name = 'scale.txt'): Promise<Report> => extract(new TextEncoder().encode(text), { name });
const LICENSING = 'activeDisclosure.licensing.decisions';
const PUNISHMENT = 'activeDisclosure.punishment.decisions';
const FEES = 'activeDisclosure.fees.amount';

/** quirk-tab as an HTML page: every line a row, every tab a cell. */
function asHtml(text: string): string {
  const rows = text.split('\n').map((l) => (l.includes('\t') ? `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>` : `</table><p>${l}</p><table border="1">`));
  return `<html><head><meta charset="utf-8"></head><body><table border="1">${rows.join('\n')}</table></body></html>`;
}

describe('tokenizing a scale word', () => {
  it.each([
    ['3万', 30000, '万'],
    ['125万', 1250000, '万'],
    ['1.2亿', 120000000, '亿'],
    ['44.7万', 447000, '万'],
    ['5.2万件', 52000, '万'],
    ['3 万', 30000, '万'],
    ['2.5千万', 25000000, '千万'],
    ['8千', 8000, '千'],
  ])('should read the whole cell %s as %d, scaled', (cell, value, scale) => {
    expect(parseWholeValue(cell)).toMatchObject({ kind: 'num', value, scaled: scale });
  });

  it('should read a money unit as a unit, not a scale', () => {
    expect(parseWholeValue('1.2万元')).toEqual({ kind: 'num', value: 1.2, raw: '1.2', fusable: false, unit: '万元' });
    expect(parseWholeValue('0.07亿元')).toMatchObject({ value: 0.07, unit: '亿元' });
    expect(parseWholeValue('3千元')).toMatchObject({ value: 3, unit: '千元' });
  });

  it('should multiply a scaled value inside a mixed cell, and keep the word out of the label', () => {
    const parts = tokenizeCell('行政许可 1.2万 行政处罚 543').parts;
    expect(parts).toMatchObject([{ kind: 'text', text: '行政许可 ' }, { kind: 'num', value: 12000, scaled: '万', fusable: false }, { kind: 'text', text: ' 行政处罚 ' }, { kind: 'num', value: 543 }]);
  });

  it('should not read a scale word glued to more text as a scale, and doubt the digits', () => {
    const num = tokenizeCell('数量 3万州区').parts.find((p) => p.kind === 'num');
    expect(num).toMatchObject({ value: 3, suspect: true });
    expect(num).not.toHaveProperty('scaled');
  });

  it('should keep an unknown money unit after a scale word unknown', () => {
    const num = tokenizeCell('金额 3万美元').parts.find((p) => p.kind === 'num');
    expect(num).toMatchObject({ value: 3, unit: 'unknown', suspect: true });
  });
});

describe('scale words in table 二', () => {
  const layouts: [string, (t: string) => string, string][] = [
    ['tab cells', (t) => t, 'scale.txt'],
    ['spaced text', (t) => t.replace(/\t/g, '  '), 'scale.txt'],
    ['an HTML table', asHtml, 'scale.html'],
  ];
  const counts: [string, string, number][] = [
    ['3万', LICENSING, 30000],
    ['125万', LICENSING, 1250000],
    ['44.7万', LICENSING, 447000],
    ['1.2万', PUNISHMENT, 12000],
    ['5.2万件', PUNISHMENT, 52000],
  ];
  for (const [layout, shape, name] of layouts) {
    it.each(counts)(`should read %s in %s multiplied out, flagged scaled, below 0.9 (${layout})`, async (printed, key, value) => {
      const row = key === LICENSING ? '行政许可\t2938' : '行政处罚\t4817';
      const r = await run(shape(tab.replace(row, `${row.split('\t')[0]}\t${printed}`)), name);
      expect(flattenData(r.data).get(key)).toBe(value);
      expect(r.fields[key]!.flags).toContain('scaled');
      expect(r.fields[key]!.confidence).toBeLessThan(0.9);
    });

    it.each([
      ['1.2亿', 12000],
      ['2.5亿', 25000],
      ['3万', 3],
    ])(`should read the fee %s in a 万元 column as %d 万元 (${layout})`, async (printed, wan) => {
      const r = await run(shape(tab.replace('行政事业性收费\t699.39', `行政事业性收费\t${printed}`)), name);
      expect(flattenData(r.data).get(FEES)).toBe(wan);
      expect(r.fields[FEES]!.flags).toEqual(expect.arrayContaining(['scaled', 'unitConverted']));
      expect(r.fields[FEES]!.confidence).toBeLessThan(0.9);
    });
  }

  it('should leave a 万元 amount in a 万元 column as printed, not scaled', async () => {
    const r = await run(tab.replace('行政事业性收费\t699.39', '行政事业性收费\t1.2万元'));
    expect(flattenData(r.data).get(FEES)).toBe(1.2);
    expect(r.fields[FEES]!.flags).not.toContain('scaled');
  });

  it('should not take a scaled count as the unit of the amount beside it (2019 采购)', async () => {
    const y2019 = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
    const r = await run(y2019.replace('采购总金额\n', '采购总金额（万元）\n').replace('政府集中采购\t13\t5574.32', '政府集中采购\t3万\t5574.32'));
    const data = flattenData(r.data);
    expect(data.get('activeDisclosure.procurement.items')).toBe(30000);
    expect(r.fields['activeDisclosure.procurement.items']!.flags).toContain('scaled');
    expect(data.get('activeDisclosure.procurement.amount')).toBe(5574.32);
    expect(r.fields['activeDisclosure.procurement.amount']!.flags).not.toContain('unitConverted');
  });

  it('should keep the other rows of the table as they were', async () => {
    const r = await run(tab.replace('行政许可\t2938', '行政许可\t3万'));
    expect(flattenData(r.data).get(PUNISHMENT)).toBe(4817);
    expect(r.fields[PUNISHMENT]!.flags).not.toContain('scaled');
  });
});
