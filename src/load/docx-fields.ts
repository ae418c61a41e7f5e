/**
 * @file Word simple fields (`<w:fldSimple>`) unwrapped before mammoth reads the .docx. Mail-merge
 * and template tools write table values as simple fields whose cached result is the field's child
 * runs (MERGEFIELD, =SUM(LEFT)); mammoth's reader drops the element with its result
 * (mwilliamson/python-mammoth#69; mammoth.js shares the reader), so the cells come out empty.
 * Replacing each field by its result runs keeps the printed text. Complex fields (w:fldChar) keep
 * their result runs in the paragraph and are read by mammoth as is.
 */
import JSZip from 'jszip';
import { dropHiddenRuns } from './docx-hidden.js';
import type { DroppedText } from './html-hidden.js';

/** Parts of a .docx that hold body text with fields. */
const TEXT_PART = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
/** A simple field without a result (self-closing): nothing printed. */
const EMPTY_FIELD = /<(?:\w+:)?fldSimple\b[^>]*\/>/g;
/** The opening and closing tags of a simple field (its children, the result runs, stay). */
const FIELD_TAG = /<\/?(?:\w+:)?fldSimple\b[^>]*>/g;

/** Replaces every simple field by its result runs in one part's XML. */
export function unwrapFieldsXml(xml: string): string {
  return xml.replace(EMPTY_FIELD, '').replace(FIELD_TAG, '');
}

/**
 * The .docx with its simple fields unwrapped and the text of its unseen runs removed (docx-hidden),
 * how many fields were unwrapped and which texts removed; the bytes unchanged when neither applies.
 * Throws what JSZip throws for a damaged archive (the caller maps it to E_DECODE).
 */
export async function unwrapSimpleFields(bytes: Uint8Array): Promise<{ bytes: Uint8Array; fields: number; hidden: DroppedText[] }> {
  const zip = await JSZip.loadAsync(bytes);
  let fields = 0;
  const hidden: DroppedText[] = [];
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PART.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const n = (xml.match(/<(?:\w+:)?fldSimple\b/g) ?? []).length;
    const seen = dropHiddenRuns(n > 0 ? unwrapFieldsXml(xml) : xml);
    if (n === 0 && seen.dropped.length === 0) continue;
    fields += n;
    hidden.push(...seen.dropped);
    changed = true;
    zip.file(name, seen.xml);
  }
  if (!changed) return { bytes, fields, hidden };
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), fields, hidden };
}
