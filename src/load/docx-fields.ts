/**
 * @file Word simple fields (`<w:fldSimple>`) unwrapped before mammoth reads the .docx. Mail-merge
 * and template tools write table values as simple fields whose cached result is the field's child
 * runs (MERGEFIELD, =SUM(LEFT)); mammoth's reader drops the element with its result
 * (mwilliamson/python-mammoth#69; mammoth.js shares the reader), so the cells come out empty.
 * Replacing each field by its result runs keeps the printed text. Complex fields (w:fldChar) keep
 * their result runs in the paragraph and are read by mammoth as is.
 */
import JSZip from 'jszip';

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
 * The .docx with its simple fields unwrapped, and how many were; the bytes unchanged when it has
 * none. Throws what JSZip throws for a damaged archive (the caller maps it to E_DECODE).
 */
export async function unwrapSimpleFields(bytes: Uint8Array): Promise<{ bytes: Uint8Array; fields: number }> {
  const zip = await JSZip.loadAsync(bytes);
  let fields = 0;
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PART.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const n = (xml.match(/<(?:\w+:)?fldSimple\b/g) ?? []).length;
    if (n === 0) continue;
    fields += n;
    zip.file(name, unwrapFieldsXml(xml));
  }
  if (fields === 0) return { bytes, fields };
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), fields };
}
