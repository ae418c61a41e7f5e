/**
 * A .docx whose report is an HTML page it imports whole (`w:altChunk`, load/docx-altchunk): the page
 * is read in the chunk's place, as the HTML file itself is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { compareReport, extract, type Golden } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .docx: a title paragraph, then an altChunk naming `part` (bytes `chunk`). */
async function chunkDocx(part: string, chunk: Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/${part}" ContentType="text/html"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>附件</w:t></w:r></w:p><w:altChunk r:id="rIdC"/><w:sectPr/></w:body></w:document>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${part}"/></Relationships>`);
  zip.file(`word/${part}`, chunk);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('.docx alternative format chunks', () => {
  it('should read an HTML chunk in its place as the HTML page reads', async () => {
    const html = readFileSync(join(ROOT, 'samples/html-cms-utf8.html'));
    const r = await extract(await chunkDocx('afchunk.htm', html), { name: 'chunk.docx' });
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden/html-cms-utf8.golden.json'), 'utf8')) as Golden;
    expect(compareReport('chunk', r, golden).fields.filter((f) => !f.ok)).toEqual([]);
  });

  it('should leave out a chunk that is not HTML', async () => {
    const rtf = await chunkDocx('afchunk.rtf', new TextEncoder().encode('{\\rtf1 三、收到和处理政府信息公开申请情况}'));
    await expect(extract(rtf, { name: 'rtf.docx' })).rejects.toThrow(/no report headings/);
  });
});
