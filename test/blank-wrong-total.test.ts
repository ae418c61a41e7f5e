/**
 * A table printing its zeros as empty cells and one wrong printed total: the empty cells are read as
 * printed, 0 (the template's rule), not left ambiguous because some empty cell or other could absorb
 * the wrong total; the fields the failing identities run through stay below 0.9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const lines = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith('一、本年新收'));
const end = lines.findIndex((l) => l.startsWith('四、结转下年度'));
/** quirk-tab with table 三's zeros printed blank, and its 总计 row's 商业企业 printed 38 for 36 when `wrong`. */
const blanks = (wrong: boolean): string => {
  const text = lines.map((l, i) => (i < start || i > end ? l : l.split('\t').map((c, j) => (j > 0 && c === '0' ? '' : c)).join('\t'))).join('\n');
  return wrong ? text.replace('（七）总计\t82\t36', '（七）总计\t82\t38') : text;
};
const read = (text: string) => extract(new TextEncoder().encode(text), { name: 'blanks.txt' });

describe('empty cells and a wrong printed total', () => {
  it('should read the empty cells as 0, as when every total is right', async () => {
    type Fields = Record<string, { flags: string[]; confidence: number }>;
    const right = (await read(blanks(false))).fields as Fields;
    const wrong = (await read(blanks(true))).fields as Fields;
    const blankKeys = Object.keys(right).filter((k) => right[k]!.flags.includes('blank'));
    expect(blankKeys.length).toBeGreaterThan(80);
    for (const k of blankKeys) {
      expect(wrong[k]!.flags).not.toContain('ambiguous');
    }
    const ambiguous = Object.values(wrong).filter((f) => f.flags.includes('ambiguous'));
    expect(ambiguous).toHaveLength(0);
    // The printed 38 kept, its failing identities flagged and held low.
    const c = wrong['requests.totalHandled.commercial']!;
    expect(c.flags).toContain('checkFailed');
    expect(c.confidence).toBeLessThan(0.9);
  });

  it('should read the empty cells as 0 beside a wrong printed cell whose empty 总计 its row derives, and list the failed checks', async () => {
    // 信访举报投诉类申请 prints 1 under 自然人 and leaves its 总计 empty: the row derives 1, the column's
    // 总计 and the table's (which add up without it) say 0; no reading of the empty cells breaks nothing.
    const text = blanks(false).replace(/(1\.信访举报投诉类申请)\t\t/, '$1\t1\t');
    const report = await read(text);
    type Fields = Record<string, { flags: string[]; confidence: number }>;
    const fields = report.fields as Fields;
    const ambiguous = Object.keys(fields).filter((k) => fields[k]!.flags.includes('ambiguous'));
    expect(ambiguous.filter((k) => k !== 'requests.notProcessed.complaint.total')).toEqual([]);
    expect(fields['requests.granted.naturalPerson']!.flags).toContain('blank');
    for (const k of ['requests.notProcessed.complaint.naturalPerson', 'requests.notProcessed.complaint.total']) expect(fields[k]!.confidence).toBeLessThan(0.9);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.id)).toContain('requests.outcomes.naturalPerson');
  });
});
