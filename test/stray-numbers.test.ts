/**
 * map/stray-numbers (blank55): the numbers a line prints as cells — a column-major dump's run beside a header's piece —
 * not prose's, a date's or a page mark's; and those outside a table's section no other table accounts for.
 */
import type { Line } from '../src/model/document.js';
import type { FoundSection } from '../src/sections/index.js';
import { lineNumbers, strayNumbers } from '../src/map/stray-numbers.js';

const line = (text: string): Line => ({ cells: [text], source: { line: 0 }, separated: false });
const section = (key: FoundSection['key'], texts: string[]): FoundSection => ({ key, heading: key, confidence: 1, body: texts.map(line), text: '' }) as unknown as FoundSection;

describe('numbers printed as cells', () => {
  it.each([
    ['8 0 0 1', 4],
    ['业 8 0 0 0', 4],
    ['织 构 7 0 1', 3],
    ['规章 0 0 10', 3],
    ['其他对外管理服务事项 5', 0],
    ['2024 年 1 月 22 日', 0],
    ['17 件。', 0],
    ['- 3 -', 0],
    ['全年共收到政府信息公开申请0件', 0],
  ])('%s → %d', (text, n) => {
    expect(lineNumbers(line(text))).toBe(n);
  });

  it('outside a table: beyond the earlier tables\' cells before it, all after it unless exactly table 四\'s 15', () => {
    // ('行政许可 3': a label with its value, a row of table 二's region — not counted.)
    const active = section('activeDisclosure', ['规章 0 0 10', '行政许可 3']);
    const review = (n: number) => section('reviewLitigation', [Array.from({ length: n }, () => '0').join(' ')]);
    const sections = (n: number) => [active, section('requests', ['（七）总计']), review(n), section('other', ['2025 年 1 月 20 日'])];
    expect(strayNumbers(sections(15), 'requests', { before: 3, after: 15 })).toBe(0);
    expect(strayNumbers(sections(16), 'requests', { before: 3, after: 15 })).toBe(16);
    expect(strayNumbers(sections(15), 'requests', { before: 2, after: 15 })).toBe(1);
    expect(strayNumbers(sections(15).slice(0, 2), 'requests', { before: 3, after: 15 })).toBeNull();
  });
});
