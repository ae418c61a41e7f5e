import { describe, expect, it } from '@jest/globals';
import { withoutChatter } from '../src/ocr/tess-chatter.js';

// Tesseract's page layout analysis writes 'Detected 31 diacritics' to the worker thread's stderr,
// which reached the CLI user's terminal; only such progress notes are dropped, never an error.
describe('withoutChatter', () => {
  it('drops the diacritics and resolution notes', () => {
    expect(withoutChatter('Detected 31 diacritics\n')).toBe('');
    expect(withoutChatter('Detected 4 diacritics')).toBe('');
    expect(withoutChatter('Estimating resolution as 212\n')).toBe('');
    expect(withoutChatter('Warning: Invalid resolution 0 dpi. Using 70 instead.\n')).toBe('');
  });

  it('keeps every other line, in order, around a note', () => {
    expect(withoutChatter('Error in pixReadMem: size < 12\nDetected 2 diacritics\nfailed to read\n')).toBe('Error in pixReadMem: size < 12\nfailed to read\n');
    expect(withoutChatter('Detected 2 diacritics\nRuntimeError: memory access out of bounds\n')).toBe('RuntimeError: memory access out of bounds\n');
  });

  it('leaves a chunk without a note as it is', () => {
    for (const s of ['Error opening data file ./chi_sim.traineddata\n', 'Detected diacritics in 3 words\n', 'x Detected 3 diacritics\n', '', '\n']) expect(withoutChatter(s)).toBe(s);
  });
});
