/**
 * A text dump of an OCR text layer (layout/ocr-spaced-han.ts; gen60 `make-docs.py tess`, breakit60 tess-pdf-ptt):
 * single OCR spaces between CJK characters closed, cell starts kept, noise lines blank, lines flagged ocr.
 */
import { closeOcrSpacedHan, closeOcrSpaces, isNoiseLine, isOcrSpacedDump, isWordSegmented } from '../src/layout/ocr-spaced-han.js';
import { withLayerMeta } from '../src/score/layer-meta.js';
import type { ScoredMeta } from '../src/score/meta.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { dropOcrNoise } from '../src/pdf/ocr-layer-noise.js';
import { extract } from '../src/index.js';

const OCR_DUMP = [
  '2019 年 新 疆 生 产 建设 兵团 第 二 师 铁 门 关 市 人 民政 府 政府 信息 公',
  '                   盏            人                ae              N                 =',
  '                   开工 作 年 度报 告',
  '      第二 十 条 第 (一 ) 项',
  '          信息 内 容                    本 年 新 制作 数量                      本 年 新 公开 数量',
  '              规章                         11                               0',
  '        其 他 规范 性 文件                      6                                15',
  '               行政 许可                              2401                                -4',
  '        其 他 对 外 管理 服务 事项                               6                              0',
  '     全 年 共 新 收 政府 信息 公开 申请 160 件 ， 上 年 结 转 5 件 。 其 中',
];

describe('OCR-spaced text dumps', () => {
  it('tells an OCR layer dump from printed text by its share of Han pairs one space apart', () => {
    expect(isOcrSpacedDump(OCR_DUMP)).toBe(true);
    const printed = OCR_DUMP.map((l) => l.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, ''));
    expect(isOcrSpacedDump(printed)).toBe(false);
    // a letter-spaced heading in a printed dump is not enough
    expect(isOcrSpacedDump(['目  录', '政 府 信 息 公 开 工 作 年 度 报 告', ...printed])).toBe(false);
  });
  it('closes single spaces between CJK characters and keeps every cell start', () => {
    const line = OCR_DUMP[4]!;
    const closed = closeOcrSpaces(line);
    expect(closed.trim().split(/ {2,}/)).toEqual(['信息内容', '本年新制作数量', '本年新公开数量']);
    expect(closed.indexOf('本年新制作')).toBe(line.indexOf('本 年 新'));
    expect(closeOcrSpaces('2020 年 3 月 15 日')).toMatch(/^2020年3月15日 *$/);
  });
  it('leaves a line of OCR noise blank', () => {
    expect(isNoiseLine(OCR_DUMP[1]!)).toBe(true);
    expect(isNoiseLine('   1     2     3')).toBe(false);
    expect(isNoiseLine('规章         |   2     6      5')).toBe(false);
    expect(isNoiseLine('   |     自     |')).toBe(false);
    expect(isNoiseLine('  自     然     人')).toBe(false);
    expect(closeOcrSpacedHan(OCR_DUMP).lines[1]).toBe('');
  });
  it('joins a date whose year the OCR wrote on a line of its own', () => {
    const r = closeOcrSpacedHan([...OCR_DUMP, '                 新 疆 生产 建设 兵团 人 民政 府', '                                 2024', '                                   年 2 月 18 日']).lines;
    expect(r.slice(-2).map((l) => l.trim())).toEqual(['2024年2月18日', '']);
  });
  it('flags the lines of such a dump ocr', () => {
    const lines = textToLines(OCR_DUMP.join('\n'));
    const row = lines.find((l) => l.cells[0] === '行政许可');
    expect(row?.cells).toEqual(['行政许可', '2401', '-4']);
    expect(row?.ocr).toHaveLength(3);
    expect(textToLines(closeOcrSpacedHan(OCR_DUMP).lines.join('\n')).every((l) => l.ocr === undefined)).toBe(true);
  });
});

