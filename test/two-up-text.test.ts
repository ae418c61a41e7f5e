/**
 * Two pages side by side in one `pdftotext -layout` page (layout/two-up-pages): a 2-up sheet dumped with
 * -layout writes each line as the left page's line, spaces, then the right page's line. Read as the left
 * page, then the right page; a single page's columns (labels | numbers, header words at a number
 * column) are no gutter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { splitTwoUpPages } from '../src/layout/two-up-pages.js';
import { ROOT } from './helpers/paths.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'quirk-layout-spaces.txt'), 'utf8').split('\n');
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-layout-spaces.golden.json'), 'utf8')) as { data: Record<string, unknown> };
const width = (lines: readonly string[]): number => Math.max(...lines.map((l) => [...l].length));
const pad = (line: string, n: number): string => line + ' '.repeat(n - [...line].length);

/** `left` and `right` imposed on one text page, the right page `gutter` characters after the left page's longest line. */
function sheet(left: readonly string[], right: readonly string[], gutter: number): string {
  const at = width(left) + gutter;
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => (right[i] ? pad(left[i] ?? '', at) + right[i] : (left[i] ?? '')).trimEnd()).join('\n');
}

/** Page 1 ends at the page number '— 2 —'; page 2 is tables 三 and 四, then the closing sections. */
const END_1 = SAMPLE.findIndex((l) => l.includes('— 2 —')) + 1;
const PAGE_1 = SAMPLE.slice(0, END_1);
const PAGE_2 = SAMPLE.slice(END_1).filter((l) => l.trim());

async function expectGolden(text: string): Promise<void> {
  const report = await extract(new TextEncoder().encode(text), { name: 'two-up.txt' });
  const right = flattenData(golden.data as never);
  const read = flattenData(report.data);
  for (const [key, value] of right) expect([key, read.get(key)]).toEqual([key, value]);
}

describe('two pages side by side in a -layout dump', () => {
  it('should read the left page, then the right page', async () => {
    const text = `${sheet(PAGE_1, PAGE_2, 4)}\n\f`;
    const split = splitTwoUpPages(text);
    const [left, right] = split.split('\f');
    expect(left!.split('\n').filter((l) => l.trim())).toEqual(PAGE_1.filter((l) => l.trim()).map((l) => l.trimEnd()));
    expect(right!.split('\n').filter((l) => l.trim())).toEqual(PAGE_2.map((l) => l.trimEnd()));
    await expectGolden(text);
  });

  it('should split a sheet whose right page is short (the last page) once another sheet of the dump is two pages', async () => {
    const last = PAGE_2.findIndex((l) => l.startsWith('六、'));
    const table3 = PAGE_2.findIndex((l) => l.includes('（四）无法提供'));
    const text = `${sheet(PAGE_1, PAGE_2.slice(0, table3), 3)}\n\f${sheet(PAGE_2.slice(table3, last), PAGE_2.slice(last), 5)}\n\f`;
    expect(splitTwoUpPages(text).split('\f')).toHaveLength(5);
    await expectGolden(text);
    // Alone, the short right page is no evidence of a 2-up sheet.
    const alone = `${sheet(PAGE_2.slice(table3, last), PAGE_2.slice(last), 5)}\n\f`;
    expect(splitTwoUpPages(alone)).toBe(alone);
  });

  it('should split a two-column page\'s last page (two short columns) once another page of the dump splits, when its right column holds sentences', async () => {
    const five = PAGE_2.findIndex((l) => l.startsWith('五、'));
    const left = ['五、存在的主要问题及改进情况', '存在的主要问题：一是公开内容的精准度有待提', '高；二是解读形式较为单一。'];
    const right = ['改进情况：细化公开清单，丰富解读形', '式。', '六、其他需要报告的事项', '本年度未收取信息处理费。', '示例市第102局', '2025-01-20'];
    const first = `${sheet(PAGE_1, PAGE_2.slice(0, five), 4)}\n\f`;
    const text = `${first}${sheet(left, right, 6)}\n\f`;
    const pages = splitTwoUpPages(text).split('\f');
    expect(pages).toHaveLength(5);
    expect(pages[2]!.split('\n').filter((l) => l.trim())).toEqual(left);
    expect(pages[3]!.split('\n').filter((l) => l.trim())).toEqual(right);
    await expectGolden(text);
    // A table's labels beside its numbers, or its labels beside sub-labels, hold no sentences: the page stays whole.
    const labels = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益'];
    for (const other of [['3    0    0', '12    1    0', '0    0    2', '5    1    1'], ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '不再处理其政府信息公开申请', '要求行政机关确认或重新出具已获取信息']]) {
      const whole = `${sheet(labels, other, 6)}\n`;
      expect(splitTwoUpPages(`${first}${whole}\f`)).toBe(`${splitTwoUpPages(first)}${whole}\f`);
    }
  });

  it('should leave a single page whose label column and number columns are apart as it is', () => {
    // Table 二 with its header words starting at the number columns, and table 三's category | sub-label columns.
    const rows = [
      ['第二十条第（一）项', '', '', ''],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '1', '0', '10'],
      ['规范性文件', '14', '5', '0'],
      ['第二十条第（五）项', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '4451', '0', '3255'],
      ['第二十条第（六）项', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政处罚', '1708', '3', '2986'],
      ['行政强制', '2', '3', '7'],
      ['第二十条第（八）项', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', ''],
      ['行政事业性收费', '11', '1', ''],
    ];
    const page = rows.map((r) => r.map((c, i) => (i < 3 ? pad(c, [24, 20, 20][i]!) : c)).join('').trimEnd()).join('\n\n');
    expect(splitTwoUpPages(`${page}\n\f`)).toBe(`${page}\n\f`);
    const table3 = PAGE_2.slice(0, 30).map((l) => l.trim().replace(/^(（[一二三四五六七]）\S{4}|[一二三四]、\S+?数量|三、本年度办理结果)\s+/, (m, label: string) => pad(label, 34)));
    const indented = table3.map((l) => (/^\d\./.test(l) ? ' '.repeat(34) + l : l)).join('\n');
    expect(splitTwoUpPages(`${indented}\n\f`)).toBe(`${indented}\n\f`);
  });

  it('should change no text sample', () => {
    for (const f of readdirSync(join(ROOT, 'samples')).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(ROOT, 'samples', f), 'utf8');
      expect(splitTwoUpPages(text)).toBe(text);
    }
  });
});
