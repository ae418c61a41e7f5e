/**
 * Speed cuts in the PDF page loop that must not change what it computes (issue 17, eighteenth
 * pass): a font's digit lie is judged again only when its codes grew, and gives what judging every
 * page gave; an annotation's appearance (a walk of the operator list) is read only when an
 * annotation shows text.
 */
import { digitLie, fixDigitLies, newDigitLies } from '../src/pdf/lying-digits.js';
import { readAnnotationText } from '../src/pdf/annotation-text.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';

describe('fixDigitLies', () => {
  const OPS = { setFont: 1 };
  const SHOWS = new Set([2]);
  /** An operator list that sets font F and shows glyphs of these codes and characters. */
  const list = (glyphs: [number, string][]): { fnArray: number[]; argsArray: unknown[] } => ({
    fnArray: [1, 2],
    argsArray: [['F', 10], [glyphs.map(([originalCharCode, unicode]) => ({ originalCharCode, unicode }))]],
  });
  it('judges a font again when it learns a code, and keeps its judgement while it learns none', () => {
    const state = newDigitLies();
    const run = [{ str: '41', fontName: 'F' }];
    // Page 1: digits in place, 4 and 1 not yet seen.
    const page1 = list([[48, '0'], [50, '2'], [51, '3'], [53, '5'], [54, '6'], [55, '7']]);
    expect(fixDigitLies(run, page1, OPS, SHOWS, 1, state)).toEqual(run);
    expect(state.lies.get('F')).toBeNull();
    // Page 2: the same codes again (nothing learnt); page 3: the glyphs of 1 and 4 mapped to each other.
    fixDigitLies(run, page1, OPS, SHOWS, 2, state);
    const page3 = list([[49, '4'], [52, '1']]);
    expect(fixDigitLies(run, page3, OPS, SHOWS, 3, state)).toEqual([{ str: '14', fontName: 'F' }]);
    // The same lie as judging the font's codes afresh.
    expect(state.lies.get('F')).toEqual(digitLie(state.codes.get('F')!));
    expect(state.lies.get('F')?.fix.get('4')).toBe('1');
  });
});

describe('readAnnotationText', () => {
  const item = (str: string, x: number, top: number): PdfItem => ({ str, x, top, width: 12, height: 10, size: 10 }) as PdfItem;
  const identity = [1, 0, 0, 1, 0, 0] as const;
  it('reads the appearances only when an annotation shows text', () => {
    let walks = 0;
    const appearances = (): Map<string, string> => (walks++, new Map([['7R', '41']]));
    readAnnotationText([item('41', 300, 100)], [], identity, appearances);
    readAnnotationText([item('41', 300, 100)], [{ subtype: 'Link', rect: [0, 0, 10, 10] }], identity, appearances);
    expect(walks).toBe(0);
    const read = readAnnotationText([item('41', 300, 100)], [{ id: '7R', subtype: 'FreeText', rect: [295, 98, 330, 112], contents: '41' }], identity, appearances);
    expect(walks).toBe(1);
    expect(read.items.map((it) => it.str)).toEqual(['41']);
  });
});
