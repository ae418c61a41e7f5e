/**
 * CSS colours of every syntax as RGBA (src/load/css-colors.ts), and the selectors of rules the
 * hidden-text pass does not evaluate exactly (src/load/html-style-rules.ts supersetSelector).
 * `hsla(0,0%,0%,0)` was not read and a digit painted so was read into its number at 0.95.
 */
import { parseColor } from '../src/load/css-colors.js';
import { parseRules, supersetSelector } from '../src/load/html-style-rules.js';
import { inkShows } from '../src/_internal/ink.js';

describe('parseColor', () => {
  it.each([
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#0008', { r: 0, g: 0, b: 0, a: 0x88 / 255 }],
    ['#ffffff00', { r: 255, g: 255, b: 255, a: 0 }],
    ['rgb(255, 0, 0)', { r: 255, g: 0, b: 0, a: 1 }],
    ['rgba(0,0,0,.2)', { r: 0, g: 0, b: 0, a: 0.2 }],
    ['rgb(255 255 255 / 50%)', { r: 255, g: 255, b: 255, a: 0.5 }],
    ['rgb(100% 0% 0%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['hsla(0, 0%, 0%, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['hsl(0 0% 100%)', { r: 255, g: 255, b: 255, a: 1 }],
    ['hsl(120deg 100% 50% / 0.5)', { r: 0, g: 255, b: 0, a: 0.5 }],
    ['hsl(0.5turn, 100%, 50%)', { r: 0, g: 255, b: 255, a: 1 }],
    ['Transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['gainsboro', { r: 220, g: 220, b: 220, a: 1 }],
    ['windowtext', { r: 0, g: 0, b: 0, a: 1 }],
  ])('should read %s', (value, rgba) => {
    const c = parseColor(value)!;
    for (const k of ['r', 'g', 'b', 'a'] as const) expect(c[k]).toBeCloseTo(rgba[k], 3);
  });

  it.each(['currentcolor', 'var(--x)', 'lab(50 0 0)', 'rgb(1,2)', 'hsl(1 2% 3% / 4 / 5)', 'blurple', '#12'])('should not read %s (unknown to the caller)', (value) => {
    expect(parseColor(value)).toBeNull();
  });
});

describe('inkShows (one threshold for HTML and PDF)', () => {
  it('should tell unseen, faint and seen ink by alpha and by contrast with the background', () => {
    expect([0, 0.04, 0.2, 0.34, 0.35, 1].map((a) => inkShows(a))).toEqual(['unseen', 'unseen', 'faint', 'faint', 'seen', 'seen']);
    expect([5, 30, 41].map((d) => inkShows(1, d))).toEqual(['unseen', 'faint', 'seen']);
  });
});

describe('rules not evaluated exactly', () => {
  it.each([
    ['td > span:last-child', 'td > span'],
    ['tr:nth-child(even) > td:not(.x)', 'tr > td'],
    ['p:not(:nth-child(2))', 'p'],
    ['td>:last-child', 'td>*'],
    [':is(.a)', '*'],
    ['.a + span', 'span'],
    ['.x ~ .y b', '.y b'],
    ['td::first-letter', 'td'],
  ])('should match %s by the superset %s', (selector, superset) => {
    expect(supersetSelector(selector)).toBe(superset);
  });

  it.each(['a:hover', 'td:focus-within span', 'td::before', 'li::marker'])('should not read %s (a user action, or generated content)', (selector) => {
    expect(supersetSelector(selector)).toBeNull();
  });

  it('should keep rules of @media (not print-only), @supports, @layer and nesting as unsure, plain rules as sure', () => {
    const rules = parseRules('@media print{.p{display:none}} @media screen{.s{display:none}} @supports (x:y){@layer l{.q{opacity:0}}} .a{color:red; & span{display:none}} .plain{display:none} @page x{margin:0} @list l0:level1{mso-level-text:x}');
    expect(rules.map((r) => [r.selector, r.unsure === true])).toEqual([['.s', true], ['.q', true], ['.a', false], ['.a span', true], ['.plain', false]]);
  });
});
