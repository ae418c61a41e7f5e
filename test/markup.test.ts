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
    ['a link to a note in brackets', 'html-combined-word.html', '2365', '2365<a href="#_ftn2">[2]</a>'],
  ];
  it.each(cases)('should read licensing as the printed value (%s)', async (_name, file, value, markup) => {
    const html = withCell(file, value, markup.replace('2365', value));
    const r = await extract(bytes(html));
    expect(field(r, LICENSING).value).toBe(Number(value));
  });

  // Found by a tester: `855<a href="#r7">5</a>` shows 8555 (an ordinary link, full size) and was read 855 at 0.95.
  it('should keep the digits of an in-page link after a number, not trusted: a note number or digits of the value', async () => {
    for (const markup of ['2365<a href="#fn1">1</a>', '23<a href="#d">65</a>', '236<a href="#r7">5</a>']) {
      const r = await extract(bytes(withCell('html-combined-word.html', '2365', markup)));
      const f = field(r, LICENSING);
      expect(f.confidence).toBeLessThan(0.9);
      if (markup.startsWith('2365')) expect([2365, 23651, null]).toContain(f.value);
      else expect(f.value).toBe(2365);
    }
  });

  it('should read the digits of a link that is no note (a link elsewhere, or before any number)', async () => {
    for (const markup of ['236<a href="other.html">5</a>', '<a href="#t2">2365</a>']) {
      const r = await extract(bytes(withCell('html-combined-word.html', '2365', markup)));
      expect(field(r, LICENSING).value).toBe(2365);
    }
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

describe('text raised or lowered by style in HTML cells', () => {
  // A marker set by an inline style rather than <sup>/<sub>: never digits of the value.
  const styled: [string, string][] = [
    ['span vertical-align:super', '<span style="vertical-align:super">3</span>'],
    ['span vertical-align: super with spaces and a small size', '<span style="vertical-align: super; font-size: 8pt">3</span>'],
    ['font vertical-align:super', '<font style="vertical-align:super">1</font>'],
    ['vertical-align:sub', '<span style="VERTICAL-ALIGN: sub">2</span>'],
    ['vertical-align:top', '<span style="vertical-align:top">12</span>'],
    ['vertical-align:text-top', '<span style="vertical-align:text-top">1</span>'],
    ['vertical-align as a length', '<span style="vertical-align:4pt">1</span>'],
    ['Word mso-text-raise', "<span style='mso-text-raise:4pt;font-size:7pt'>3</span>"],
    ['Word mso-text-raise lowered', "<span style='mso-text-raise:-3.0pt'>3</span>"],
    ['position:relative moved up', '<span style="position:relative;top:-4px">3</span>'],
    ['nested in a bold run', '<b style="vertical-align:super"><span>3</span></b>'],
  ];
  it.each(styled)('should not glue the marker onto licensing (%s)', async (_name, marker) => {
    const r = await extract(bytes(withCell('html-combined-word.html', '2365', `2365${marker}`)));
    expect(field(r, LICENSING).value).toBe(2365);
  });

  it.each([
    ['vertical-align:baseline', '<span style="vertical-align:baseline">3</span>'],
    ['vertical-align:0', '<span style="vertical-align:0">3</span>'],
    ['mso-text-raise:0pt', "<span style='mso-text-raise:0pt'>3</span>"],
    ['position:relative; top:0', '<span style="position:relative;top:0">3</span>'],
  ])('should keep digits on the baseline as digits of the value (%s)', async (_name, run) => {
    const r = await extract(bytes(withCell('html-combined-word.html', '2365', `236${run.replace('>3<', '>5<')}`)));
    expect(field(r, LICENSING).value).toBe(2365);
  });

  it.each([
    ['a small span', '2365<span style="font-size:7pt">3</span>'],
    ['two explicit sizes', '<span style="font-size:12pt">2365</span><span style="font-size:7.5pt">3</span>'],
    ['font size=1', '2365<font size="1">3</font>'],
    ['small', '2365<small>3</small>'],
  ])('should doubt a number joined from runs of different font sizes (%s)', async (_name, markup) => {
    const r = await extract(bytes(withCell('html-combined-word.html', '2365', markup)));
    expect(field(r, LICENSING).confidence).toBeLessThan(0.9);
  });

  it('should not doubt a number split into runs of one size (Word splits runs)', async () => {
    const r = await extract(bytes(withCell('html-combined-word.html', '2365', '<span style="font-size:10.5pt">23</span><span style="font-size:10.5pt">65</span>')));
    expect(field(r, LICENSING)).toEqual({ value: 2365, confidence: expect.any(Number) });
    const before = await extract(bytes(sample('html-combined-word.html')));
    expect(field(r, LICENSING).confidence).toBe(field(before, LICENSING).confidence);
  });

  it('should not take a cell styled vertical-align:top as raised text', async () => {
    const html = sample('html-combined-word.html').replace(/<td(?=[\s>])/g, '<td style="vertical-align:top"');
    const r = await extract(bytes(html));
    expect(field(r, LICENSING).value).toBe(2365);
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
