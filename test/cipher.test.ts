/**
 * Text layers that do not decode read as a substitution cipher of glyph codes (pdf/cipher.ts): the
 * template's labels placed over runs of codes, digits from the tables' sums (pdf/cipher-digits.ts).
 * Runs built here: a report's labels and a table 三 whose rows add up, every character replaced by a
 * code of its own (Latin-1 letters, as pdf.js gives a font without a character map).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPdf } from '../src/_internal/mini-pdf.js';
import { extract } from '../src/index.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { decipher, solveCipher, type CipherRun } from '../src/pdf/cipher.js';
import { SHARED } from './helpers/paths.js';

/** Characters → codes, one code per character (by first use, from U+00C0, as gs or mutool number glyphs). */
function encoder(): (text: string) => string {
  const codes = new Map<string, string>();
  return (text) => [...text].map((ch) => (ch === ' ' ? ' ' : codes.get(ch) ?? (codes.set(ch, String.fromCodePoint(0xc0 + codes.size)), codes.get(ch)!))).join('');
}

const LABELS = [
  '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件',
  '第二十条第（五）项', '行政许可', '第二十条第（六）项', '行政处罚', '行政强制', '第二十条第（八）项', '行政事业性收费',
  '三、收到和处理政府信息公开申请情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计',
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（三）不予公开', '1.属于国家秘密',
  '2.其他法律行政法规禁止公开', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷',
  '8.属于行政查询事项', '（四）无法提供', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '（五）不予处理',
  '2.重复申请', '四、结转下年度继续办理', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结',
];

/** Table 三 rows (six applicant columns and their total). */
const ROWS = [[83, 31, 5, 6, 10, 12, 147], [4, 2, 0, 0, 1, 1, 8], [19, 9, 0, 3, 0, 0, 31], [0, 7, 0, 1, 0, 0, 8], [17, 3, 0, 0, 0, 0, 20], [29, 14, 0, 0, 2, 0, 45], [60, 0, 9, 1, 0, 3, 73]];

function runsOf(encode: (t: string) => string, labels: readonly string[], rows: readonly number[][]): CipherRun[] {
  const at = (str: string, row: string, x: number): CipherRun => ({ font: 'f1', str: encode(str), row, x, end: x + 10 * [...str].length, size: 10 });
  return [...labels.map((l, i) => at(l, `1:${i}`, 50)), ...rows.flatMap((r, i) => r.map((v, j) => at(String(v), `2:${i}`, 200 + 40 * j)))];
}

describe('pdf/cipher', () => {
  test('labels read through the crib, digits by the sums of table 三', () => {
    const encode = encoder();
    const runs = runsOf(encode, LABELS, ROWS);
    const sol = solveCipher(runs);
    expect(decipher(sol, 'f1', encode('本年新收政府信息公开申请数量'))).toBe('本年新收政府信息公开申请数量');
    expect(decipher(sol, 'f1', encode('行政规范性文件'))).toBe('行政规范性文件');
    expect(sol.digitsFromRows.length).toBeGreaterThan(0);
    for (const r of ROWS) for (const v of r) expect(decipher(sol, 'f1', encode(String(v)))).toBe(String(v));
  });

  test('a word holding digits and an unread code is unread whole; prose outside the crib stays unread', () => {
    const encode = encoder();
    const sol = solveCipher(runsOf(encode, LABELS, ROWS));
    // '零' never appears in the labels: its code is not read, and nor is the number beside it.
    expect(decipher(sol, 'f1', encode('83零'))).toBe('\uFFFD\uFFFD\uFFFD');
    expect(decipher(sol, 'f1', encode('鸿雁'))).toBe('\uFFFD\uFFFD');
  });

  test('text that is not a report reads nothing', () => {
    const encode = encoder();
    const prose = ['甲乙丙丁戊己庚辛', '子丑寅卯辰巳午未申酉', '春夏秋冬东南西北'];
    // A seed placed by chance explains itself only: far under the 60 characters load-pdf asks for (MIN_EXPLAINED).
    expect(solveCipher(runsOf(encode, prose, [])).explained).toBeLessThan(20);
  });
});

