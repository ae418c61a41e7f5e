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
import { docxStyles } from './docx-styles.js';
import { themeColours } from './docx-theme.js';
import type { DroppedText } from './html-hidden.js';
import type { ResolvedOptions } from '../options.js';
import { markAltChunks } from './docx-altchunk.js';
import { pushAll } from '../_internal/extremes.js';

/** Parts of a .docx that hold body text with fields. */
const TEXT_PART = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
/** A simple field without a result (self-closing): nothing printed. */
const EMPTY_FIELD = /<(?:\w+:)?fldSimple\b[^>]*\/>/g;
/** The opening and closing tags of a simple field (its children, the result runs, stay). */
const FIELD_TAG = /<\/?(?:\w+:)?fldSimple\b[^>]*>/g;

/** The relationship naming the main document's styles part, and its theme part. */
const STYLES_REL = /<Relationship\b[^>]*Type="[^"]*\/relationships\/styles"[^>]*>/;
const THEME_REL = /<Relationship\b[^>]*Type="[^"]*\/relationships\/theme"[^>]*>/;
/** An empty styles part, for a document without one (optional in OOXML; mammoth fails on a table without it). */
const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

/** The path of the part the main document's relationship `rel` names (else `fallback`), or null when there is none. */
async function partPath(zip: JSZip, rel: RegExp, fallback: string): Promise<string | null> {
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const target = /\bTarget="([^"]*)"/.exec(rel.exec(rels)?.[0] ?? '')?.[1];
  const path = target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `word/${target}`;
  if (path !== undefined && zip.file(path)) return path;
  return zip.file(fallback) ? fallback : null;
}

/** Replaces every simple field by its result runs in one part's XML. */
export function unwrapFieldsXml(xml: string): string {
  return xml.replace(EMPTY_FIELD, '').replace(FIELD_TAG, '');
}

/**
 * The .docx with its simple fields unwrapped, the text of its unseen runs removed (docx-hidden, with
 * the document's styles), an empty styles part added when it has none and its HTML chunks replaced
 * by marker paragraphs (docx-altchunk: `chunks`, marker → HTML); how many fields were unwrapped and
 * which texts removed; the bytes unchanged when none of these applies.
 * Throws what JSZip throws for a damaged archive (the caller maps it to E_DECODE).
 */
export async function unwrapSimpleFields(bytes: Uint8Array, opts: ResolvedOptions): Promise<{ bytes: Uint8Array; fields: number; hidden: DroppedText[]; chunks: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const chunks = await markAltChunks(zip, opts);
  let fields = 0;
  const hidden: DroppedText[] = [];
  const path = await partPath(zip, STYLES_REL, 'word/styles.xml');
  const themePath = await partPath(zip, THEME_REL, 'word/theme/theme1.xml');
  const theme = themeColours(themePath === null ? '' : await zip.file(themePath)!.async('string'));
  const styles = docxStyles(path === null ? '' : await zip.file(path)!.async('string'), theme);
  let changed = path === null || chunks.size > 0;
  if (path === null) zip.file('word/styles.xml', EMPTY_STYLES);
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PART.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const n = (xml.match(/<(?:\w+:)?fldSimple\b/g) ?? []).length;
    const seen = dropHiddenRuns(n > 0 ? unwrapFieldsXml(xml) : xml, styles);
    if (n === 0 && seen.dropped.length === 0) continue;
    fields += n;
    pushAll(hidden, seen.dropped);
    changed = true;
    zip.file(name, seen.xml);
  }
  if (!changed) return { bytes, fields, hidden, chunks };
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), fields, hidden, chunks };
}
