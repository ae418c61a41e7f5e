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

describe('a page saved with a counter before each line (cat -n page.html > page.txt)', () => {
  const PAGE = ['<div class="TRS_Editor"><p>二、主动公开政府信息情况</p>', '<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>', '<tr><td>规章</td><td>1</td><td>0</td><td>4</td></tr>', '<tr><td>行政规范性文件</td><td>2</td><td>1</td><td>9</td></tr></table></div>'];
  it('should read the markup as the page it is, on as few lines as a fragment has, numbers cut off', async () => {
    const { load } = await import('../src/load/index.js');
    const { resolveOptions } = await import('../src/options.js');
    for (const prefix of [(n: number) => `${String(n).padStart(6)}\t`, (n: number) => `${n}: `]) {
      const doc = await load(new TextEncoder().encode(PAGE.map((l, i) => prefix(i + 1) + l).join('\n')), resolveOptions({ name: 'page.txt' }));
      expect(doc.lines.map((l) => l.cells)).toContainEqual(['规章', '1', '0', '4']);
      expect(doc.lines.some((l) => l.cells.some((c) => /<|\d\t/.test(c)))).toBe(false);
    }
  });
  it('should keep a short text whose lines start with numbers as text (no markup after them)', async () => {
    const { load } = await import('../src/load/index.js');
    const { resolveOptions } = await import('../src/options.js');
    const doc = await load(new TextEncoder().encode('1\t规章\t1\n2\t行政规范性文件\t2'), resolveOptions({ name: 'list.txt' }));
    // The leading numbers kept (not dropped as a line counter); as a lone item number before a label, joined to it (layout/item-cells).
    expect(doc.lines.map((l) => l.cells)).toEqual([['1.规章', '1'], ['2.行政规范性文件', '2']]);
  });
});

describe('unwrapLines', () => {
  const wide = (ch: string): number => (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1);
  /** Cuts a line at `w` columns the way a mail client does: at its last space before the width, else inside a word. */
  const wrap = (line: string, w: number): string[] => {
    const out: string[] = [];
    let l = line;
    for (;;) {
      let acc = 0, cut = -1, space = -1;
      for (let i = 0; i < l.length; i++) {
        acc += wide(l[i]!);
        if (l[i] === ' ') space = i;
        if (acc > w) { cut = i; break; }
      }
      if (cut < 0) return [...out, l];
      const at = space > 0 ? space : cut;
      out.push(l.slice(0, at).trimEnd());
      l = l.slice(at).trimStart();
    }
  };
  const ORIGINAL = [
    '2024年，某县人民政府认真贯彻落实政务公开工作要求，全年主动公开政府信息1234条，办理依申请公开事项若干。', '二、主动公开政府信息情况',
    '一、本年新收政府信息公开申请数量       3265    246     284     73      57      143     4068',
    '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止，如对本报告有任何疑问请联系本机关政务公开办公室。',
    '本机关将继续加强政府信息公开工作，进一步提高公开质量和实效，更好地服务人民群众和市场主体的生产生活需要。',
    '五、存在的主要问题及改进情况：一是公开内容不够全面，二是解读形式单一，下一步将加强培训并完善制度，提升政务公开标准化规范化水平。',
  ];
  it('should join a line cut at a fixed width back: directly inside a word, with a cell gap between values', async () => {
    const { unwrapLines } = await import('../src/layout/hard-wrap.js');
    const out = unwrapLines(ORIGINAL.flatMap((l) => wrap(l, 64)));
    expect(out).toContain(ORIGINAL[0]);
    expect(out).toContain(ORIGINAL[1]);
    expect(textToLines(out.join('\n')).find((l) => l.cells[0]!.startsWith('一、本年新收'))?.cells.slice(1)).toEqual(['3265', '246', '284', '73', '57', '143', '4068']);
  });
  it('should not join two digits cut at the full width (one number cut, or two cut at a space), nor lines of a drawn table', async () => {
    const { unwrapLines } = await import('../src/layout/hard-wrap.js');
    const cut = ['x'.repeat(31) + '一二三四1', '234', ...ORIGINAL.slice(3).flatMap((l) => wrap(l, 40))];
    expect(unwrapLines(cut).slice(0, 2)).toEqual(cut.slice(0, 2));
    const box = Array.from({ length: 12 }, (_, i) => (i % 2 ? '│ 规章         │ 1            │ 0            │' : '├──────────────┼──────────────┼──────────────┤'));
    expect(unwrapLines(box)).toEqual(box);
  });
  it('should leave every line as it is when one line is wider than any wrap width (a paragraph not wrapped: no width shows)', async () => {
    const { unwrapLines } = await import('../src/layout/hard-wrap.js');
    const wrapped = ORIGINAL.flatMap((l) => wrap(l, 64));
    expect(unwrapLines(wrapped)).not.toEqual(wrapped);
    // 101 characters: wider than MAX_WIDTH (100) in every measure.
    const long = 'x'.repeat(101);
    expect(unwrapLines([...wrapped, long])).toEqual([...wrapped, long]);
  });
  /** Cuts a line every `w` columns (`chars`: every `w` characters) wherever that falls, as `fold` does. */
  const fold = (line: string, w: number, chars: boolean): string[] => {
    const out: string[] = [];
    let cur = '';
    let acc = 0;
    for (const ch of line) {
      const cw = chars ? 1 : wide(ch);
      if (acc + cw > w) { out.push(cur); cur = ''; acc = 0; }
      cur += ch; acc += cw;
    }
    return [...out, cur];
  };
  it('should join every piece of a text folded by characters back as it was, digits cut at the width included, counting an ideograph as 2 columns or 1', async () => {
    const { unwrapLines } = await import('../src/layout/hard-wrap.js');
    const dump = `${ORIGINAL.join('')}规章 000行政规范性文件693665第二十条第（五）项信息内容本年处理决定数量行政许可2293 行政处罚1282行政强制42一、本年新收政府信息公开申请数量640020470`;
    for (const [w, chars] of [[70, false], [60, false], [70, true], [76, true]] as const) {
      expect(unwrapLines([...fold(dump, w, chars), '', '六、其他需要报告的事项'])).toEqual([dump, '', '六、其他需要报告的事项']);
    }
  });
  it('should join the rows of a tab dump cut every 24 or 40 characters back, a tab at the cut kept (a character cutter: the rows stay in their columns)', async () => {
    const { unwrapLines } = await import('../src/layout/hard-wrap.js');
    const rows = [
      '一、本年新收政府信息公开申请数量\t5932\t2661\t466\t624\t1292\t538\t11513',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t326\t\t98\t47\t\t471',
      '（三）不予公开\t1.属于国家秘密\t961\t\t\t76\t\t\t1037',
      '2.其他法律行政法规禁止公开\t\t\t\t36\t244\t183\t463',
      '行政处罚\t1628\t-5\t770',
      ...ORIGINAL.slice(3),
    ];
    for (const w of [24, 40]) expect(unwrapLines(rows.flatMap((r) => fold(r, w, true)))).toEqual(rows);
  });
});
