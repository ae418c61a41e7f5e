/**
 * `pdftotext -layout` of a Chromium print whose group label wraps ('（五）不予' / '处理', centred in
 * its tall cell): the item above the label reads with no numbers, its numbers print beside the next
 * item, and that item's numbers on the label's last piece (layout/aligned-columns realignGroupWraps).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const isNum = (c: string): boolean => /^\d+(?:\.\d+)?$/.test(c);
/** A -layout row padded by characters: label to 60 characters, each value right-aligned in 8. */
const row = (label: string, values: readonly string[]): string => label + ' '.repeat(Math.max(1, 60 - label.length)) + values.map((v) => v.padStart(8)).join('');

describe('group label wrapped beside rows one line off', () => {
  // quirk-tab with 出版物 and the item after given numbers of their own (all zeros print as nothing).
  const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8')
    .replace(/^(3\.要求提供公开出版物)\t.*$/m, '$1\t1\t0\t0\t2\t0\t0\t3')
    .replace(/^(4\.无正当理由大量反复申请)\t.*$/m, '$1\t0\t0\t0\t0\t1\t0\t1');
  const ind = '      ';
  /** Table 三 laid out, zeros as nothing; (五)'s label wrapped and 重复申请's and 出版物's numbers one line below their labels. */
  const layout = (): string => {
    const lines = tab.split('\n');
    const cellsOf = (re: RegExp): string[] => lines.find((l) => re.test(l))!.split('\t').slice(-7).map((c) => (c === '0' ? '' : c));
    return lines.map((l) => {
      const cells = l.split('\t');
      if (/^（五）不予处理\t/.test(l)) return row(`${ind}${cells[1]}`, cells.slice(-7).map((c) => (c === '0' ? '' : c)));
      if (/^2\.重复申请\t/.test(l)) return `${ind}2.重复申请`;
      if (/^3\.要求提供公开出版物\t/.test(l)) return `${row('（五）不予 3.要求提供公开出版物', cellsOf(/^2\.重复申请\t/))}\n${row('处理', cellsOf(/^3\.要求提供公开出版物\t/))}`;
      if (cells.length < 8 || !cells.slice(-7).every(isNum) || isNum(cells[0]!)) return l.replace(/\t/g, '   ');
      const label = cells.slice(0, -7).join(' ');
      return row(/^\d/.test(label) ? `${ind}${label}` : label, cells.slice(-7).map((c) => (c === '0' ? '' : c)));
    }).join('\n');
  };

  it('should give each item the numbers in order, none confidently wrong', async () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const want = Object.fromEntries(flattenData((await extract(enc(tab), { name: 'tab.txt' })).data));
    const got = await extract(enc(layout()), { name: 'layout.txt' });
    const fields = got.fields as Record<string, { confidence: number }>;
    const data = Object.fromEntries(flattenData(got.data));
    const keys = Object.keys(want).filter((k) => k.startsWith('requests.notProcessed.'));
    expect(keys.length).toBe(35);
    expect(keys.filter((k) => data[k] !== want[k] && fields[k]!.confidence >= 0.8)).toEqual([]);
    for (const k of ['duplicate', 'publication'].flatMap((r) => ['research', 'socialOrg', 'total'].map((c) => `requests.notProcessed.${r}.${c}`))) expect([k, data[k]]).toEqual([k, want[k]]);
  });
});
