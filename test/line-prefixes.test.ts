/**
 * E-mail quote marks (layout/email-quotes) and a counter printed before every line (layout/line-numbers): cut off when it counts most lines of
 * the document, kept when it is data (a list, a column of values one per line).
 */
import { stripEmailQuotes } from '../src/layout/email-quotes.js';
import { stripLineNumbers } from '../src/layout/line-numbers.js';
import { textToLines } from '../src/layout/text-to-lines.js';

const BODY = ['某县2023年政府信息公开工作年度报告', '一、总体情况', '全年主动公开信息120条。', '二、主动公开政府信息情况', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t3\t1\t0\t2\t0\t0\t6', '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0', '（一）予以公开\t3\t1\t0\t2\t0\t0\t6', '（七）总计\t3\t1\t0\t2\t0\t0\t6', '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0', '五、存在的主要问题及改进情况'];

describe('stripLineNumbers', () => {
  it.each([
    ['cat -n', (n: number) => `${String(n).padStart(6)}\t`],
    ['an editor\'s export', (n: number) => `${n}: `],
    ['a pipe gutter', (n: number) => `${String(n).padStart(2)}| `],
    ['brackets', (n: number) => `[${n}] `],
    ['zero-padded', (n: number) => `${String(n).padStart(4, '0')} `],
  ])('should cut the %s counter off every line', (_name, prefix) => {
    expect(stripLineNumbers(BODY.map((l, i) => `${prefix(i + 1)}${l}`))).toEqual(BODY);
  });
  it('should cut nl\'s counter that skips blank lines, and read the tab cells after it', () => {
    let n = 0;
    const numbered = [...BODY.slice(0, 4), '', ...BODY.slice(4)].map((l) => (l === '' ? l : `${String(++n).padStart(6)}\t${l}`));
    const lines = textToLines(numbered.join('\n'));
    expect(lines.find((l) => l.cells[0] === '规章')?.cells).toEqual(['规章', '1', '0', '4']);
  });
  it('should keep numbers that do not count the lines: a list of a few items, values one per line', () => {
    const list = ['1 申请', '2 受理', '3 答复'];
    expect(stripLineNumbers(list)).toEqual(list);
    const cells = Array.from({ length: 30 }, (_, i) => `${i % 3} 件`);
    expect(stripLineNumbers(cells)).toEqual(cells);
    // Numbers on fewer than 80 % of the lines are not the document's line numbers.
    const half = BODY.map((l, i) => (i % 2 ? `${i + 1} ${l}` : l));
    expect(stripLineNumbers(half)).toEqual(half);
  });
});

describe('stripEmailQuotes', () => {
  const mail = (quote: (l: string) => string): string[] => ['-------- Forwarded Message --------', 'Subject: 年报', '', ...BODY.map(quote)];
  it('should cut one or more levels of \'>\' quote marks, keeping the mail\'s header lines', () => {
    expect(stripEmailQuotes(mail((l) => `> ${l}`))).toEqual(mail((l) => l));
    expect(stripEmailQuotes(mail((l) => `> > ${l}`))).toEqual(mail((l) => l));
    expect(stripEmailQuotes(mail((l) => `>>${l}`))).toEqual(mail((l) => l));
  });
  it('should cut a bar quote, and read a quoted table row as the row', () => {
    expect(stripEmailQuotes(mail((l) => `| ${l}`))).toEqual(mail((l) => l));
    expect(textToLines(mail((l) => `| ${l}`).join('\n')).find((l) => l.cells[0] === '规章')?.cells).toEqual(['规章', '1', '0', '4']);
  });
  it('should keep a markdown pipe table and a short quotation as they are', () => {
    const md = ['| 项目 | 本年制发件数 |', '| --- | --- |', ...Array.from({ length: 14 }, (_, i) => `| 规章${i} | ${i} |`)];
    expect(stripEmailQuotes(md)).toEqual(md);
    const cite = [...BODY, '> 公开是常态，不公开是例外', ...BODY];
    expect(stripEmailQuotes(cite)).toEqual(cite);
  });
});
