/**
 * @file Text a page shows through its annotations: a typewriter correction (a FreeText
 * annotation) over a printed number, a form field's value (a Widget). pdf.js's text content has
 * only the content stream; its annotations (`page.getAnnotations()`, read on table pages only)
 * give each one's rectangle and text. A FreeText's contents and a text field's value become text
 * runs at their rectangle — their numbers not trusted (`conflict`): the data need not be what the
 * appearance stream draws — unless the text the appearance shows (its show-text operators in the
 * page's operator list, between pdf.js's begin and end of the annotation) is the same; a content
 * run whose middle lies under one is covered — left out when the annotation paints a background
 * colour, else not trusted (`conflict`) — unless it reads the same as the annotation (a field
 * whose value repeats the printed number: the run is kept as it is, the annotation not added).
 * Hidden annotations (flags hidden / no view) are skipped; stamps and others are not read.
 */
import { boxThrough, type Matrix } from './graphics-state.js';
import type { PdfItem } from './pdf-lines.js';

/** The parts of pdf.js's annotation data read here. */
export interface AnnotationData {
  id?: string;
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

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The text each annotation's appearance shows in the operator list (by annotation id): its show-text operators' characters, in order. */
export function annotationAppearances(list: { fnArray: number[]; argsArray: unknown[] }, codes: { beginAnnotation?: number; endAnnotation?: number }, shows: ReadonlySet<number>): Map<string, string> {
  const out = new Map<string, string>();
  if (codes.beginAnnotation === undefined) return out;
  let id: string | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === codes.beginAnnotation) {
      id = typeof args?.[0] === 'string' ? args[0] : null;
      if (id !== null) out.set(id, '');
    } else if (fn === codes.endAnnotation) id = null;
    else if (id !== null && shows.has(fn)) {
      const text = args?.at(-1);
      if (Array.isArray(text)) out.set(id, out.get(id)! + text.map((g) => (g && typeof g === 'object' ? ((g as { unicode?: string }).unicode ?? '') : '')).join(''));
    }
  }
  return out;
}

/** The items with the annotations' text added and the content runs under them left out (or not trusted), and the texts added and covered. */
export function readAnnotationText(items: readonly PdfItem[], annotations: readonly AnnotationData[], frame: Matrix, appearances: ReadonlyMap<string, string> | (() => ReadonlyMap<string, string>) = new Map()): { items: PdfItem[]; added: string[]; covered: string[] } {
  // The appearances (a walk of the page's operator list) are read only when some annotation shows text: most pages have none.
  let drawnTexts: ReadonlyMap<string, string> | undefined;
  const appearancesOf = (): ReadonlyMap<string, string> => (drawnTexts ??= typeof appearances === 'function' ? appearances() : appearances);
  const shown = annotations.flatMap((a) => {
    const str = shownText(a);
    if (str === '' || !a.rect || a.rect.length < 4) return [];
    const appearances = appearancesOf();
    const box = boxThrough(a.rect, frame);
    const opaque = (a.backgroundColor ?? a.color) != null && (a.subtype === 'FreeText' || a.backgroundColor != null);
    const drawn = a.id !== undefined ? appearances.get(a.id) : undefined;
    return [{ str, box, opaque, size: a.defaultAppearanceData?.fontSize || SIZE_OF_HEIGHT * (box.y1 - box.y0), trusted: drawn !== undefined && squeeze(drawn) === squeeze(str), drawnOther: drawn !== undefined && squeeze(drawn) !== squeeze(str), same: false }];
  });
  if (shown.length === 0) return { items: [...items], added: [], covered: [] };
  const covered: string[] = [];
  const kept = items.flatMap((it) => {
    const x = it.x + it.width / 2;
    const y = it.top + it.height / 2;
    const over = shown.find((s) => x >= s.box.x0 && x <= s.box.x1 && y >= s.box.y0 && y <= s.box.y1);
    if (!over || it.str.trim() === '') return [it];
    // The annotation shows what the page prints under it (its appearance, when drawn, too): the printed run stands.
    if (!over.drawnOther && squeeze(it.str) === squeeze(over.str)) {
      over.same = true;
      return [it];
    }
    covered.push(it.str.trim());
    return over.opaque ? [] : [{ ...it, conflict: true }];
  });
  // What an annotation's data says (contents, a field's value) need not be what its appearance draws: its numbers are not trusted unless the appearance shows the same.
  const added = shown.filter((s) => !s.same).map((s) => ({ str: s.str, x: s.box.x0 + 1, top: (s.box.y0 + s.box.y1) / 2 - s.size / 2, width: Math.max(s.box.x1 - s.box.x0 - 2, 1), height: s.size, size: s.size, ...(/\d/.test(s.str) && !s.trusted ? { conflict: true } : {}) }));
  return { items: [...kept, ...added], added: added.map((s) => s.str), covered };
}
