/**
 * @file The gutter finder shared by every split of a page into two sides: the bands of x that no
 * span of text (or ruling) covers. A PDF sheet's items in points (`pdf/two-up.ts` widestGap, which
 * `layout/two-column-text.ts` calls on a text dump's runs laid out as items) and a text dump's
 * character columns (`layout/two-up-pages.ts`) are both read through it: each caller then picks the
 * gap that reads as a gutter by its own evidence (near the middle; where the right page's lines begin).
 */

/** A band of x no span covers: [from, to). */
export interface Gap {
  readonly from: number;
  readonly to: number;
}

/**
 * The gaps between `spans` ([start, end) each, any order, may overlap), left to right. `origin`: the
 * page's left edge, when the band from it to the first span counts as a gap too (a text page's margin).
 */
export function gapsBetween(spans: readonly (readonly [number, number])[], origin = -Infinity): Gap[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const gaps: Gap[] = [];
  let reach = origin;
  for (const [a, b] of sorted) {
    if (reach > -Infinity && a > reach) gaps.push({ from: reach, to: a });
    if (b > reach) reach = b;
  }
  return gaps;
}

/** Spans [start, end) of a text line's characters that are not spaces (character columns). */
export function inkSpans(row: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= row.length; c++) {
    const ink = c < row.length && row[c] !== ' ';
    if (ink && start < 0) start = c;
    else if (!ink && start >= 0) {
      spans.push([start, c]);
      start = -1;
    }
  }
  return spans;
}
