/**
 * A PDF converted to HTML line by line into absolutely positioned elements (load/positioned-html:
 * `mutool convert -F html`, `pdftohtml -c`): the markup's order is not the reading order, so the
 * page is laid out by position, as the PDF's text items are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { mayBePositioned } from '../src/load/positioned-html.js';
import { capDisagreeing } from '../src/score/readings.js';
import { ROOT } from './helpers/paths.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8')) as { data: Record<string, unknown> };
const SIZE = 10.5;
const wide = (s: string): number => [...s].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 0.5 : 1), 0) * SIZE;

/**
 * The sample as mutool writes a page: each tab cell a `<p>` at its place (cells a column apart, 24 pt of padding between texts, the
 * label column 300 pt wide), lines 18 pt apart, in an order that is not the reading order: every
 * line's cells from the last to the first, and the pages' lines from the bottom up.
 */
function positioned(text: string, order: 'scrambled' | 'reading' = 'scrambled', place: (i: number) => number = (i) => 60 + i * 18): string {
  const lines = text.split('\n');
  const ps: string[] = [];
  lines.forEach((line, i) => {
    let left = 60;
    const cells = line.split('\t').map((cell) => {
      const at = left;
      left += Math.max(cell === line.split('\t')[0] ? 300 : 60, wide(cell) + 24);
      return { cell, at };
    });
    for (const { cell, at } of order === 'scrambled' ? cells.reverse() : cells) {
      if (cell.trim()) ps.push(`<p style="top:${place(i).toFixed(1)}pt;left:${at.toFixed(1)}pt;line-height:${SIZE}pt"><span style="font-family:Unnamed,sans-serif;font-size:${SIZE}pt">${cell}</span></p>`);
    }
  });
  return `<!DOCTYPE html><html><head><style>p{position:absolute;white-space:pre;margin:0}</style></head><body><div id="page1" style="width:1200.0pt;height:${(120 + lines.length * 18).toFixed(1)}pt">\n${(order === 'scrambled' ? ps.reverse() : ps).join('\n')}\n</div></body></html>`;
}

describe('HTML of positioned text lines', () => {
  it('should read the page by position, every value of the sample right', async () => {
    const html = positioned(SAMPLE);
    expect(mayBePositioned(html)).toBe(true);
    const report = await extract(new TextEncoder().encode(html), { name: 'mutool.html' });
    const read = flattenData(report.data);
    for (const [key, value] of flattenData(golden.data as never)) expect([key, read.get(key)]).toEqual([key, value]);
    expect(report.warnings.map((w) => w.code)).toContain('positioned_text');
  });

  it('should not take borders (border-top, border-left) for positions', () => {
    const cell = '<td style="padding: 5px;border-left: 1px solid windowtext;border-top: none;border-bottom: 1px solid">1</td>';
    expect(mayBePositioned(`<table><tr>${cell.repeat(40)}</tr></table>`)).toBe(false);
  });

  it('should keep the page read as a web page when it confirms more than the places do', async () => {
    // Positions that say nothing (every line of the page at one of two heights), the markup in reading order.
    const html = positioned(SAMPLE, 'reading', (i) => 60 + (i % 2) * 18);
    const report = await extract(new TextEncoder().encode(html), { name: 'mutool.html' });
    const flow = await extract(new TextEncoder().encode(html.replace(/<p style="[^"]*"/g, '<p')), { name: 'flow.html' });
    expect(report.data).toEqual(flow.data);
    expect(report.fields).toEqual(flow.fields);
    expect(report.warnings.map((w) => w.code)).not.toContain('positioned_text');
  });

  it('should not trust a value the two readings confirm differently', () => {
    const report = (value: number, confidence: number): Report =>
      ({ data: { requests: { granted: { total: value, commercial: 1 } } }, fields: { 'requests.granted.total': { confidence, flags: [] }, 'requests.granted.commercial': { confidence: 0.95, flags: [] } }, confidence: 0.95, warnings: [] }) as unknown as Report;
    const kept = report(30, 0.97);
    expect(capDisagreeing(kept, report(31, 0.8))).toEqual([]);
    expect(capDisagreeing(kept, report(30, 0.97))).toEqual([]);
    expect(capDisagreeing(kept, report(31, 0.95))).toEqual(['requests.granted.total']);
    const fields = kept.fields as Record<string, { confidence: number; flags: string[] }>;
    expect(fields['requests.granted.total']).toEqual({ confidence: 0.85, flags: ['unconfirmed'] });
    expect(fields['requests.granted.commercial']!.confidence).toBe(0.95);
    expect(kept.confidence).toBe(0.9);
    expect(kept.warnings.map((w) => w.code)).toEqual(['readings_disagree']);
  });
});
