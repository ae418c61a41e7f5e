/**
 * `pdftohtml -xml` (poppler's pdf2xml) documents built by hand, for the suites that pin how such a dump
 * is read (load/word-box-markup): pages of `<text top left width height font>` runs under their
 * `<fontspec>`s, as poppler writes them. One builder, so that every suite writes the same markup.
 */

/** A `<fontspec>`: a font's id, size (px at pdftohtml's zoom 1.5) and family. */
export interface Pdf2xmlFont {
  id: number;
  size: number;
  family: string;
}

/** A `<text>` run: top, left, width, height (px), font id, text. */
export type Pdf2xmlRun = readonly [top: number, left: number, width: number, height: number, font: number, text: string];

/** A page: its size (px) and fonts, and its runs in the order written. */
export interface Pdf2xmlPage {
  width: number;
  height: number;
  fonts: readonly Pdf2xmlFont[];
  runs: readonly Pdf2xmlRun[];
}

/** `<text>` of a run. */
export const textRun = ([top, left, width, height, font, text]: Pdf2xmlRun): string => `<text top="${top}" left="${left}" width="${width}" height="${height}" font="${font}">${text}</text>`;

const fontspec = (f: Pdf2xmlFont): string => `<fontspec id="${f.id}" size="${f.size}" family="${f.family}" color="#000000"/>`;

/**
 * The pdf2xml document of the pages. `declaration: false` leaves out the `<?xml …?>` line and `version:
 * null` the producer's version (an older poppler writes neither).
 */
export function pdf2xml(pages: readonly Pdf2xmlPage[], opts: { declaration?: boolean; version?: string | null } = {}): string {
  const version = opts.version === undefined ? '22.12.0' : opts.version;
  return [
    ...(opts.declaration === false ? [] : ['<?xml version="1.0" encoding="UTF-8"?>']),
    `<pdf2xml producer="poppler"${version === null ? '' : ` version="${version}"`}>`,
    ...pages.flatMap((p, i) => [`<page number="${i + 1}" position="absolute" top="0" left="0" height="${p.height}" width="${p.width}">`, ...p.fonts.map(fontspec), ...p.runs.map(textRun), '</page>']),
    '</pdf2xml>',
  ].join('\n');
}

/** A CJK font and a Latin one, as poppler names a LibreOffice or Chromium print's fonts. */
export const HAN_FONT = (id: number, size = 18): Pdf2xmlFont => ({ id, size, family: 'WenQuanYiZenHei' });
export const LATIN_FONT = (id: number, size = 18): Pdf2xmlFont => ({ id, size, family: 'LiberationSerif' });

/** How `gridRuns` lays rows of cells out. */
export interface GridLayout {
  /** Each column's left (px). */
  lefts: readonly number[];
  /** Distance between rows (px); the first row's top is 60. */
  rowGap: number;
  /** Font of a word and of a number cell (a number: digits, '.' and ','). */
  fonts: { word: number; number: number };
  /** How far a number cell's run stands above its row's words (px: a Latin font's taller box). */
  numberRaise?: number;
}

const NUMBER = /^[\d.,]+$/;

/**
 * Rows of cells → one run per cell (none for an empty cell), each row `rowGap` below the last, each
 * cell at its column's left, a word 18 px and a number 9 px per character wide, 23 px high.
 */
export function gridRuns(rows: readonly (readonly string[])[], layout: GridLayout): Pdf2xmlRun[] {
  const raise = layout.numberRaise ?? 0;
  return rows.flatMap((r, i) =>
    r.flatMap((c, j): Pdf2xmlRun[] => {
      if (c === '') return [];
      const number = NUMBER.test(c);
      return [[60 + i * layout.rowGap - (number ? raise : 0), layout.lefts[j]!, [...c].length * (number ? 9 : 18), 23, number ? layout.fonts.number : layout.fonts.word, c]];
    }),
  );
}
