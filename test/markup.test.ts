/**
 * Markup that is not the value: a superscript footnote marker after a number (`2214<sup>1</sup>`)
 * and a struck-out old value (`<del>2200</del>2214`) must never be glued onto the number. Table 二
 * has no sum to catch 22141 or 22002214, so the loader has to. Variants are built from the samples
 * (values read off the sample HTML by hand: 行政许可 2365 in html-combined-word, 2214 in html-cms-utf8).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Report } from '../src/index.js';
import { raisedText } from '../src/load/html-table.js';
import { dropStruckNumbers } from '../src/pdf/struck-text.js';
import { dropRaisedMarkers } from '../src/pdf/text-items.js';
import { ROOT } from './helpers/paths.js';

const sample = (name: string): string => readFileSync(join(ROOT, 'samples', name), 'utf8');
const bytes = (html: string): Uint8Array => new TextEncoder().encode(html);
const field = (r: Report, key: string): { value: unknown; confidence: number } => {
  const value = key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], r.data);
  return { value, confidence: r.fields[key]?.confidence ?? 0 };
};
/** The sample with its one licensing cell `<p …>VALUE</p>` replaced by `<p …>MARKUP</p>`. */
function withCell(name: string, value: string, markup: string): string {
  const html = sample(name);
  const at = html.indexOf('行政许可');
  const i = html.indexOf(`>${value}<`, at);
  expect(i).toBeGreaterThan(at);
  return html.slice(0, i + 1) + markup + html.slice(i + 1 + value.length);
}
const LICENSING = 'activeDisclosure.licensing.decisions';

describe('raisedText', () => {
  it('should drop a footnote marker right after a number', () => {
    expect(raisedText('2214', '1').trim()).toBe('');
    expect(raisedText('2214 ', '注').trim()).toBe('');
    expect(raisedText('2214', '[2]').trim()).toBe('');
  });
  it('should keep other raised text as a token apart', () => {
    expect(raisedText('注', '1')).toBe(' 1 ');
    expect(raisedText('2214', '另有说明的情况')).toBe(' 另有说明的情况 ');
  });
});

describe('superscripts and struck-out text in HTML cells', () => {
  const cases: [string, string, string, string][] = [
    ['sup digit', 'html-combined-word.html', '2365', '<span lang="EN-US">2365</span><sup>1</sup>'],
    ['sup in span', 'html-combined-word.html', '2365', '<span lang="EN-US">2365<sup><span>12</span></sup></span>'],
    ['sub marker', 'html-combined-word.html', '2365', '<span lang="EN-US">2365</span><sub>*</sub>'],
    ['del before', 'html-combined-word.html', '2365', '<del>2300</del><span lang="EN-US">2365</span>'],
    ['s glued', 'html-combined-word.html', '2365', '<s>2300</s>2365'],
    ['strike after', 'html-combined-word.html', '2365', '2365<strike>2300</strike>'],
    ['line-through style', 'html-combined-word.html', '2365', '<span style="text-decoration: line-through">2300</span>2365'],
  ];
  it.each(cases)('should read licensing as the printed value (%s)', async (_name, file, value, markup) => {
    const html = withCell(file, value, markup.replace('2365', value));
    const r = await extract(bytes(html));
    expect(field(r, LICENSING).value).toBe(Number(value));
  });

  it('should not glue a marker onto a value of table 三 either', async () => {
    // html-cms-utf8 newReceived.naturalPerson is 103 (read off the sample).
    const html = sample('html-cms-utf8.html');
    const row = html.indexOf('本年新收政府信息公开申请数量');
    const i = html.indexOf('>103<', row);
    expect(i).toBeGreaterThan(row);
    const r = await extract(bytes(html.slice(0, i + 1) + '103<sup>2</sup>' + html.slice(i + 4)));
    expect(field(r, 'requests.newReceived.naturalPerson').value).toBe(103);
  });
});

describe('dropRaisedMarkers (PDF)', () => {
  // Chromium's print of `2214<sup>1</sup>` (cr-sup.pdf): '2214' at 12 pt, '1' at 10 pt right after it, baseline 4.75 pt higher.
  const num = { str: '2214', x: 248, top: 100, width: 24, height: 12, size: 12 };
  const sup = { str: '1', x: 272, top: 97.25, width: 5, height: 10, size: 10 };
  it('should drop a smaller raised marker right after a number', () => {
    expect(dropRaisedMarkers([num, sup]).map((i) => i.str)).toEqual(['2214']);
    expect(dropRaisedMarkers([num, { ...sup, str: '注', width: 10 }]).map((i) => i.str)).toEqual(['2214']);
    // A subscript: lowered as far.
    expect(dropRaisedMarkers([num, { ...sup, top: 104.75 }]).map((i) => i.str)).toEqual(['2214']);
  });
  it('should keep a run of the same size, on the baseline, or apart from the number', () => {
    expect(dropRaisedMarkers([num, { ...sup, size: 12, height: 12, top: 95.25 }])).toHaveLength(2);
    expect(dropRaisedMarkers([num, { ...sup, top: 102 }])).toHaveLength(2);
    expect(dropRaisedMarkers([num, { ...sup, x: 290 }])).toHaveLength(2);
    expect(dropRaisedMarkers([{ ...num, str: '行政许可' }, sup])).toHaveLength(2);
  });
});

describe('dropStruckNumbers (PDF)', () => {
  // Chromium's print of `<del>2200</del>2214` (cr-del.pdf): two 12 pt runs edge to edge, a 1 pt line through the first.
  const old = { str: '2200', x: 238.55, top: 100, width: 24, height: 12, size: 12 };
  const now = { ...old, str: '2214', x: 262.55 };
  const strike = { x1: 238.55, y1: 106, x2: 262.55, y2: 106 };
  const rulings = (h: { x1: number; y1: number; x2: number; y2: number }[]) => ({ horizontal: h, vertical: [] });
  it('should drop a number run a stroke crosses through its middle', () => {
    expect(dropStruckNumbers([old, now], rulings([strike])).map((i) => i.str)).toEqual(['2214']);
  });
  it('should keep runs under a cell border, an underline, or a long rule', () => {
    expect(dropStruckNumbers([old, now], rulings([{ ...strike, y1: 99, y2: 99 }]))).toHaveLength(2);
    expect(dropStruckNumbers([old, now], rulings([{ ...strike, y1: 111.8, y2: 111.8 }]))).toHaveLength(2);
    expect(dropStruckNumbers([old, now], rulings([{ ...strike, x1: 100, x2: 400 }]))).toHaveLength(2);
    expect(dropStruckNumbers([{ ...old, str: '行政许可' }], rulings([strike]))).toHaveLength(1);
  });
});
