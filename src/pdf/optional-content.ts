/**
 * @file Optional content a reader does not see: text and drawing inside a marked-content section
 * (`/OC /MC0 BDC … EMC`) whose optional content group is OFF in the document's default
 * configuration (`/OCProperties /D /OFF`). A producer keeps a draft's numbers, or another year's,
 * in a hidden layer at the same places; pdf.js's text content gives them as plainly as the shown
 * ones. Only a document with a hidden group is read through here (one look at its configuration):
 * its pages' text content is fetched with the marked-content markers, the k-th marker begun in the
 * text content is the k-th begun in the operator list (where pdf.js resolves the group), and the
 * text inside a hidden section (nested ones too) is left out; the operator list loses the paints
 * (paths, text, images) drawn inside one, so rulings and the text walk see the page as shown.
 * When the two marker sequences do not line up (a hidden form XObject, an unbalanced EMC) the
 * page's numbers are not trusted (`conflict`) rather than guessed.
 */
import { showCodes } from './text-walk.js';

/** What pdf.js's optional content configuration answers (`PDFDocumentProxy.getOptionalContentConfig`). */
export interface OcConfig {
  isVisible(group: unknown): boolean;
  [Symbol.iterator](): Iterator<[string, { visible: boolean }]>;
}

/** The operator codes of marked content and of paints dropped inside hidden content. */
export interface OcCodes {
  beginMarkedContent: number;
  beginMarkedContentProps: number;
  endMarkedContent: number;
  paintFormXObjectBegin: number;
  /** Operators that put ink on the page (paths, text, images). */
  paints: ReadonlySet<number>;
  /** The image paints and the text shows among them. */
  images: ReadonlySet<number>;
  texts: ReadonlySet<number>;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The codes of the running pdf.js. */
export function ocCodes(lib: PdfJs): OcCodes {
  const { OPS } = lib;
  const texts = [...showCodes(OPS)];
  const images = [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask, OPS.paintInlineImageXObjectGroup];
  return { beginMarkedContent: OPS.beginMarkedContent, beginMarkedContentProps: OPS.beginMarkedContentProps, endMarkedContent: OPS.endMarkedContent, paintFormXObjectBegin: OPS.paintFormXObjectBegin, paints: new Set([OPS.constructPath, OPS.shadingFill, ...texts, ...images]), images: new Set(images), texts: new Set(texts) };
}

/**
 * The document's optional content configuration when it has groups; null otherwise (nothing more is
 * done). Not only when a group is OFF: a membership dictionary (OCMD: `/P /AllOff`, `/VE [/Not …]`)
 * hides its content while every group is ON, and pdf.js's `isVisible` evaluates it per section.
 */
export async function hiddenContentConfig(doc: { getOptionalContentConfig(): Promise<unknown> }): Promise<OcConfig | null> {
  const config = (await doc.getOptionalContentConfig().catch(() => null)) as OcConfig | null;
  return config && !config[Symbol.iterator]().next().done ? config : null;
}

/** The operator list's parts read here (pdf.js's `OperatorList`). */
interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** An operator list read for hidden content: the list without hidden paints, and whether each marked-content section begun in the content stream is hidden. */
export interface ShownDrawing<L extends OperatorList = OperatorList> {
  list: L;
  /** Text shown inside a hidden form XObject (its runs cannot be told in the text content). */
  formText: boolean;
  /** Per section begun, in order, true when it (or one around it) is hidden. */
  begins: boolean[];
  /** The same, counting only sections written in the content stream (not a form's or an image's own /OC, which the text content does not mark). */
  streamBegins: boolean[];
}

/** The operator list as shown: paints inside hidden sections removed; the hidden state of each section begun. */
export function shownDrawing<L extends OperatorList>(list: L, config: OcConfig, codes: OcCodes): ShownDrawing<L> {
  const stack: boolean[] = [];
  // Depth of the sections that are a hidden form's or image's own /OC.
  const hiddenXObjects: number[] = [];
  let formText = false;
  const begins: boolean[] = [];
  const streamBegins: boolean[] = [];
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  const n = list.fnArray.length;
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    const around = stack.at(-1) ?? false;
    if (fn === codes.beginMarkedContent || fn === codes.beginMarkedContentProps) {
      const oc = fn === codes.beginMarkedContentProps && Array.isArray(args) && args[0] === 'OC';
      const hidden = around || (oc && args![1] != null && !config.isVisible(args![1]));
      stack.push(hidden);
      begins.push(hidden);
      // A form's or an image's /OC: pdf.js wraps the XObject's paint (the text content has no marker for it).
      const xobject = oc && (list.fnArray[i + 1] === codes.paintFormXObjectBegin || list.fnArray[i + 2] === codes.paintFormXObjectBegin || (codes.images.has(list.fnArray[i + 1]!) && list.fnArray[i + 2] === codes.endMarkedContent));
      if (!xobject) streamBegins.push(hidden);
      else if (hidden) hiddenXObjects.push(stack.length);
    } else if (fn === codes.endMarkedContent) {
      if (hiddenXObjects.at(-1) === stack.length) hiddenXObjects.pop();
      stack.pop();
    } else if (hiddenXObjects.length > 0 && codes.texts.has(fn)) formText = true;
    if (around && codes.paints.has(fn)) continue;
    fnArray.push(fn);
    argsArray.push(args);
  }
  return { list: { ...list, fnArray, argsArray }, formText, begins, streamBegins };
}

