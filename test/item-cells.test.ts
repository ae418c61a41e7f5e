/**
 * layout/item-cells: an item number printed in a cell of its own is joined to the label after it,
 * and a row of such a table whose values are all blank is read as the zeros it prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, type Golden } from '../src/index.js';
import { dropItemMarks, joinItemCells, joinLoneItemLines } from '../src/layout/item-cells.js';
import type { Line } from '../src/model/document.js';
import { ROOT } from './helpers/paths.js';

const line = (cells: string[], extra: Partial<Line> = {}): Line => ({ cells, separated: true, source: { line: 1 }, ...extra });

describe('joinItemCells', () => {
  it('should join a lone item number to its label in the template\'s way of writing it', () => {
    const joined = joinItemCells([line(['1', '属于国家秘密', '', '']), line(['二', '上年结转政府信息公开申请数量', '3']), line(['（一）', '予以公开', '2']), line(['(3)', '不予公开', ''])]);
    expect(joined.map((l) => l.cells[0])).toEqual(['1.属于国家秘密', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（3）不予公开']);
  });

  it('should keep the grid columns of the cells after the label', () => {
    expect(joinItemCells([line(['1', '属于国家秘密', '0', '4'], { cols: [0, 1, 2, 3] })])[0]).toMatchObject({ cells: ['1.属于国家秘密', '0', '4'], cols: [1, 2, 3] });
  });

  it('should leave a number before a value, a label holding its own number, and saved data alone', () => {
    const lines = [line(['1', '23', '4']), line(['1', '1.属于国家秘密', '0']), line(['1', '属于国家秘密', '0'], { saved: true }), line(['1', '属于国家秘密'], { separated: false })];
    expect(joinItemCells(lines)).toEqual(lines);
  });

  it('should read the all-blank rows of a table with its item numbers in a column of their own as zeros', async () => {
    const text = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8')) as Golden;
    // Each sub-item's number split from its label ('2.重复申请' → '2' | '重复申请'), and those rows' zeros printed blank.
    const itemCol = text.split('\n').map((l) => l.replace(/^(\d)\.(?=[^\t\d])/, '$1\t'))
      .map((l) => (/^\d\t/.test(l) && /\t0(\t0)+$/.test(l) ? l.replace(/\t0/g, '\t') : l)).join('\n');
    expect(itemCol).not.toEqual(text);
    const cmp = compareReport('item-col', await extract(new TextEncoder().encode(itemCol), { name: 'item-col.txt' }), golden);
    expect(cmp.silent).toBe(0);
    expect(cmp.fields.filter((f) => !f.ok)).toEqual([]);
  });
});

describe('joinLoneItemLines (an item column in reading order)', () => {
  const one = (text: string, n: number): Line => line([text], { separated: false, source: { line: n } });
  const page = (texts: string[]): Line[] => texts.map((t, i) => one(t, i + 1));

  it('should join item numbers counting 1, 2, 3 … to the unnumbered label on the next line', () => {
    // plain pdftotext of a table whose item numbers sit in a cell of their own (breakit47 itemcol)
    const lines = page(['（三） 不予公开', '1', '属于国家秘密', '0', '0', '2', '', '其他法律行政法规禁止公开', '0', '3', '危及“三安全一稳定”', '1']);
    expect(joinLoneItemLines(lines).map((l) => l.cells[0])).toEqual(['（三） 不予公开', '1.属于国家秘密', '0', '0', '', '2.其他法律行政法规禁止公开', '0', '3.危及“三安全一稳定”', '1']);
  });

  it('should leave values before unnumbered labels alone when they do not count a run of three from 1', () => {
    const lines = page(['1', '属于国家秘密', '2', '其他法律行政法规禁止公开', '0', '2', '危及“三安全一稳定”', '3', '保护第三方合法权益', '4', '属于三类内部事务信息']);
    expect(joinLoneItemLines(lines)).toEqual(lines);
  });

  it('should read the rows of such a dump as the template prints them', async () => {
    const text = ['（三） 不予公开', '1', '属于国家秘密', '0', '1', '2', '其他法律行政法规禁止公开', '3', '4', '3', '危及“三安全一稳定”', '5', '6'].join('\n');
    const lines = joinLoneItemLines(page(text.split('\n')));
    expect(lines.map((l) => l.cells[0] ?? '').filter((c) => /^\d$/.test(c))).toEqual(['0', '1', '3', '4', '5', '6']);
  });
});

describe('dropItemMarks (an item column printed in the value stream, its labels in a pile)', () => {
  const page = (texts: string[]): Line[] => texts.map((t, i) => line([t], { separated: false, source: { line: i + 1 } }));
  const cells = (ls: Line[]): string[] => ls.map((l) => l.cells[0]!);

  it('should drop marked item numbers counting among values, and a block of them', () => {
    // plain pdftotext of a pdftocairo re-print (breakit50 pt-cairo): the group's '1.' stayed with its group label.
    const lines = page(['524', '', '2.', '', '84', '', '5', '', '3.', '', '0', '', '0', '', '4.', '', '91', '', '1.', '', '1.', '2.', '', '3.', '', '7']);
    expect(cells(dropItemMarks(lines)).filter((c) => c.trim())).toEqual(['524', '84', '5', '0', '0', '91', '7']);
  });

  it('should keep bare numbers, marks that do not count a run, and marks before text', () => {
    const bare = page(['1', '84', '2', '0', '3', '91']);
    expect(dropItemMarks(bare)).toEqual(bare);
    const apart = page(['1.', '84', '3.', '0', '2.', '91']);
    expect(dropItemMarks(apart)).toEqual(apart);
    const prose = page(['1.', '加强培训。', '2.', '完善制度。', '3.', '推动公开。']);
    expect(dropItemMarks(prose)).toEqual(prose);
  });

  it('should read table 三 of such a dump row by row', async () => {
    const text = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8')) as Golden;
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('三、'));
    const end = lines.findIndex((l) => l.startsWith('四、'));
    const rows = lines.slice(start + 1, end).map((l) => l.split('\t')).filter((c) => c.length >= 8 && /^\d/.test(c.at(-1)!));
    expect(rows.length).toBeGreaterThanOrEqual(24);
    // The labels in a pile (their item numbers cut off), then each row's item mark and values one per paragraph.
    const labelOf = (c: string[]): string => c.slice(0, -7).join('');
    const markOf = (c: string[]): string | undefined => /(\d)\.(?=\D)/.exec(labelOf(c))?.[0];
    const pile = rows.map((c) => labelOf(c).replace(/\d\.(?=\D)/, ''));
    const stream = rows.flatMap((c) => [...(markOf(c) ? [markOf(c)!, ''] : []), ...c.slice(-7).flatMap((v) => [v, ''])]);
    expect(stream.filter((t) => /^\d\.$/.test(t)).length).toBeGreaterThanOrEqual(16);
    const dump = [...lines.slice(0, start + 1), ...pile, '', ...stream, ...lines.slice(end)].join('\n');
    const cmp = compareReport('item-marks', await extract(new TextEncoder().encode(dump), { name: 'item-marks.txt' }), golden);
    expect(cmp.silent).toBe(0);
    expect(cmp.fields.filter((f) => f.key.startsWith('requests.') && !f.ok)).toEqual([]);
  });
});
