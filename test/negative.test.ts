/**
 * Counts and amounts cannot be negative (spec: only 2019 本年增/减 may be): a negative value there
 * is flagged `negative` and kept well below 0.9; the signed column is not flagged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const y2019 = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'neg.txt' });

describe('negative values', () => {
  it.each([
    ['a 2021 count', tab, /(\n行政处罚\t)(\d+)/, 'activeDisclosure.punishment.decisions'],
    ['a 2019 count', y2019, /(\n行政许可\t)(\d+)/, 'activeDisclosure.licensing.prevItems'],
    ['a money amount', tab, /(\n行政事业性收费\t)(\d)/, 'activeDisclosure.fees.amount'],
  ])('should flag %s printed negative and keep it below 0.9', async (_what, text, row, key) => {
    const r = await run(text.replace(row, '$1-$2'));
    expect(flattenData(r.data).get(key)).toBeLessThan(0);
    expect(r.fields[key]!.flags).toContain('negative');
    expect(r.fields[key]!.confidence).toBeLessThan(0.9);
  });

  it('should not flag the signed 2019 本年增/减 column', async () => {
    const r = await run(y2019);
    expect(flattenData(r.data).get('activeDisclosure.punishment.change')).toBe(-1);
    expect(r.fields['activeDisclosure.punishment.change']!.flags).not.toContain('negative');
    expect(r.fields['activeDisclosure.punishment.change']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('signed 本年增/减 spellings', () => {
  it.each(['−1', '﹣1', '－1', '减1', '减少1', '-1'])('should read %s as -1', async (cell) => {
    const r = await run(y2019.replace('行政处罚\t2713\t-1\t4884', `行政处罚\t2713\t${cell}\t4884`));
    expect(flattenData(r.data).get('activeDisclosure.punishment.change')).toBe(-1);
    expect(flattenData(r.data).get('activeDisclosure.punishment.decisions')).toBe(4884);
  });
});
