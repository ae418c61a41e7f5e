/**
 * A document most of whose identities fail prints numbers that are not what they seem (a PDFBox
 * dump of a PDF with digits drawn at size 0: '203' read '2033'); a value no identity reaches (table
 * 二) is then kept below 0.9 (score/index.ts MIN_FAILED_IDENTITIES), warning identities_mostly_failed.
 */
import { readFileSync } from 'node:fs';
import { extract, type Report } from '../src/index.js';

const SAMPLE = readFileSync(new URL('../samples/quirk-tab.txt', import.meta.url), 'utf8');
const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'dump.txt' });

/** The sample with a digit '3' put after the total of the first `n` rows of table 三 (seven values each). */
function withTotalsDamaged(n: number): string {
  let left = n;
  return SAMPLE.split('\n')
    .map((line) => {
      const cells = line.split('\t');
      if (left === 0 || cells.filter((c) => /^\d+$/.test(c)).length !== 7) return line;
      left--;
      return `${line}3`;
    })
    .join('\n');
}

describe('a document most of whose identities fail', () => {
  it('should keep table 二 below 0.9 when most identities fail', async () => {
    const r = await run(withTotalsDamaged(30));
    expect(r.checks.filter((c) => !c.ok).length * 2).toBeGreaterThanOrEqual(r.checks.length);
    expect(r.warnings.map((w) => w.code)).toContain('identities_mostly_failed');
    expect(r.fields['activeDisclosure.regulations.issued']!.confidence).toBeLessThan(0.9);
  });

  it('should trust table 二 when a few identities fail', async () => {
    const r = await run(withTotalsDamaged(2));
    expect(r.checks.some((c) => !c.ok)).toBe(true);
    expect(r.warnings.map((w) => w.code)).not.toContain('identities_mostly_failed');
    expect(r.fields['activeDisclosure.regulations.issued']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
