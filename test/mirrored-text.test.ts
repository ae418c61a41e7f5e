/**
 * Text an extractor wrote mirrored (layout/mirrored-runs): pdftotext on pages turned by /Rotate writes a
 * page turned half round (lines bottom to top, each right to left, digits too) or single lines with
 * each run of ideographs reversed in place. Read back; a number is never read backwards on a guess.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { unmirrorLines } from '../src/layout/mirrored-runs.js';
import { ROOT } from './helpers/paths.js';

const reversed = (s: string): string => [...s].reverse().join('');
const reverseRuns = (s: string): string => s.replace(/[^\x00-\x7f\s\u3000]+/g, reversed);
const SAMPLE = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8')) as { data: Record<string, unknown> };

describe('text written mirrored', () => {
  it('should read a page turned half round (lines bottom to top, characters right to left) as printed', async () => {
    const pages = SAMPLE.split('\n\n');
    const turned = pages.map(reversed).join('\f');
    expect(unmirrorLines(turned)).toBe(pages.join('\f'));
    const report = await extract(new TextEncoder().encode(turned), { name: 'turned.txt' });
    const right = flattenData(golden.data as never);
    const read = flattenData(report.data);
    for (const [key, value] of right) expect([key, read.get(key)]).toEqual([key, value]);
  });

  it('should turn back lines whose runs of ideographs are reversed in place, digits kept, when that makes the years read', () => {
    const title = '示例市第101局2024年政府信息公开工作年度报告';
    const heading = '三、收到和处理政府信息公开申请情况';
    const text = [reverseRuns(title), '本机关坚持以公开为常态。', reverseRuns(heading), '行政许可 2938'].join('\n');
    expect(reverseRuns(title)).toBe('第市例示101局2024告报度年作工开公息信府政年');
    expect(unmirrorLines(text)).toBe([title, '本机关坚持以公开为常态。', heading, '行政许可 2938'].join('\n'));
  });

  it('should leave a mirrored line holding digits as printed when nothing tells which way its numbers read', () => {
    // '行政处罚 356' mirrored whole is '653 罚处政行'; turned back run by run it would read 653.
    const lone = ['二、主动公开政府信息情况', '653 罚处政行 罚处政行', '规章 2 16 11'].join('\n');
    expect(unmirrorLines(lone)).toBe(lone);
  });

  it('should change no text sample', () => {
    for (const f of readdirSync(join(ROOT, 'samples')).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(ROOT, 'samples', f), 'utf8');
      expect(unmirrorLines(text)).toBe(text);
    }
  });
});
