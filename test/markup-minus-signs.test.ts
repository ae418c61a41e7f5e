/**
 * A minus sign glued between a dump's markup and its number. pandoc's gfm writes a page's layout table (a menu
 * cell beside the article cell) as raw HTML; load/layout-html-tables takes its tags out, and with them the tags of
 * the first table nested in it, whose cells are left as text lines '<p>-1</p>'. The '-' after '>' was read as a
 * hyphen: 本年增/减 -1 / -2 / -1 came out 1 / 2 / 1 at 0.95 (gen60 held-out 932500 pandoc-gfm r21). A sign is read
 * after white space or such markup ('>', '|', '**', a Markdown escape '\-') and before white space or '<', '|', '**';
 * a minus-like mark glued before a number and not read as its sign leaves the number in doubt (suspect: below 0.9).
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { unwrapLayoutHtmlTables } from '../src/load/layout-html-tables.js';

const nums = (cell: string): Array<{ value: number; suspect?: boolean }> =>
  tokenizeCell(cell).parts.filter((p): p is Extract<typeof p, { kind: 'num' }> => p.kind === 'num').map((p) => ({ value: p.value, ...(p.suspect ? { suspect: true } : {}) }));

/** A pandoc gfm dump of a page whose article sits in a layout table (menu cell beside it): the first table nested in it holds 本年增/减 -1 / -2 / -1. */
const GFM = readFileSync(new URL('./fixtures/pandoc-gfm-layout-minus.md', import.meta.url));

describe('a minus sign glued to a dump\'s markup', () => {
  it('should read the sign after a tag, a pipe, emphasis or an escape, and before a tag', () => {
    expect(nums('<p>-1</p>')).toEqual([{ value: -1 }]);
    expect(nums('<td>-3</td>')).toEqual([{ value: -3 }]);
    expect(nums('|-1|')).toEqual([{ value: -1 }]);
    expect(nums('**-2**')).toEqual([{ value: -2 }]);
    expect(nums('\\-1')).toEqual([{ value: -1 }]);
    expect(nums('行政许可 228 -1 4520').map((n) => n.value)).toEqual([228, -1, 4520]);
  });

  it('should leave a number whose glued minus-like mark is not read as its sign in doubt, and a range as it was', () => {
    expect(nums('–1')).toEqual([{ value: 1, suspect: true }]);
    expect(nums('第-2')).toEqual([{ value: 2, suspect: true }]);
    expect(nums('2019-2020').map((n) => n.value)).toEqual([2019, 2020]);
  });

  it('should read 本年增/减 -1 of a table nested in a pandoc gfm layout table as -1 (was 1 at 0.95)', async () => {
    const rep = await extract(GFM, { name: 'page.md' });
    const ad = rep.data.activeDisclosure as any;
    expect(ad.licensing.change).toBe(-1);
    expect(ad.punishment.change).toBe(-2);
    expect(ad.coercion.change).toBe(-1);
    expect(ad.otherServices.change).toBe(4);
    for (const k of ['licensing', 'punishment', 'coercion']) expect((rep.fields as Record<string, { confidence: number }>)[`activeDisclosure.${k}.change`]!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should take out only a layout table\'s own tags, leaving the tables nested in it HTML tables (were text lines \'<p>-1</p>\')', () => {
    const text = unwrapLayoutHtmlTables(GFM.toString('utf8'));
    expect(text).not.toMatch(/^<p>-1<\/p>$/m);
    expect(text.match(/<table\b/g)).toHaveLength(2);
    expect(text).toMatch(/<td[^>]*><p>-2<\/p><\/td>/);
    const flat = '<table><tr><td>x</td>\n<td><p>一、总体情况</p>\n<p>正文</p></td></tr></table>';
    expect(unwrapLayoutHtmlTables(flat)).not.toContain('<table');
  });
});
