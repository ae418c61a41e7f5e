/**
 * Files with a few bytes that do not decode (a stray byte, a character cut at the end of a download):
 * read in their encoding with U+FFFD in place of the bad bytes and the warning `encoding_repaired`,
 * never refused as gibberish, and never a confident value next to a replaced byte. Expected values
 * are the samples' goldens (chosen by the sample generator); scripts/damaged-bytes.mjs runs the
 * same damage at random positions over many seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, flattenData, type Golden, type Report } from '../src/index.js';
import { decodeText, lenientUtf8 } from '../src/load/decode.js';
import { buildRows } from '../src/tables/build-rows.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const sample = (name: string): Buffer => readFileSync(join(ROOT, 'samples', name));
const golden = (name: string): Golden => JSON.parse(readFileSync(join(ROOT, 'golden', name.replace(/\.\w+$/, '.golden.json')), 'utf8')) as Golden;
/** `src` with `needle` (first occurrence) replaced by `parts` (strings and raw bytes). */
function edit(bytes: Uint8Array, needle: string, ...parts: (string | number[])[]): Uint8Array {
  const src = Buffer.from(bytes);
  const at = src.indexOf(needle);
  if (at < 0) throw new Error(`no '${needle}'`);
  const repl = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  return new Uint8Array(Buffer.concat([src.subarray(0, at), repl, src.subarray(at + Buffer.byteLength(needle))]));
}
const codes = (r: Report): string[] => r.warnings.map((w) => w.code);
/** Fields wrong against the sample's golden, and those wrong at confidence ≥ 0.9. */
function score(r: Report, name: string) {
  const cmp = compareReport(name, r, golden(name));
  const wrong = cmp.fields.filter((f) => !f.ok);
  return { wrong: wrong.length, confident: wrong.filter((f) => f.actual !== null && f.actual !== undefined && f.confidence >= 0.9).map((f) => f.key) };
}

describe('decoding bytes with a few invalid sequences', () => {
  it('should count the invalid bytes of UTF-8 and keep the valid ones (a BOM and a real U+FFFD are not damage)', () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('行政许可 12'), Buffer.from([0xa0]), Buffer.from('34 �')]);
    const d = lenientUtf8(new Uint8Array(text));
    expect(d.text).toBe('行政许可 12\ufffd34 \ufffd');
    expect(d.invalid).toBe(1);
  });

  it('should read UTF-8 with one stray byte as UTF-8, not guess GB18030', () => {
    const d = decodeText(edit(sample('quirk-tab.txt'), '行政许可', '行政', [0xa0], '许可'));
    expect(d.encoding).toBe('utf-8');
    expect(d.invalid).toBe(1);
    expect(d.text).toContain('行政\ufffd许可');
  });

  it('should still read GBK text as GB18030 (GBK read as UTF-8 has most of its non-ASCII bytes invalid)', () => {
    const d = decodeText(new Uint8Array(sample('quirk-gb18030.txt')));
    expect(d.encoding).toBe('gb18030');
    expect(d.invalid).toBe(0);
  });
});

