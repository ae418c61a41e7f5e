/**
 * Tables pasted into the page as a frame's own document (`<iframe srcdoc="…">`): read in place, as a
 * reader of the page sees them; a hidden frame stays hidden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { inlineFrames } from '../src/load/html-iframes.js';
import { ROOT } from './helpers/paths.js';

const page = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The page with everything from its first table to the last one's end moved into a frame's srcdoc. */
function framed(style = ''): string {
  const start = page.indexOf('<table');
  const end = page.lastIndexOf('</table>') + '</table>'.length;
  const doc = `<html><head><meta charset="utf-8"><style>td{border:1px solid #000}</style></head><body>${page.slice(start, end)}</body></html>`;
  return `${page.slice(0, start)}<iframe${style} srcdoc="${escape(doc)}"></iframe>${page.slice(end)}`;
}
const read = (html: string, name: string) => extract(new TextEncoder().encode(html), { name });

describe('iframe srcdoc', () => {
  it('should read tables inside a frame\'s srcdoc as the same page without the frame', async () => {
    const plain = await read(page, 'plain.html');
    const inFrame = await read(framed(' style="width:100%;height:2400px;border:0"'), 'framed.html');
    expect(Object.values(plain.fields).filter((f) => f.flags.includes('missing'))).toHaveLength(0);
    expect(flattenData(inFrame.data)).toEqual(flattenData(plain.data));
  });

  it('should keep a hidden frame hidden and leave a page without srcdoc untouched', async () => {
    expect(inlineFrames(page)).toBe(page);
    const hidden = inlineFrames(framed(' style="display:none"'));
    expect(hidden).toMatch(/<div style="display:none"><style>/);
    const r = await read(framed(' style="display:none"'), 'hidden.html');
    expect(Object.values(r.fields).filter((f) => f.flags.includes('missing')).length).toBeGreaterThan(100);
  });

  it('should inline a frame nested in a frame', () => {
    const inner = '<table><tr><td>行政处罚</td><td>12</td></tr></table>';
    const outer = `<p>a</p><iframe srcdoc="${escape(`<body><iframe srcdoc="${escape(inner)}"></iframe></body>`)}"></iframe>`;
    expect(inlineFrames(outer)).toContain('<td>行政处罚</td><td>12</td>');
  });
});
