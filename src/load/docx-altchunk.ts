/**
 * @file Alternative format chunks of a .docx (`<w:altChunk r:id>`, ECMA-376 §17.17.2.1): a part the
 * document imports whole in its place, most often an HTML page (a CMS or an export tool wraps its
 * HTML report in a .docx this way; Word converts it on opening). mammoth does not read them, so a
 * report that is all one chunk came out empty. Each HTML chunk is replaced in the document by a
 * marker paragraph before mammoth runs, and the chunk's page (its `<style>` blocks and body) is put
 * where mammoth printed the marker, so it takes the HTML path in document order. Chunks of other
 * formats (MHT, RTF, a nested .docx) are left out, as before.
 */
import type JSZip from 'jszip';
import type { ResolvedOptions } from '../options.js';
import { decodeHtml } from './html-decode.js';

/** An altChunk element and the relationship id it names. */
const ALT_CHUNK = /<(?:\w+:)?altChunk\b[^>]*?\b(?:\w+:)?id="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?altChunk>)/g;
/** A chunk read as HTML: by its part name's extension. */
const HTML_PART = /\.(?:html?|xhtml)$/i;
/** The marker paragraph's text (letters mammoth prints as they are; not a report's text). */
const MARKER = (i: number): string => `XXGKALTCHUNK${i}Z`;

/** The relationship targets of the main document by id, as paths in the archive. */
async function relationTargets(zip: JSZip): Promise<Map<string, string>> {
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) out.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return out;
}

/** The part of an HTML page a chunk contributes: its style blocks and its body's content. */
function chunkBody(html: string): string {
  const styles = html.match(/<style\b[\s\S]*?<\/style>/gi) ?? [];
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(html)?.[1] ?? html.replace(/<head\b[\s\S]*?<\/head>/i, '');
  return `${styles.join('')}<div>${body}</div>`;
}

/**
 * The document's HTML chunks replaced by marker paragraphs in `word/document.xml` of `zip` (changed
 * in place); returns marker → the chunk's HTML, empty when the document has none.
 */
export async function markAltChunks(zip: JSZip, opts: ResolvedOptions): Promise<Map<string, string>> {
  const chunks = new Map<string, string>();
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined || !/altChunk\b/.test(xml)) return chunks;
  const targets = await relationTargets(zip);
  const parts: { marker: string; path: string }[] = [];
  const marked = xml.replace(ALT_CHUNK, (whole, id: string) => {
    const path = targets.get(id);
    if (path === undefined || !HTML_PART.test(path) || !zip.file(path)) return whole;
    const marker = MARKER(parts.length);
    parts.push({ marker, path });
    return `<w:p><w:r><w:t>${marker}</w:t></w:r></w:p>`;
  });
  for (const { marker, path } of parts) {
    const bytes = await zip.file(path)!.async('uint8array');
    chunks.set(marker, chunkBody(decodeHtml(bytes, path, opts).html));
  }
  if (parts.length > 0) zip.file('word/document.xml', marked);
  return chunks;
}

/** mammoth's HTML with each marker paragraph replaced by its chunk. */
export function insertAltChunks(html: string, chunks: ReadonlyMap<string, string>): string {
  let out = html;
  for (const [marker, chunk] of chunks) out = out.replace(new RegExp(`<p>${marker}</p>|${marker}`), () => chunk);
  return out;
}
