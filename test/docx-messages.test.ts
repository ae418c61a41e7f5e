/**
 * mammoth's messages and the `docx_content_skipped` warning (load/load-docx): a message about content
 * mammoth did not convert warns; a style it has no mapping for (the paragraph is converted, unstyled)
 * does not — Word documents name such styles on almost every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { extract } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A .docx: `body` paragraphs, then (unless `chunk` is false) the sample report imported whole as an HTML chunk. */
async function docx(body: string, chunk = true): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/report.htm" ContentType="text/html"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${chunk ? '<w:altChunk r:id="rIdC"/>' : ''}<w:sectPr/></w:body></w:document>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="report.htm"/></Relationships>`);
  zip.file('word/report.htm', readFileSync(join(ROOT, 'samples/html-cms-utf8.html')));
  return zip.generateAsync({ type: 'uint8array' });
}

const skipped = (r: Awaited<ReturnType<typeof extract>>) => r.warnings.filter((w) => w.code === 'docx_content_skipped');

describe('.docx converter messages', () => {
  it('should not warn of skipped content for a paragraph style mammoth does not map', async () => {
    const r = await extract(await docx(`<w:p><w:pPr><w:pStyle w:val="BodyTextCustom"/></w:pPr><w:r><w:t>附件</w:t></w:r></w:p>`), { name: 'styled.docx' });
    expect(r.fields["requests.granted.total"]?.confidence).toBeGreaterThan(0.9);
    expect(skipped(r)).toEqual([]);
  });

  it('should warn when mammoth drops an element it does not know', async () => {
    const r = await extract(await docx(`<w:p><w:r><w:unknownThing/><w:t>附件</w:t></w:r></w:p>`), { name: 'dropped.docx' });
    expect(skipped(r)).toHaveLength(1);
    expect(skipped(r)[0]!.message).toMatch(/unrecognised element was ignored: w:unknownThing/);
  });

  it('should say a .docx whose text is mojibake was garbled before it was saved, not ask for an encoding', async () => {
    // GBK bytes of a report's lines read as Latin-1 and saved so: Unicode text, but not Chinese.
    const garbled = ['2023年政府信息公开工作年度报告', '一、总体情况', '本机关依法公开政府信息，主动公开各类信息。'].map((t) => new TextDecoder('latin1').decode(new Uint8Array(Buffer.from(t, 'utf8'))));
    const body = garbled.map((t) => `<w:p><w:r><w:t>${t.replace(/[<&]/g, '')}</w:t></w:r></w:p>`).join('');
    const error = await extract(await docx(body, false), { name: 'garbled.docx' }).then(() => null, (e: unknown) => e as { code: string; message: string });
    expect(error?.code).toBe('E_DECODE');
    expect(error?.message).toMatch(/already garbled/);
    expect(error?.message).not.toMatch(/encoding given/);
  });
});