describe('an OCR dump without junk lines (gen60 tess-pdf-ptt r22 of dev base 1038000)', () => {
  // The OCR's words: two-character words ('公开', '政府') among lone characters, every line spaced so.
  const CLEAN = [...OCR_DUMP.slice(0, 1), ...OCR_DUMP.slice(2), ...Array.from({ length: 6 }, () => '     本 机 关 坚 持 以 公开 为 常态 、 不 公开 为 例外 ， 全 年 主动 公开 政府 信息 。')];
  it('is told by its word segmentation: its spaces closed, its lines flagged ocr', () => {
    expect(CLEAN.some(isNoiseLine)).toBe(false);
    expect(isWordSegmented(CLEAN)).toBe(true);
    const r = closeOcrSpacedHan(CLEAN);
    expect(r.ocr).toBe(true);
    expect(r.lines[0]).toMatch(/^2019年新疆生产建设兵团/);
  });
  it('is not a print letter-spaced character by character (a turned page\'s dump)', () => {
    const spaced = CLEAN.map((l) => l.replace(/\p{Script=Han}{2,}/gu, (w) => [...w].join(' ')));
    expect(isOcrSpacedDump(spaced)).toBe(true);
    expect(isWordSegmented(spaced)).toBe(false);
    expect(closeOcrSpacedHan(spaced).ocr).toBe(false);
  });
});

describe('withLayerMeta (score/layer-meta.ts)', () => {
  const info = (confidence: number) => ({ confidence, flags: confidence > 0 ? [] : ['missing' as const] });
  const scored = (title: string | null, agency: string | null, year: number | null, c: number): ScoredMeta => ({
    title, agency, year, publishedAt: null,
    fields: { title: info(title ? c : 0), agency: info(agency ? c : 0), year: info(year ? c : 0), publishedAt: info(0) },
  });
  it('takes what this OCR did not read from the layer, keeps what it read as sure', () => {
    const own = scored(null, '示例县教育局', 2023, 0.75);
    const layer = scored('示例县教育局2023年政府信息公开工作年度报告', '示例县教育局', 2022, 0.75);
    const m = withLayerMeta(own, layer);
    expect([m.title, m.agency, m.year]).toEqual(['示例县教育局2023年政府信息公开工作年度报告', '示例县教育局', 2023]);
    expect(m.fields.title.confidence).toBe(0.75);
  });
  it('takes a reading the layer confirms and this OCR does not', () => {
    const m = withLayerMeta(scored(null, '示例县教局', null, 0.6), scored(null, '示例县教育局', null, 0.95));
    expect(m.agency).toBe('示例县教育局');
  });
});

describe('dropOcrNoise (pdf/ocr-layer-noise.ts)', () => {
  const item = (str: string, x: number, top: number, size: number) => ({ str, x, top, width: size * str.length, height: size, size });
  it('drops short words in a small font laid on a line of larger print (specks read between title lines)', () => {
    const items = [item('2019', 33, 60.8, 22), item('盏', 128, 60.8, 9), item('年新疆生', 87, 60.8, 22), item('ae', 280, 61.2, 9), item('一', 28, 129.6, 14), item('、', 51, 129.6, 14)];
    expect(dropOcrNoise(items).map((it) => it.str)).toEqual(['2019', '年新疆生', '一', '、']);
  });
});

describe('an OCR dump\'s sign-off', () => {
  it('names an agency no other place states below the 0.8 band (the OCR may have lost the head of the name)', async () => {
    // (An OCR layer is told from a print's letter-spaced text by the recogniser's junk lines too: one kept here.)
    const text = [...OCR_DUMP.slice(3), '', '盏   人   ae   N   =', '', '                          县 柳 林 镇 人 民政 府', '                              2022', '                                 年 1 月 14 日'].join('\n');
    const rep = await extract(new TextEncoder().encode(text), { name: 'ocr.txt' });
    expect(rep.meta.agency).toBe('县柳林镇人民政府');
    expect(rep.metaFields?.agency.confidence).toBeLessThan(0.8);
  });
});
