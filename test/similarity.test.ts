/**
 * @file The similarity helpers behind heading and label matching: the table-reusing edit distance
 * gives the textbook Sellers distance, and `labelSimilarityBounds` (which lets `bestTitle` skip
 * titles) never falls below the score it bounds. Random strings over a small alphabet of heading
 * characters, so that strings share many characters, contain one another and tie.
 */
import { labelSimilarity, labelSimilarityBounds, levenshteinDistance, substringDistance } from '../src/_internal/similarity.js';
import { SECTION_HEADINGS } from '../src/sections/heading-patterns.js';

/** Sellers' algorithm as written in the textbook (fresh rows, no reuse). */
function referenceDistance(needle: string, hay: string): number {
  let prev = new Array<number>(hay.length + 1).fill(0);
  for (let i = 1; i <= needle.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hay.length; j++) cur[j] = Math.min(prev[j - 1]! + (needle[i - 1] === hay[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    prev = cur;
  }
  return Math.min(...prev);
}

/** Levenshtein distance as written in the textbook (full table). */
function referenceLevenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
  return d[a.length]![b.length]!;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALPHABET = [...'政府信息公开情况总体主动申请行政复议诉讼的其他年度'];

function randomText(next: () => number, max: number): string {
  const n = Math.floor(next() * max);
  return Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
}

describe('similarity helpers', () => {
  it('substringDistance equals the textbook distance (bit-parallel up to 32 units, table beyond), also after a longer call grew its rows', () => {
    const next = rng(20);
    for (let k = 0; k < 3000; k++) {
      const needle = randomText(next, k % 5 === 0 ? 40 : 12);
      const hay = randomText(next, k % 7 === 0 ? 90 : 30);
      expect(substringDistance(needle, hay)).toBe(referenceDistance(needle, hay));
    }
    for (const [needle, hay] of [['政府信息公开', ''], ['', '政府'], ['𠀋部门', '本部门'], ['a'.repeat(32), 'b'.repeat(40) + 'a'.repeat(31)], ['a'.repeat(33), 'a'.repeat(33)]] as const) {
      expect(substringDistance(needle, hay)).toBe(referenceDistance(needle, hay));
    }
  });

  it('levenshteinDistance equals the textbook distance (surrogate pairs count as two units)', () => {
    const next = rng(3);
    for (let k = 0; k < 3000; k++) {
      const a = randomText(next, k % 5 === 0 ? 60 : 16);
      const b = randomText(next, 16);
      expect(levenshteinDistance(a, b)).toBe(referenceLevenshtein(a, b));
    }
    expect(levenshteinDistance('𠀋部门', '部门')).toBe(2);
    expect(levenshteinDistance('', '部门')).toBe(2);
  });

  it('labelSimilarityBounds is never below labelSimilarity', () => {
    const next = rng(7);
    const titles = SECTION_HEADINGS.flatMap((h) => h.titles);
    for (let k = 0; k < 4000; k++) {
      const label = randomText(next, 30);
      const target = k % 2 === 0 ? titles[k % titles.length]! : randomText(next, 14);
      const noisy = k % 3 === 0 ? `${label.slice(0, 3)}${target}${label.slice(3, 6)}` : label;
      expect(labelSimilarityBounds(noisy)(target)).toBeGreaterThanOrEqual(labelSimilarity(noisy, target));
    }
  });

  it('the bound is tight enough to skip a title that shares few characters', () => {
    expect(labelSimilarityBounds('本机关全年未发生行政复议')('主动公开政府信息情况')).toBeLessThan(0.67);
    expect(labelSimilarityBounds('主动公开政府信息情况')('主动公开政府信息情况')).toBe(1);
  });
});