describe('documents with damaged bytes', () => {
  it('should read a UTF-8 text file with a stray 0xA0 byte, every value right, and warn how many bytes were bad', async () => {
    const r = await extract(edit(sample('quirk-tab.txt'), '二、主动公开', [0xa0], '二、主动公开'), { name: 'r.txt' });
    expect(score(r, 'quirk-tab.txt')).toEqual({ wrong: 0, confident: [] });
    const w = r.warnings.find((x) => x.code === 'encoding_repaired');
    expect(w?.message).toMatch(/^1 byte not valid UTF-8/);
  });

  it('should read a UTF-8 text file cut inside its last character', async () => {
    const src = sample('quirk-tab.txt');
    const cut = Buffer.concat([src, Buffer.from('完')]).subarray(0, src.length + 2);
    const r = await extract(new Uint8Array(cut), { name: 'r.txt' });
    expect(score(r, 'quirk-tab.txt')).toEqual({ wrong: 0, confident: [] });
    expect(r.warnings.find((x) => x.code === 'encoding_repaired')?.message).toMatch(/^2 bytes not valid UTF-8/);
  });

  it('should keep a declared charset=utf-8 that decodes with a few bad bytes', async () => {
    const r = await extract(edit(sample('html-cms-utf8.html'), '五、存在的主要问题', '五、存在', [0xa0], '的主要问题'), { name: 'p.html' });
    expect(score(r, 'html-cms-utf8.html')).toEqual({ wrong: 0, confident: [] });
    expect(codes(r)).toContain('encoding_repaired');
    expect(codes(r)).not.toContain('encoding_declared_wrong');
  });

  it('should read UTF-8 bytes declared gb2312 with a stray byte as UTF-8, saying both', async () => {
    const html = edit(edit(sample('html-cms-utf8.html'), 'charset=utf-8', 'charset=gb2312'), '五、存在的主要问题', '五、存在', [0xff], '的主要问题');
    const r = await extract(html, { name: 'p.html' });
    expect(score(r, 'html-cms-utf8.html')).toEqual({ wrong: 0, confident: [] });
    expect(codes(r)).toEqual(expect.arrayContaining(['encoding_declared_wrong', 'encoding_repaired']));
  });

  it('should read GB18030 text with a stray byte and say so', async () => {
    const src = sample('quirk-gb18030.txt');
    const at = src.indexOf('\n', 200);
    const r = await extract(new Uint8Array(Buffer.concat([src.subarray(0, at), Buffer.from([0xff]), src.subarray(at)])), { name: 'r.txt' });
    expect(score(r, 'quirk-gb18030.txt')).toEqual({ wrong: 0, confident: [] });
    expect(r.warnings.find((x) => x.code === 'encoding_repaired')?.message).toMatch(/^1 byte sequence not valid gb18030/);
  });

  it('should refuse UTF-8 with a third of its non-ASCII bytes damaged (E_DECODE, not a report of U+FFFD)', async () => {
    const src = sample('quirk-tab.txt');
    const out: number[] = [];
    let nonAscii = 0;
    for (const b of src) {
      out.push(b);
      if (b >= 0x80 && nonAscii++ % 2 === 0) out.push(0xa0);
    }
    await expect(extract(Uint8Array.from(out), { name: 'r.txt' })).rejects.toMatchObject({ code: 'E_DECODE' });
  });
});

describe('values next to a byte that did not decode', () => {
  const flat = (r: Report, key: string): unknown => flattenData(r.data).get(key);

  it('should not give a confident number split by a stray byte (29\\xA038 for 2938)', async () => {
    const r = await extract(edit(sample('quirk-tab.txt'), '行政许可\t2938', '行政许可\t29', [0xa0], '38'), { name: 'r.txt' });
    const v = flat(r, 'activeDisclosure.licensing.decisions');
    expect(v === 2938 || r.fields['activeDisclosure.licensing.decisions']!.confidence < 0.9).toBe(true);
  });

  it('should not give a confident number whose digit was overwritten (2938 → 293\\xA0)', async () => {
    const r = await extract(edit(sample('quirk-tab.txt'), '行政许可\t2938', '行政许可\t293', [0xa0]), { name: 'r.txt' });
    expect(r.fields['activeDisclosure.licensing.decisions']!.confidence).toBeLessThan(0.9);
  });

  it('should mark a digit run glued to U+FFFD as a suspect', () => {
    const nums = tokenizeCell('行政许可 4\ufffd233').parts.filter((p) => p.kind === 'num');
    expect(nums.map((n) => n.kind === 'num' && n.suspect)).toEqual([true, true]);
  });

  it("should put a damaged line's digits in doubt even when no digit touches the U+FFFD (a lost value cell)", () => {
    const rows = buildRows([{ cells: ['3.其他', '\ufffd', '1', '0', '0', '0', '3', '9'], separated: true, source: {}, damaged: true }]);
    expect(rows.at(-1)!.digitsSuspect).toBe(true);
    const below = buildRows([
      { cells: ['（一）予以', '\ufffd开'], separated: true, source: {}, damaged: true },
      { cells: ['1', '2', '3'], separated: true, source: {} },
    ]);
    expect(below.at(-1)!.digitsSuspect).toBe(true);
  });
});

describe('a date whose 年 did not decode', () => {
  it("should read no value in '2023\\ufffd1月1日至2023\\ufffd12月31日' (a Ghostscript reprint's footnote)", () => {
    const nums = tokenizeCell('注\ufffd1.本表数据统计时间\ufffd2023\ufffd1月1日至2023\ufffd12月31日\ufffd2.行\ufffd事业性收费金额单位\ufffd万元').parts.filter((p) => p.kind === 'num');
    expect(nums).toEqual([]);
  });

  it('should still read a value cell beside such text', () => {
    const nums = tokenizeCell('行\ufffd事业性收费 0.00').parts.filter((p) => p.kind === 'num');
    expect(nums.map((n) => n.kind === 'num' && n.value)).toEqual([0]);
  });
});
