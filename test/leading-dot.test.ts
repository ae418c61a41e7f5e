/**
 * A decimal written without its leading zero ('.5', '.25': 0.5, 0.25), as spreadsheets and some
 * writers print fractions. Read as a whole cell it is the fraction; a '.' with no digit before it
 * among other text leaves the digits after it in doubt — never the bare digits ('.5' read as 5) at
 * ≥ 0.9. Variants of samples/quirk-tab.txt (收费 699.39 万元), values checked by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { parseWholeValue, tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const FEES = 'activeDisclosure.fees.amount';

async function fees(text: string, name = 'dot.txt'): Promise<{ value: unknown; confidence: number }> {
  const r: Report = await extract(new TextEncoder().encode(text), { name });
  return { value: flattenData(r.data).get(FEES), confidence: r.fields[FEES]!.confidence };
}

describe('a decimal with no leading zero', () => {
  it.each([
    ['.5', 0.5],
    ['.25', 0.25],
    ['-.5', -0.5],
    ['.5万元', 0.5],
  ])('should read the whole cell %s as %d', (cell, value) => {
    expect(parseWholeValue(cell)).toMatchObject({ kind: 'num', value });
  });

  it('should doubt digits after a lone decimal point among text', () => {
    const parts = tokenizeCell('行政事业性收费 .5').parts;
    expect(parts.filter((p) => p.kind === 'num').every((p) => p.kind === 'num' && p.suspect === true)).toBe(true);
    expect(tokenizeCell('行政事业性收费 0.5').parts.find((p) => p.kind === 'num')).toMatchObject({ value: 0.5 });
    expect(tokenizeCell('行政事业性收费 0.5').parts.find((p) => p.kind === 'num')).not.toHaveProperty('suspect');
  });

  it('should read a fee cell printed .5 as 0.5, in tab text and HTML', async () => {
    expect(await fees(tab.replace('行政事业性收费\t699.39', '行政事业性收费\t.5'))).toMatchObject({ value: 0.5 });
    const html = `<html><head><meta charset="utf-8"></head><body><table>${tab.split('\n').map((l) => `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    expect(await fees(html.replace('<td>699.39</td>', '<td>.25</td>'), 'dot.html')).toMatchObject({ value: 0.25 });
  });

  it('should never read .5 among spaced text as 5 at 0.9 or more', async () => {
    const r = await fees(tab.replace('行政事业性收费\t699.39', '行政事业性收费 .5'));
    if (r.value !== 0.5) expect(r.confidence).toBeLessThan(0.9);
  });
});
