/**
 * @file Tables pasted as pictures into a page that has a text layer: the regions of the page OCR
 * reads (the loader finds them with the PDF stage's `table_is_image` detection,
 * `pdf/table-images.ts`), while the text layer reads the rest.
 */

/** A region of the page in top-left pt. */
export interface Region {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A page with text and fewer number-only items than this may have its table as a picture (the
 * smallest statistics table, 四, has 15 numbers; dates, page numbers and years are a few).
 */
export const MAX_TEXT_NUMBERS = 10;

/** True when the point (top-left pt) lies in one of the regions. */
export function inRegions(regions: readonly Region[], x: number, y: number): boolean {
  return regions.some((r) => x >= r.x1 && x <= r.x2 && y >= r.y1 && y <= r.y2);
}
