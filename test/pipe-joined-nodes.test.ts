/**
 * A page's text nodes a crawler joined by '|' (BeautifulSoup get_text('|', strip=True), issue 15,
 * breakit57 bs4-pipestrip): the whole page one line, empty cells gone. Read as the same page joined by
 * spaces (layout/pipe-joined-nodes): a signed 本年增/减 after a '|' keeps its minus, the '|' are not
 * OCR's stray rulings, table 三 is read. Pages and values are generated, never corpus files.
 */
import { extract, flattenData } from '../src/index.js';
import { MIN_JOINS, readPipeJoinedNodes } from '../src/layout/pipe-joined-nodes.js';
import { makeValues } from '../scripts/template-data.mjs';
import { activeTable, base, H, NARRATIVE, requestTable, reviewTable } from '../scripts/make-samples.mjs';
import { renderHtml } from '../scripts/render-html.mjs';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** get_text('|', strip=True) of an HTML page: its text nodes stripped, the empty ones dropped, joined by '|'. */
const pipeJoined = (html: string): string =>
  html
    .replace(/<(script|style|title)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .split(/<[^>]*>/)
    .map((t) => t.replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim())
    .filter((t) => t !== '')
    .join('|');

function page(seed: number): { text: string; data: ReturnType<typeof makeValues> } {
  const data = makeValues(seed, { version: '2019', scale: 30 });
  const b = base(seed, { version: '2019' });
  const tables = { activeDisclosure: activeTable(data, '2019'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, style: 'cms' });
  return { text: `${pipeJoined(html)}\n`, data };
}

describe('text nodes joined by |', () => {
  it('should read each signed change with its minus, none of the values flagged ocr', async () => {
    for (const seed of [4, 11]) {
      const { text, data } = page(seed);
      expect(text).toMatch(/\|-\d+\|/);
      const r = await extract(enc(text), { name: 'p.txt' });
      const got = flattenData(r.data);
      const changes = Object.entries(data.activeDisclosure as Record<string, Record<string, number>>).flatMap(([k, row]) => ('change' in row ? [[k, row.change!] as const] : []));
      expect(changes.some(([, v]) => v < 0)).toBe(true);
      for (const [k, v] of changes) expect([k, got.get(`activeDisclosure.${k}.change`)]).toEqual([k, v]);
      expect(r.warnings.map((w) => w.code)).not.toContain('ocr_text');
      expect(r.warnings.map((w) => w.code)).not.toContain('table_unread');
    }
  });

  it('should leave drawn pipe rows, pipe tables with a delimiter row and short lines as they are', () => {
    const nodes = Array.from({ length: MIN_JOINS + 1 }, (_, i) => `c${i}`);
    expect(readPipeJoinedNodes(`${nodes.join('|')}\n`)).toBe(`${nodes.join(' ')}\n`);
    for (const text of [`|${nodes.join('|')}|\n`, `${nodes.slice(0, 5).join('|')}\n`, `${nodes.join(' | ')}\n`, `a|b\n---|---\n${nodes.join('|')}\n`]) expect(readPipeJoinedNodes(text)).toBe(text);
  });
});