/** A pdf.js text content item: a run (`str`) or a marked-content marker (`type`). */
interface ContentItem {
  str?: string;
  type?: string;
}

/**
 * The text content's runs without those inside hidden sections, matched to the operator list's
 * sections in order; `unsure` when the two do not line up (the runs are all kept).
 */
export function shownRuns<T extends ContentItem>(items: readonly T[], drawing: ShownDrawing): { items: T[]; dropped: string[]; unsure: boolean } {
  if (drawing.formText) return { items: items.filter((it) => it.type === undefined), dropped: [], unsure: true };
  const opened = items.filter((it) => it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps').length;
  const hiddenAt = opened === drawing.begins.length ? drawing.begins : opened === drawing.streamBegins.length ? drawing.streamBegins : null;
  // Sections that do not line up matter only where one is hidden.
  if (hiddenAt === null) return { items: items.filter((it) => it.type === undefined), dropped: [], unsure: drawing.begins.some(Boolean) };
  const stack: boolean[] = [];
  let k = 0;
  const kept: T[] = [];
  const dropped: string[] = [];
  for (const it of items) {
    if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') stack.push(hiddenAt[k++]!);
    else if (it.type === 'endMarkedContent') stack.pop();
    else if (it.type !== undefined) continue;
    else if (stack.at(-1) === true) {
      if ((it.str ?? '').trim() !== '') dropped.push(it.str!.trim());
    } else kept.push(it);
  }
  return { items: kept, dropped, unsure: false };
}

/** What a page read through `readShownPage` adds to its text content. */
export interface ShownPage<L> {
  /** The operator list as shown (null when pdf.js could not give it). */
  list: L | null;
  dropped: string[];
  unsure: boolean;
}

/** A page's text content (with the runs of hidden sections left out) and operator list as shown, in a document with hidden content. */
export async function readShownPage<C extends { items: unknown[] }, L extends OperatorList>(
  page: { getTextContent(o: { includeMarkedContent: boolean }): Promise<C>; getOperatorList(): Promise<L> },
  config: OcConfig,
  codes: OcCodes,
): Promise<C & { shown: ShownPage<L> }> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const list = await page.getOperatorList().catch(() => null);
  const items = content.items as ContentItem[];
  if (!list) return { ...content, items: items.filter((it) => it.type === undefined), shown: { list: null, dropped: [], unsure: true } };
  const drawing = shownDrawing(list, config, codes);
  const runs = shownRuns(items, drawing);
  return { ...content, items: runs.items, shown: { list: drawing.list, dropped: runs.dropped, unsure: runs.unsure } };
}
