/** Every user-facing error: its stable code and message. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, safeExtract, XxgkError, type Golden } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('errors', () => {
  // Found by a fresh tester: extract(null) from JavaScript gave E_INTERNAL ('our bug').
  it.each([null, undefined, 42, {}])('should refuse an input that is neither a path nor bytes (%p) as E_INVALID_OPTIONS', async (input) => {
    const r = await safeExtract(input as unknown as string);
    expect(r).toMatchObject({ success: false, error: { code: 'E_INVALID_OPTIONS' } });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'E_EMPTY', /empty/],
    ['white space only', bytes('  \n\n '), 'E_EMPTY', /no text/],
    ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'E_DECODE', /binary|encoding/],
    ['a text that is not a report', bytes('关于做好春节期间安全生产工作的通知\n请认真做好节日期间的安全生产工作。\n'), 'E_NOT_A_REPORT', /no report headings/],
    ['a legacy .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'E_UNSUPPORTED_KIND', /convert to \.docx or PDF/],
    ['an image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'E_UNSUPPORTED_KIND', /OCR/],
  ])('should refuse %s', async (_, input, code, message) => {
    const r = await safeExtract(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  });

  it('says the bytes are not a PDF when the format pdf is forced on another kind of file', async () => {
    const r = await safeExtract(bytes('<html><body><p>政府信息公开工作年度报告</p></body></html>'), { format: 'pdf' });
    expect(r).toMatchObject({ success: false, error: { code: 'E_PDF_CORRUPT', message: expect.stringMatching(/not a PDF \(no %PDF- header in its first 1024 bytes\): the format was forced to pdf/) } });
  });

  it('should read a dump whose every space is a no-break one (a copy of a <pre>) as the same text, not as an unknown encoding', async () => {
    const layout = readFileSync(join(ROOT, 'samples', 'quirk-layout-spaces.txt'), 'utf8');
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-layout-spaces.golden.json'), 'utf8')) as Golden;
    for (const space of ['\u00a0', '\u2002', '\u202f']) {
      const r = await extract(bytes(layout.replace(/ /g, space)), { name: 'nbsp.txt' });
      expect([space, compareReport('t', r, golden).fields.filter((f) => !f.ok)]).toEqual([space, []]);
    }
    // An encoding given that decodes to no Chinese: the message does not ask for the option the user passed.
    await expect(extract(bytes('ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ report'), { encoding: 'utf-8' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.not.stringMatching(/pass --encoding/) });
  });

  it('should read a text file or an HTML page named .pdf by its content, with the warning format_from_content', async () => {
    const text = await extract(new Uint8Array(readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'))), { name: 'report.pdf' });
    expect(text.source.format).toBe('text');
    expect(compareReport('t', text, JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8')) as Golden).fields.filter((f) => !f.ok)).toEqual([]);
    expect(text.warnings[0]).toMatchObject({ code: 'format_from_content', message: expect.stringMatching(/named \.pdf, .*read as text/) });
    const page = await extract(new Uint8Array(readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'))), { name: 'report.PDF' });
    expect(page.source.format).toBe('html');
    expect(page.warnings.map((w) => w.code)).toContain('format_from_content');
  });

  it('should keep binary bytes and a PDF cut before its header as PDF, with a message that forces nothing', async () => {
    const random = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    const cut = bytes(`${'x'.repeat(1100)}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n`);
    for (const input of [random, cut]) {
      const r = await safeExtract(input, { name: 'report.pdf' });
      expect(r).toMatchObject({ success: false, error: { code: 'E_PDF_CORRUPT', message: expect.stringMatching(/not a PDF \(no %PDF- header in its first 1024 bytes\): the file is damaged/) } });
      if (!r.success) expect(r.error.message).not.toMatch(/forced/);
    }
  });

  it('should say E_PDF_CORRUPT for a truncated PDF', async () => {
    const r = await safeExtract(bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
    expect(r).toMatchObject({ success: false, error: { code: 'E_PDF_CORRUPT', message: expect.stringMatching(/corrupt or truncated/) } });
  });

  it('should say E_INPUT_NOT_FOUND for a missing path', async () => {
    await expect(extract('/no/such/file.txt')).rejects.toMatchObject({ code: 'E_INPUT_NOT_FOUND' });
  });

  it('should reject unknown options with E_INVALID_OPTIONS naming the key', async () => {
    const r = extract(bytes('x'), { colour: 'red' } as never);
    await expect(r).rejects.toBeInstanceOf(XxgkError);
    await expect(r).rejects.toMatchObject({ code: 'E_INVALID_OPTIONS', message: expect.stringMatching(/colour/) });
  });

  // Found by a tester: the CLI refused --encoding klingon, the library decoded as if 'auto' was given.
  it('should refuse an encoding iconv-lite does not know with E_INVALID_OPTIONS, as the CLI does, and take a known one in any case', async () => {
    await expect(extract(bytes('x'), { encoding: 'klingon' })).rejects.toMatchObject({ code: 'E_INVALID_OPTIONS', message: expect.stringMatching(/encoding: not a known encoding/) });
    const gbk = Uint8Array.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6]); // 一、总体情况 in GBK
    await expect(extract(gbk, { encoding: 'GBK' })).rejects.not.toMatchObject({ code: 'E_INVALID_OPTIONS' });
  });

  it('should refuse inputs over maxBytes with E_TOO_LARGE', async () => {
    await expect(extract(bytes('一、总体情况'.repeat(100)), { maxBytes: 10 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it.each([
    ['an encrypted PDF without password', 'bad/encrypted.pdf', {}, 'E_PDF_ENCRYPTED', /encrypted; pass a password/],
    ['an encrypted PDF with a wrong password', 'bad/encrypted.pdf', { password: 'nope' }, 'E_PDF_WRONG_PASSWORD', /password does not open/],
    ['a scanned PDF (images, no text layer) with OCR off', 'bad/scan.pdf', { ocr: 'off' as const }, 'E_PDF_NO_TEXT', /OCR is off/],
    ['a truncated PDF', 'bad/truncated.pdf', {}, 'E_PDF_CORRUPT', /corrupt or truncated/],
    ['a list page of reports', 'bad/list-page.html', {}, 'E_LIST_PAGE', /list or search page.*links to 8 reports/],
  ])('should refuse %s', async (_, file, options, code, message) => {
    const r = await safeExtract(join(ROOT, 'samples', file), options);
    expect(r).toMatchObject({ success: false, error: { code, message: expect.stringMatching(message) } });
  });

  it('should open the encrypted PDF with its password', async () => {
    const r = await extract(join(ROOT, 'samples', 'bad', 'encrypted.pdf'), { password: 'xxgk' });
    expect(r.data.requests).toBeDefined();
    expect(r.fields['requests.newReceived.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should say the tables are pictures and leave their fields missing, never invented', async () => {
    const r = await extract(join(ROOT, 'samples', 'html-image-tables.html'));
    expect(r.warnings.map((w) => w.code)).toContain('table_is_image');
    expect(r.warnings.find((w) => w.code === 'table_is_image')!.message).toMatch(/^3 table/);
    expect(Object.values(r.fields).every((f) => f.flags.includes('missing') && f.confidence === 0)).toBe(true);
  });

  it('should refuse a ZIP that is not a Word document or a workbook, and read one that is', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('ppt/presentation.xml')]);
    await expect(extract(zip)).rejects.toMatchObject({ code: 'E_UNSUPPORTED_KIND', message: expect.stringMatching(/other than \.docx and \.xlsx/) });
    const book = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]);
    await expect(extract(book)).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/not a readable \.xlsx/) });
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml')]);
    await expect(extract(damaged)).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/not a readable \.docx/) });
    expect((await extract(join(ROOT, 'samples', 'docx-word.docx'))).source.format).toBe('docx');
  });

  it('should call a .docx (or .xlsx) cut short before its word/ (xl/) entries damaged (E_DECODE), not another kind of ZIP', async () => {
    const head = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml')]);
    await expect(extract(head, { name: 'report.docx' })).rejects.toMatchObject({ code: 'E_DECODE' });
    await expect(extract(head, { name: 'book.xlsx' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/\.xlsx/) });
    await expect(extract(head, { name: 'slides.pptx' })).rejects.toMatchObject({ code: 'E_UNSUPPORTED_KIND' });
  });

  it('should call random bytes named .docx a damaged .docx, not text of an unknown encoding; text named .docx stays text', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await expect(extract(noise, { name: 'report.docx' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/not a readable \.docx/) });
    await expect(extract(noise, { name: 'report.txt' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/binary|encoding/) });
    await expect(extract(new TextEncoder().encode('一、总体情况\n本机关'), { name: 'report.docx' })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT' });
  });
  // Found by a new user: random bytes named .doc came out E_DECODE ('binary or in an unknown encoding'), not the kind that is not read.
  it.each([
    ['report.doc', /\.doc \(Word 97–2003\)/],
    ['table.xls', /\.xls \(Excel 97–2003\)/],
    ['report.wps', /\.wps \(WPS Writer\)/],
  ])('should refuse binary bytes named %s as a legacy kind not read (E_UNSUPPORTED_KIND), text so named as what it is', async (name, message) => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await expect(extract(noise, { name })).rejects.toMatchObject({ code: 'E_UNSUPPORTED_KIND', message: expect.stringMatching(message) });
    await expect(extract(noise, { name: 'report.bin' })).rejects.toMatchObject({ code: 'E_DECODE' });
    await expect(extract(bytes('<html><body><p>关于做好春节期间安全生产工作的通知</p></body></html>'), { name })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT' });
  });

  it('should say what a sound ZIP named .docx holds when it holds no Word document (E_DECODE)', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('2023年报.pdf', '%PDF-1.4 not really');
    zip.file('说明.txt', '见附件');
    const packed = await zip.generateAsync({ type: 'uint8array' });
    await expect(extract(packed, { name: 'report.docx' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/not a Word document: a ZIP archive holding 2023年报\.pdf, 说明\.txt/) });
    await expect(extract(packed, { name: 'book.xlsx' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/not an? Excel document/) });
  });

  // Found by a new user: `xxgk extract golden.json` exited 0 with a report of 186 missing fields.
  it('should refuse a golden or an extraction given as the report, pointing to compare; a CMS response with meta and data stays read', async () => {
    const golden = readFileSync(join(ROOT, 'golden', 'docx-word.golden.json'));
    await expect(extract(golden, { name: 'docx-word.golden.json' })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT', message: expect.stringMatching(/golden.*xxgk compare/) });
    const report = await extract(join(ROOT, 'samples', 'quirk-tab.txt'));
    await expect(extract(bytes(JSON.stringify(report)), { name: 'out.json' })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT' });
    const text = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
    const cms = await extract(bytes(JSON.stringify({ meta: { id: 7 }, data: { content: text } })), { name: 'api.json' });
    expect(report.data.requests.newReceived.total).toBe(137);
    expect(cms.data.requests.newReceived.total).toBe(137);
  });
});