describe('the decipher option', () => {
  // Glyph codes of a font without ToUnicode come out as Latin-1 letters and symbols (as in test/pdf-printers).
  const garbage = '\\341\\365\\351\\253 \\310\\307\\2622 \\267\\244\\374\\261 \\241\\306\\325\\322';
  const content = Array.from({ length: 8 }, (_, i) => `BT /F1 10 Tf 100 ${700 - 20 * i} Td (${garbage}) Tj ET`).join('\n');

  test('off by default: an undecodable text layer is E_PDF_NO_TEXT naming both ways out', async () => {
    expect(resolveOptions({}).decipher).toBe(false);
    const error = await load(buildPdf([{ content }, { content }]), resolveOptions({ format: 'pdf' })).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_PDF_NO_TEXT' });
    expect((error as Error).message).toContain("pass ocr: 'auto' (CLI --ocr auto) to recognise the pages");
    expect((error as Error).message).toContain("or decipher: true (CLI --decipher) to solve the glyph codes against the template (values flagged 'deciphered', capped)");
  });

  test('on, a layer the template does not solve is still E_PDF_NO_TEXT, OCR named', async () => {
    await expect(load(buildPdf([{ content }, { content }]), resolveOptions({ format: 'pdf', decipher: true }))).rejects.toMatchObject({
      code: 'E_PDF_NO_TEXT',
      message: expect.stringMatching(/do not solve its glyph codes: OCR would be needed/),
    });
  });

  test('on, a cipher the crib fits but whose reading is no report is E_PDF_NO_TEXT, not E_NOT_A_REPORT', async () => {
    // Session 46 (task 5): 15 of 48 Ghostscript/mutool re-prints without ToUnicode gave E_NOT_A_REPORT with --decipher.
    // The template's labels alone (no title, no numbers) in a font whose map gives Latin Extended letters: the crib
    // solves them, the deciphered reading holds no report, so the cipher is not solved and the PDF has no text to read.
    const codes = new Map<string, number>();
    const hex = (t: string): string => `<${[...t].map((ch) => (codes.get(ch) ?? (codes.set(ch, 0x21 + codes.size), codes.get(ch)!)).toString(16).padStart(2, '0')).join('')}>`;
    const pages = [LABELS.slice(0, 23), LABELS.slice(23)].map((ls) => ls.map((l, i) => `BT /F2 10 Tf 60 ${780 - 22 * i} Td ${hex(l)} Tj ET`).join('\n'));
    const toUnicode = Object.fromEntries([...codes.values()].map((c) => [c, String.fromCodePoint(0x100 + c)]));
    const widths = Object.fromEntries([...codes.values()].map((c) => [c, 1000]));
    const pdf = buildPdf(pages.map((content) => ({ content, f2: { widths, toUnicode } })));
    await expect(extract(pdf, { name: 'labels.pdf', decipher: true })).rejects.toMatchObject({
      code: 'E_PDF_NO_TEXT',
      message: expect.stringMatching(/text layer cannot be decoded .* do not solve its glyph codes: OCR would be needed/),
    });
  }, 60_000);

  test('not a boolean: E_INVALID_OPTIONS', () => {
    expect(() => resolveOptions({ decipher: 'yes' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTIONS' }));
  });

  // The shared repro: a Chromium print with every /ToUnicode removed (no-tounicode-wrong-error-pdf).
  const REPRO = join(SHARED, 'repros', 'no-tounicode-wrong-error-pdf', 'input.pdf');
  (existsSync(REPRO) ? describe : describe.skip)('a report printed without character maps (../shared/repros)', () => {
    test('default: E_PDF_NO_TEXT', async () => {
      await expect(extract(REPRO)).rejects.toMatchObject({ code: 'E_PDF_NO_TEXT' });
    });

    test('decipher: true reads it through the cipher, its values flagged deciphered', async () => {
      const report = await extract(REPRO, { decipher: true });
      expect(report.warnings.map((w) => w.code)).toContain('pdf_text_deciphered');
      expect(report.meta.title).toContain('政府信息公开工作年度报告');
      const fields = Object.values(report.fields);
      expect(fields.filter((f) => f.flags?.includes('deciphered')).length).toBeGreaterThan(fields.length / 2);
    }, 60_000);
  });
});
