/** Every user-facing error: its stable code and message. */
import { extract, safeExtract, XxgkError } from '../src/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('errors', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'E_EMPTY', /empty/],
    ['white space only', bytes('  \n\n '), 'E_EMPTY', /no text/],
    ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'E_DECODE', /binary|encoding/],
    ['a text that is not a report', bytes('关于做好春节期间安全生产工作的通知\n请认真做好节日期间的安全生产工作。\n'), 'E_NOT_A_REPORT', /no report headings/],
    ['a legacy .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'E_UNSUPPORTED_KIND', /convert to \.docx or PDF/],
    ['an image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'E_UNSUPPORTED_KIND', /OCR/],
  ])('should refuse %s with %s', async (_, input, code, message) => {
    const r = await safeExtract(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
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

  it('should refuse inputs over maxBytes with E_TOO_LARGE', async () => {
    await expect(extract(bytes('一、总体情况'.repeat(100)), { maxBytes: 10 })).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });
});
