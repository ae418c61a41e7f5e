/**
 * map/stray-numbers (blank55): the numbers a line prints as cells — a column-major dump's run beside a header's piece —
 * not prose's, a date's or a page mark's; and those outside a table's section no other table accounts for.
 */
import type { Line } from '../src/model/document.js';
import type { FoundSection } from '../src/sections/index.js';
import { lineNumbers, statedCounts, strayNumbers } from '../src/map/stray-numbers.js';

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
    // blank56: a row printed with its label (an appendix table, a row beside table 四's cells) — three numbers or more after it.
    ['一、本年新收政府信息公开申请数量  9  3  0  0  0  0  12', 7],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1', 7],
    ['行政复议及诉讼 1 0 0 0 1 0 0 0 1 1 0 0 0 0 0', 15],
    ['联系电话 0571 8888', 0],
    ['全年办结申请，予以答复。 1 2 3', 0],
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

  it('counts a sentence stating the table\'s counts other than 0 (blank56: the report prints them in prose)', () => {
    expect(statedCounts([line('2023年，本机关共收到政府信息公开申请12件，上年结转2件，予以公开6件，结转下年度1件。')], 'requests')).toBe(1);
    expect(statedCounts([line('全年共收到政府信息公开申请0件，均在法定期限内予以答复。主动公开信息2612条，其中政策文件50件。')], 'requests')).toBe(0);
    expect(statedCounts([line('本年度共收到政府信息公开申请0件，主动公开政府信息2612条，其中政策文件50件。')], 'requests')).toBe(0);
    expect(statedCounts([line('全年发生政府信息公开行政复议2件。')], 'reviewLitigation')).toBe(1);
    const sections = [section('overview', ['本机关共收到政府信息公开申请3件。']), section('requests', ['（七）总计']), section('reviewLitigation', []), section('other', ['无。'])];
    expect(strayNumbers(sections, 'requests', { before: 0, after: 15 })).toBe(1);
  });

  it('counts them in Chinese numerals, and in a note of the table\'s own section (break56: table 四 had read blank over them)', () => {
    expect(statedCounts([line('本年度收到行政复议申请两件，行政诉讼一起。')], 'reviewLitigation')).toBe(2);
    expect(statedCounts([line('全年共收到政府信息公开申请十一件。')], 'requests')).toBe(1);
    expect(statedCounts([line('全年未发生行政复议、行政诉讼。')], 'reviewLitigation')).toBe(0);
    const sections = [section('requests', ['（七）总计']), section('reviewLitigation', ['结果维持 结果纠正', '注：本年度行政复议维持1件。']), section('other', ['无。'])];
    expect(strayNumbers(sections, 'reviewLitigation', { before: 0 })).toBe(1);
  });
});
