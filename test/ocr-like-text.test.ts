/**
 * OCR output handed over as text (load/ocr-like-text): its values get the OCR trust rule. A table 二
 * value has no identity, so OCR's '12' read '2' stays below 0.9; the same text without OCR's marks
 * is read by the text rule.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { looksLikeOcr, ocrLikeness } from '../src/load/ocr-like-text.js';
import { BARRED_PRE_ROWS } from './helpers/barred-pre.js';

const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'dump.txt' });

const report = (lines: readonly string[]): string =>
  ['2023年某某局政府信息公开工作年度报告', '一、总体情况', '本机关全年主动公开政府信息。', '二、主动公开政府信息情况', '第二十条第（一）项', ...lines, '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 447'].join('\n');

const CLEAN = ['信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 2 235 342', '行政规范性文件 0 0 228'];
const OCR = ['信息内容 本年制发件数 本年废止件数|现行有效件数', '规章 2 235 342', '行政规范性文件 0 0 228 ns', '行政处蜀 4 | es', '第二十条第 (八) 项 [|'];

describe('a text that reads as OCR output', () => {
  it('should score OCR marks per 1000 ideographs', () => {
    expect(ocrLikeness(report(CLEAN)).marks).toBe(0);
    expect(looksLikeOcr(report(CLEAN))).toBe(false);
    expect(looksLikeOcr(report(OCR))).toBe(true);
  });

  it('should not count acronyms, URLs or a pipe-drawn table row', () => {
    const text = report(['| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | 2 | 235 | 342 |', '政务APP 2 个，OA 系统 1 套，见 http://www.gov.cn/a.pdf']);
    expect(ocrLikeness(text).marks).toBe(0);
  });

  it('should not count the pipes of a table drawn with them (markdown without outer pipes, escaped pipes)', () => {
    const bare = report(['信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', '--- | --- | --- | ---', '规章 | 2 | 235 | 342', '行政规范性文件 | 0 | 0 | 228']);
    expect(ocrLikeness(bare).marks).toBe(0);
    const escaped = report(['\\| 信息内容 \\| 本年制发件数 \\| 本年废止件数 \\| 现行有效件数 \\|', '\\|---\\|---\\|---\\|---\\|', '\\| 规章 \\| 2 \\| 235 \\| 342 \\|']);
    expect(ocrLikeness(escaped).marks).toBe(0);
    // Without a rule row the same bare pipes are rulings OCR read as glyphs — but for those between two
    // header words of 5+ characters, which read as prose separators (OCR's header pieces are shorter).
    expect(ocrLikeness(report(['信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', '规章 | 2 | 235 | 342'])).marks).toBe(4);
  });

  it("should not count the pipes of a table html2text drew (an underscore top border, rows open at the end), nor after a crawler joined the lines", () => {
    // Debian's html2text: '|' between cells, cells padded with '_', a row ends where its last cell does.
    const rows = ['|信息内容|本年制发件数|本年废止件数|现行有效件数', '|规章____|2___________|235_________|342', '|行政规范性文件|0_____|0___________|228'];
    const drawn = report(['_'.repeat(60), ...rows]);
    expect(ocrLikeness(drawn).marks).toBe(0);
    expect(ocrLikeness(report([`${'_'.repeat(60)} ${rows.join(' ')}`])).marks).toBe(0);
    // The same rows without the border are pipes OCR could have read from rulings.
    expect(ocrLikeness(report(rows)).marks).toBeGreaterThan(0);
  });

  it("should not count a preformatted table's column bars a PDF dump printed (layout/column-bars)", () => {
    // breaker41 gen60 ptt-layout-a4/r13-shaped: a <pre> table with '|' between its columns, blank zeros.
    const pre = BARRED_PRE_ROWS.join('\n');
    expect(ocrLikeness(pre).marks).toBe(0);
  });

  it('should leave out a URL or e-mail address glued to Chinese text, and read a long run-on line', () => {
    expect(ocrLikeness(report(['网址：http://www.xx.gov.cn 邮箱：xxgk@xx.gov.cn 电话 12'])).marks).toBe(0);
    // An unanchored \\S+@\\S+ rescanned such a line from every position (a 1 MB line hung); word by word it is linear.
    expect(ocrLikeness('行政许可12'.repeat(200_000)).marks).toBe(0);
  });

  it('should not count prose separators, paths and queries, or a code statement', () => {
    expect(ocrLikeness(report(['联系方式：https://gk.xx.gov.cn | 邮箱：gk@xx.gov.cn | 电话：0551-1234567'])).marks).toBe(0);
    expect(ocrLikeness(report(['平台采用 B/S 架构，接口 GET /open/v2/list?page=3&size=20 返回 JSON。', '附件：1. notice_2023_v3.pdf | 2. table.csv'])).marks).toBe(0);
    expect(ocrLikeness(report(['示例：while (k < 9) { total += w[k] | 0; k++; }'])).marks).toBe(0);
    // OCR's pipes stand beside cells of numbers or short header pieces, which are no phrases.
    expect(ocrLikeness(report(['一、本年新收政府信息公开申请数量 359 | 37 4 3 10 5 | 418'])).marks).toBe(2);
    expect(ocrLikeness(report(['企业 | 机构 | 益组织 | 务机构 | 他'])).marks).toBe(4);
    expect(ocrLikeness(report(['行政许可 12 ll 5'])).marks).toBe(1);
    // English prose (12+ distinct letters) is written on purpose; OCR's junk repeats a few letters.
    expect(ocrLikeness(report(['The page is updated every 7 days at www.xx.gov.cn | 每7日更新。'])).marks).toBe(0);
    expect(ocrLikeness(report(['行政许可 12 oolol as ala 5'])).marks).toBe(2);
  });

  it("should not count the bars of a CMS page's navigation, breadcrumb and footer links around the report (pdftotext -layout of a print)", () => {
    // scripts/ocr-text-variants.mjs --modes nav: 26 of 60 such prints read as OCR, every value capped at 0.85.
    const nav = ['    首页  |  政务公开  |  政府信息公开年报  |  互动交流  |  办事服务  |', '|  新闻中心  |  领导之窗', '  当前位置：首页 | 政务公开 | 2024年'];
    const footer = ['六、其他需要报告的事项', '无。', '网站地图 | 联系我们 | 网站声明 | 关于我们'];
    const printed = [...nav, report(CLEAN), ...footer].join('\n');
    expect(ocrLikeness(printed).marks).toBe(0);
    expect(looksLikeOcr(printed)).toBe(false);
    // The same shape inside the report is OCR's reading of a table's header (tesseract of a scanned print).
    expect(ocrLikeness(report(['维持 | 纠正 | 结果 | 审结 | 计'])).marks).toBe(4);
    // …and real OCR marks around navigation still make the text OCR output.
    expect(looksLikeOcr([...nav, report(OCR), ...footer].join('\n'))).toBe(true);
  });

  it("should read a CMS print's text dump by the text rule, not OCR's", async () => {
    const r = await run(['首页 | 政务公开 | 政府信息公开年报 | 互动交流 | 办事服务 | 新闻中心', report(CLEAN)].join('\n'));
    expect(r.warnings.map((w) => w.code)).not.toContain('ocr_text');
    expect(r.fields['activeDisclosure.regulations.issued']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should count a 2 MB line of separators and code in one pass', () => {
    expect(ocrLikeness(Array(100_000).fill('网址：a.gov.cn 第1项').join(' | ')).marks).toBe(0);
    expect(ocrLikeness('x=1;(y) '.repeat(250_000)).marks).toBe(0);
    expect(ocrLikeness(`第1项 ${'ab '.repeat(700_000)}`).marks).toBe(700_000);
  });

  it('should keep an OCR text value without an identity below 0.9, flagged ocr', async () => {
    const r = await run(report(OCR));
    expect(r.warnings.map((w) => w.code)).toContain('ocr_text');
    expect(flattenData(r.data).get('activeDisclosure.regulations.issued')).toBe(2);
    expect(r.fields['activeDisclosure.regulations.issued']!.flags).toContain('ocr');
    expect(r.fields['activeDisclosure.regulations.issued']!.confidence).toBeLessThan(0.9);
  });

  it('should read the same table without OCR marks by the text rule', async () => {
    const r = await run(report(CLEAN));
    expect(r.warnings.map((w) => w.code)).not.toContain('ocr_text');
    expect(r.fields['activeDisclosure.regulations.issued']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
