/**
 * A text written doubly encoded: its UTF-8 bytes read as Latin-1 (Debian's html2text 1.3.x without
 * `-utf8`) or cp1252 (a Windows tool) and written out as UTF-8 again — '首页' as 'é¦–é¡µ'. It had
 * been E_DECODE with advice to pass --encoding, which cannot help; its characters are its bytes, so
 * it is decoded back (load/decode undoubleUtf8, warning `text_mojibake_repaired`), a character cut
 * inside stays '\ufffd' and its line's values are not trusted; a text that does not decode back is
 * E_DECODE naming `html2text -utf8`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'));
/** Each byte of `bytes` a Latin-1 character, written as UTF-8 (what html2text without -utf8 writes). */
const viaLatin1 = (bytes: Uint8Array): Uint8Array => Buffer.from(Buffer.from(bytes).toString('latin1'), 'utf8');
const viaCp1252 = (bytes: Uint8Array): Uint8Array => Buffer.from(new TextDecoder('windows-1252').decode(bytes), 'utf8');
const run = (bytes: Uint8Array): Promise<Report> => extract(bytes, { name: 'page.h2t.txt' });
const codes = (r: Report): string[] => r.warnings.map((w) => w.code);

describe('a doubly encoded text (UTF-8 read as Latin-1 or cp1252, written as UTF-8)', () => {
  let clean: Report;
  beforeAll(async () => {
    clean = await run(SAMPLE);
  });

  it.each([['Latin-1 (html2text without -utf8)', viaLatin1], ['cp1252', viaCp1252]])('should be decoded back through %s and read as the text it was', async (_, encode) => {
    const r = await run(encode(SAMPLE));
    expect(codes(r)).toContain('text_mojibake_repaired');
    expect(r.meta.title).toBe(clean.meta.title);
    expect([...flattenData(r.data)]).toEqual([...flattenData(clean.data)]);
    expect(r.fields['requests.newReceived.total']!.confidence).toBe(clean.fields['requests.newReceived.total']!.confidence);
  });

  it('should keep a character cut inside as \ufffd and not trust the values of its line', async () => {
    // html2text lays a table out by bytes: a cell ends two bytes into a three-byte character ('行政许' + 2 bytes of '可').
    const text = SAMPLE.toString('utf8');
    const label = /^行政许可/m.exec(text)!;
    const cut = Buffer.concat([Buffer.from(text.slice(0, label.index + 3)), Buffer.from('可').subarray(0, 2), Buffer.from(text.slice(label.index + 4))]);
    const r = await run(viaLatin1(cut));
    expect(codes(r)).toContain('text_mojibake_repaired');
    expect(r.warnings.find((w) => w.code === 'text_mojibake_repaired')!.message).toMatch(/1 character cut inside and lost/);
    const key = 'activeDisclosure.licensing.decisions';
    expect(flattenData(r.data).get(key) === flattenData(clean.data).get(key) || flattenData(r.data).get(key) === null).toBe(true);
    expect(r.fields[key]?.confidence ?? 0).toBeLessThan(0.9);
  });

  it('should say which tool and flag write it right when it does not decode back', async () => {
    // The C1 characters (bytes 0x80–0x9F) dropped by a later step: half the continuation bytes lost.
    const lossy = Buffer.from(Buffer.from(SAMPLE).toString('latin1').replace(/[\u0080-\u009f]/g, ''), 'utf8');
    await expect(run(lossy)).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/html2text -utf8/) });
  });

  it('should leave a Chinese text holding Latin-1 letters as it is', async () => {
    const r = await run(Buffer.concat([SAMPLE, Buffer.from('\n备注：Café Zürich Ångström Øresund éèêë àâä ôö ûü ç ñ\n')]));
    expect(codes(r)).not.toContain('text_mojibake_repaired');
  });
});
