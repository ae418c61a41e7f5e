/**
 * @file Text a page shows through its annotations: a typewriter correction (a FreeText
 * annotation) over a printed number, a form field's value (a Widget). pdf.js's text content has
 * only the content stream; its annotations (`page.getAnnotations()`, read on table pages only)
 * give each one's rectangle and text. A FreeText's contents and a text field's value become text
 * runs at their rectangle — their numbers not trusted (`conflict`): the data need not be what the
 * appearance stream draws, which is not rendered here; a content run whose middle lies under one is covered — left out when
 * the annotation paints a background colour, else not trusted (`conflict`). Hidden annotations
 * (flags hidden / no view) are skipped; stamps and others are not read.
 */
import { boxThrough, type Matrix } from './graphics-state.js';
import type { PdfItem } from './pdf-lines.js';

/** The parts of pdf.js's annotation data read here. */
export interface AnnotationData {
  subtype?: string;
  rect?: number[];
  contentsObj?: { str?: string };
  contents?: string;
  fieldValue?: unknown;
  annotationFlags?: number;
  backgroundColor?: unknown;
  color?: unknown;
  defaultAppearanceData?: { fontSize?: number };
}

/** Annotation flags: hidden, no view. */
const HIDDEN = 2 | 32;
/** × the rectangle's height: the size of the text when the annotation does not say. */
const SIZE_OF_HEIGHT = 0.6;

/** The text an annotation shows: a FreeText's contents, a text field's value; '' for others. */
function shownText(a: AnnotationData): string {
  if (((a.annotationFlags ?? 0) & HIDDEN) !== 0) return '';
  if (a.subtype === 'FreeText') return (a.contentsObj?.str ?? a.contents ?? '').trim();
  if (a.subtype === 'Widget' && typeof a.fieldValue === 'string') return a.fieldValue.trim();
  return '';
}

/** The items with the annotations' text added and the content runs under them left out (or not trusted), and the texts added and covered. */
export function readAnnotationText(items: readonly PdfItem[], annotations: readonly AnnotationData[], frame: Matrix): { items: PdfItem[]; added: string[]; covered: string[] } {
  const shown = annotations.flatMap((a) => {
    const str = shownText(a);
    if (str === '' || !a.rect || a.rect.length < 4) return [];
    const box = boxThrough(a.rect, frame);
    const opaque = (a.backgroundColor ?? a.color) != null && (a.subtype === 'FreeText' || a.backgroundColor != null);
    return [{ str, box, opaque, size: a.defaultAppearanceData?.fontSize || SIZE_OF_HEIGHT * (box.y1 - box.y0) }];
  });
  if (shown.length === 0) return { items: [...items], added: [], covered: [] };
  const covered: string[] = [];
  const kept = items.flatMap((it) => {
    const x = it.x + it.width / 2;
    const y = it.top + it.height / 2;
    const over = shown.find((s) => x >= s.box.x0 && x <= s.box.x1 && y >= s.box.y0 && y <= s.box.y1);
    if (!over || it.str.trim() === '') return [it];
    covered.push(it.str.trim());
    return over.opaque ? [] : [{ ...it, conflict: true }];
  });
  // What an annotation's data says (contents, a field's value) need not be what its appearance draws: its numbers are not trusted.
  const added = shown.map((s) => ({ str: s.str, x: s.box.x0 + 1, top: (s.box.y0 + s.box.y1) / 2 - s.size / 2, width: Math.max(s.box.x1 - s.box.x0 - 2, 1), height: s.size, size: s.size, ...(/\d/.test(s.str) ? { conflict: true } : {}) }));
  return { items: [...kept, ...added], added: shown.map((s) => s.str), covered };
}
