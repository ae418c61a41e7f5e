/**
 * The report's identity (meta): agency and year from the title, the opening paragraph, the
 * statistics period, the sign-off and the file name, with the confidence rule of the fields (0.9 only
 * when a second place confirms). The tester's four cases, then generated variants on seeds not used
 * while writing the rules (scripts/meta-variants.mjs).
 */
import { extract, ReportSchema } from '../src/index.js';
import { attentionOf, attentionText } from '../src/export/index.js';
import { extractMeta } from '../src/meta/index.js';
import type { Line } from '../src/model/document.js';
import { scoreMeta } from '../src/score/meta.js';
import { metaVariant, scoreVariants } from '../scripts/meta-variants.mjs';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ cells: [t], source: { line: i + 1 }, separated: false }));
const meta = (text: string, name = 'report.txt', metaTitle?: string) => scoreMeta(extractMeta({ lines: linesOf(text), name, ...(metaTitle ? { metaTitle } : {}) }));
const BODY = '一、总体情况\n本年度全年主动公开政府信息1254条。\n六、其他需要报告的事项\n无。';

describe('agency and year as printed', () => {
  it('should flag a name holding a glyph the dump could not decode and keep it below 0.5, the template words read whole', () => {
    // Ghostscript txtwrite of a Chromium print: 环 and 公 lost as U+FFFD in the title and the sign-off alike.
    const m = meta(`2022年湖北省生态\ufffd境厅政府信息\ufffd开工作年度报告\n${BODY}\n湖北省生态\ufffd境厅\n2023年1月31日`);
    expect(m.agency).toBe('湖北省生态\ufffd境厅');
    expect(m.fields.agency.flags).toContain('damaged');
    expect(m.fields.agency.confidence).toBeLessThan(0.5);
    expect(m.title).toBe('2022年湖北省生态\ufffd境厅政府信息公开工作年度报告');
    expect(m.fields.title.flags).toContain('damaged');
    expect(m.fields.title.confidence).toBeLessThan(0.5);
    expect(m.year).toBe(2022);
    // Only the template's words are read whole: an agency's lost letter is not guessed.
    const t = meta(`韶关市人力资源和社会保障局2023年度政府信息\ufffd开工作年度报告\n${BODY}\n韶关市人力资源和社会保障局\n2024年1月11日`);
    expect(t.title).toBe('韶关市人力资源和社会保障局2023年度政府信息公开工作年度报告');
    expect(t.fields.title.flags).not.toContain('damaged');
    expect(t.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should not let a sign-off whose glyphs map to Latin letters and symbols dispute the title, nor confirm it', () => {
    // Ghostscript's letter-fit rewrite: the title line reads whole, the sign-off's 市/乡/设 map to '^', 'o', '¿'.
    const m = meta(`遵义市播州区住房和城乡建设局2024年政府信息公开工作年度报告\n${BODY}\n遵义^播州区住房和城o建¿局\n2025年1月10日`);
    expect(m.agency).toBe('遵义市播州区住房和城乡建设局');
    expect(m.fields.agency.flags).toContain('unconfirmed');
    expect(m.fields.agency.confidence).toBeLessThan(0.9);
    // Alone, such a name is reported as read and `damaged`.
    const alone = meta(`2024年政府信息公开工作年度报告\n${BODY}\n遵义^播州区住房和城o建¿局\n2025年1月10日`);
    expect(alone.agency).toBe('遵义^播州区住房和城o建¿局');
    expect(alone.fields.agency.flags).toContain('damaged');
    expect(alone.fields.agency.confidence).toBeLessThan(0.5);
    // A glyph drawn as a symbol ('●' for 康) is the same kind of misreading.
    const dot = meta(`青松县卫生健康委员会2023年政府信息公开工作年度报告\n${BODY}\n青松县卫生健●委员会\n2024年1月15日`);
    expect(dot.agency).toBe('青松县卫生健康委员会');
    // A name with the full-width punctuation names do print is a name: two places confirm it.
    const name = '平潭综合实验区（管委会，区级汇总）';
    const summary = scoreMeta({ title: null, agencies: [{ value: name, from: 'title', text: name }, { value: name, from: 'signOff', text: name }], years: [], dates: [] });
    expect(summary.agency).toBe(name);
    expect(summary.fields.agency.flags).not.toContain('damaged');
    expect(summary.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should cut a breadcrumb off the title, and not trust the agency read behind it alone', () => {
    const m = meta(`首页 > 信息公开 > 年度报告 > 青山县财政局2023年政府信息公开工作年度报告\n${BODY}`);
    expect(m.agency).toBe('青山县财政局');
    expect(m.title).toBe('青山县财政局2023年政府信息公开工作年度报告');
    expect(m.fields.agency.flags).toEqual(expect.arrayContaining(['trimmed', 'unconfirmed']));
    expect(m.fields.agency.confidence).toBeLessThan(0.9);
  });

  it('should cut a breadcrumb of words separated by spaces, and take the name as the sign-off prints it', () => {
    const m = meta(`首页 政务公开 政府信息公开年报 青山县财政局2023年政府信息公开工作年度报告\n${BODY}\n青山县财政局\n2024年1月20日`);
    expect(m.title).toBe('青山县财政局2023年政府信息公开工作年度报告');
    expect(m.agency).toBe('青山县财政局');
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should not take a breadcrumb line as the agency when the title names none', () => {
    const m = meta(`当前位置：首页 > 政务公开 > 政府信息公开年报\n2023年政府信息公开工作年度报告\n${BODY}`);
    expect(m.agency).toBeNull();
    expect(m.fields.agency.flags).toEqual(['missing']);
  });

  it('should join a title broken inside its words, and never take a sentence of the opening for the title', () => {
    // Found by a fresh tester: the title wrapped mid-word, and '…年度报告向社会公布。…' was taken for it at 0.95.
    const m = meta(`青山县财政局2023年政府信息\n公开工作年度报告\n一、总体情况\n现将本机关\n2023年度政府信息公开工作年度报告向社会公布。统计期限自2023年1月1日起。\n六、其他需要报告的事项\n无。`);
    expect(m.title).toBe('青山县财政局2023年政府信息公开工作年度报告');
    expect(m.agency).toBe('青山县财政局');
    const sentence = meta(`一、总体情况\n2023年度政府信息公开工作年度报告向社会公布。统计期限自2023年1月1日起。\n${BODY}`);
    expect(sentence.title ?? '').not.toContain('。');
  });

  it('should cut a title out of a line a crawler joined to the text after it, trimmed, below 0.9 alone', () => {
    // breakit45 dmg-joined: blocks of lines joined by a space, the title wrapped inside its words ('年度报' / '告').
    for (const line of [
      '青山县财政局2023年政府信息公开工作年度报 告  根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规',
      '青山县财政局2023年政府信息公开工作年度报告 一、总体情况',
      '青山县财政局 2023年政府信息公开工作年度报告 发布日期：2024-01-26 来源：青山县财政局 浏览次数：331',
    ]) {
      const m = meta(`${line}\n${BODY}`);
      expect([line, m.title, m.agency]).toEqual([line, '青山县财政局2023年政府信息公开工作年度报告', '青山县财政局']);
      expect(m.fields.title.flags).toContain('trimmed');
      expect(m.fields.title.confidence).toBeLessThan(0.9);
    }
    // A title wrapped inside its words and joined with a space, nothing after it: read whole.
    expect(meta(`青山县财政局2023年政府信息公开工作年度 报告\n${BODY}`).title).toBe('青山县财政局2023年政府信息公开工作年度报告');
    // Running text naming the report is no title, joined or not.
    expect(meta(`现将青山县财政局2023年政府信息公开工作年度报告 公布如下\n${BODY}`).title).toBeNull();
  });

  it("should read 'XX局关于2023年…' as the agency XX局", () => {
    const m = meta(`青山县自然资源局关于2023年政府信息公开工作年度报告\n${BODY}\n青山县自然资源局\n2024年1月20日`);
    expect(m.agency).toBe('青山县自然资源局');
    expect(m.year).toBe(2023);
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['二〇二四年度', 2024],
    ['二零二三年', 2023],
    ['二〇一九年', 2019],
  ])('should read the year written %s', (year, expected) => {
    const m = meta(`白马镇人民政府${year}政府信息公开工作年度报告\n${BODY}`);
    expect(m.year).toBe(expected);
    expect(m.agency).toBe('白马镇人民政府');
  });

  it.each([
    ['20244年', 2024],
    ['2O24年度', 2024],
    ['Z024年', 2024],
    ['202 4年', 2024],
    ['2o2l年', 2021],
  ])('should read a year a scan misread, %s, when it stands for one year, and confirm it by the sign-off', (year, expected) => {
    const m = meta(`城东街道办事处${year}政府信息公开工作年度报告\n${BODY}\n城东街道办事处\n${expected + 1}年1月20日`);
    expect(m.year).toBe(expected);
    expect(m.agency).toBe('城东街道办事处');
    expect(m.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
    // Alone (no other place prints a date): read, not trusted.
    const alone = meta(`城东街道办事处${year}政府信息公开工作年度报告\n${BODY}`);
    expect(alone.year).toBe(expected);
    expect(alone.fields.year.confidence).toBeLessThan(0.9);
  });

  describe('an OCR\'d title whose year run may be two years (a digit added before 年)', () => {
    // The breakit46 scans (100 dpi grey): the page pass adds a digit beside a number's neighbours.
    const ocrMeta = (text: string) => scoreMeta(extractMeta({ lines: linesOf(text).map((l) => ({ ...l, ocr: [{}] })), name: 'scan.pdf' }));
    const PERIOD = '报告所列数据的统计期限自120194年]月]日起至2019年12月314日。如对本报告有疑问';

    it('should take the reading the statistics period prints, flagged and below 0.9', () => {
      const m = ocrMeta(`柳州市沙县区住房和城乡建设局关于20191年政府信息公开工作的年度报告\n${PERIOD}\n${BODY}`);
      expect(m.year).toBe(2019);
      expect(m.fields.year.confidence).toBeLessThan(0.9);
      expect(m.fields.year.flags).toContain('unconfirmed');
      // The same text from a text layer: its title prints the year as meant, none is chosen for it.
      expect(meta(`柳州市沙县区住房和城乡建设局关于20191年政府信息公开工作的年度报告\n${PERIOD}\n${BODY}`).year).toBeNull();
    });

    it("should take the reading 总体情况's first words print, or a date in the year after, never confirmed by it", () => {
      const m = ocrMeta(`天水市住房和城乡建设局20224年政府信息公开工作年度报告\n统计期限自120224年]月1日起至120224年12月31日\n一、总体情况\n2022年，天水市住房和城乡建设局坚持…`);
      expect(m.year).toBe(2022);
      expect(m.fields.year.confidence).toBeLessThan(0.9);
      const signed = ocrMeta(`柳州市医疗保障局关于20211年政府信息公开工作的年度报告\n${BODY}\n柳州市医疗保障局\n2022年1月10日`);
      expect(signed.year).toBe(2021);
      expect(signed.fields.year.confidence).toBeLessThan(0.9);
    });

    it('should give no year when nothing else tells the readings apart, or when both agree with something', () => {
      // '20204' in the period may be 2020 or 2024 as well: no witness.
      expect(ocrMeta(`夷陵区自然资源局20204年政府信息公开工作年度报告\n统计期限自20204年]月11日起至120204年12月31日。\n${BODY}`).year).toBeNull();
      expect(ocrMeta(`夷陵区自然资源局20204年政府信息公开工作年度报告\n${BODY}\n夷陵区自然资源局\n2021年1月5日\n2025年1月5日`).year).toBeNull();
    });
  });

  describe("an OCR'd title with a digit of its year lost, or a name misread", () => {
    const ocrMeta = (text: string) => scoreMeta(extractMeta({ lines: linesOf(text).map((l) => ({ ...l, ocr: [{}] })), name: 'scan.pdf' }));

    it("should read the agency and take the year a date in the year after names among the readings of '202年', below 0.9", () => {
      for (const [run, want] of [['202', 2023], ['203', 2023], ['023', 2023], ['201', 2019]] as const) {
        const m = ocrMeta(`临川市公安局${run}年政府信息公开工作年度报告\n${BODY}\n临川市公安局\n${want + 1}年2月22日`);
        expect(m.agency).toBe('临川市公安局');
        expect(m.year).toBe(want);
        expect(m.fields.year.confidence).toBeLessThan(0.9);
      }
      // '020年' has one reading that is a year, yet only another place names it.
      expect(ocrMeta(`临川市公安局020年政府信息公开工作年度报告\n${BODY}`).year).toBeNull();
      expect(ocrMeta(`临川市公安局020年政府信息公开工作年度报告\n${BODY}\n临川市公安局\n2021年1月22日`).year).toBe(2020);
      // A text layer's title prints its year as meant: no year is chosen for '202年'.
      expect(meta(`临川市公安局202年政府信息公开工作年度报告\n${BODY}\n临川市公安局\n2024年2月22日`).fields.year.flags).not.toContain('misread');
    });

    it("should read '1023年' (a digit misread: no possible year) as the one year a date in the year after names, put back in the title", () => {
      // scan40: a speckled 110 dpi copy's title and sign-off, the date's month and day misread too.
      const m = ocrMeta(`灵武市第2中学1023年度政府信息公开工作年度报告\n${BODY}\n灵武市第2中学\n2024年38月158日`);
      expect(m.year).toBe(2023);
      expect(m.fields.year.confidence).toBeLessThan(0.9);
      expect(m.title).toBe('灵武市第2中学2023年度政府信息公开工作年度报告');
      expect(m.fields.title.confidence).toBeLessThan(0.9);
      // No date: the run names no year, and the title is kept as read.
      const alone = ocrMeta(`灵武市第2中学1023年度政府信息公开工作年度报告\n${BODY}`);
      expect(alone.year).toBeNull();
      expect(alone.title).toBe('灵武市第2中学1023年度政府信息公开工作年度报告');
      // A text layer prints what it means: its title is kept as printed.
      expect(meta(`灵武市第2中学1023年度政府信息公开工作年度报告\n${BODY}\n灵武市第2中学\n2024年3月15日`).title).toBe('灵武市第2中学1023年度政府信息公开工作年度报告');
      // '021年' put back too.
      expect(ocrMeta(`桦甸市公安局第九分局021年度政府信息公开工作年度报告\n${BODY}\n桦甸市公安局第九分局\n2022年3月23日`).title).toBe('桦甸市公安局第九分局2021年度政府信息公开工作年度报告');
    });

    it('should keep a title whose agency is misread below 0.9 though its year is confirmed', () => {
      const text = `青禾县卫生侦本2021年政府信息公开工作年度报告\n报告所列数据的统计期限自2021年1月1日起至2021年12月31日。\n${BODY}\n青禾具卫生健康局\n2022年1月20日`;
      const m = ocrMeta(text);
      expect(m.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
      expect(m.fields.title.confidence).toBeLessThan(0.9);
      expect(m.fields.title.flags).toContain('unconfirmed');
      // From a text layer the year confirms the title as before.
      expect(meta(text).fields.title.confidence).toBeGreaterThanOrEqual(0.9);
      // Read whole from a scan: its agency and year each confirmed elsewhere and printed in it.
      const whole = ocrMeta(`青禾县卫生健康局2021年政府信息公开工作年度报告\n${BODY}\n青禾县卫生健康局\n2022年1月20日`);
      expect(whole.fields.title.confidence).toBeGreaterThanOrEqual(0.9);
    });
  });

  it("should read the statistics period with a '1' a scan read as 工 or l, and confirm the title's year by it", () => {
    const m = meta(`洪泽区人民政府2023年政府信息公开工作年度报告\n报告中所列数据统计期限自2023年1月工日起至2023年l2月31日止。\n${BODY}`);
    expect(m.year).toBe(2023);
    expect(m.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
    // A period of two years is no period of one.
    expect(meta(`洪泽区人民政府2023年政府信息公开工作年度报告\n统计期限自2022年1月工日起至2023年12月31日止。\n${BODY}`).fields.year.confidence).toBeLessThan(0.9);
  });

  it('should leave a misread year that may stand for two years to the other places that print it', () => {
    // '20234': 2023 or 2024. The period decides; the title adds no vote.
    const period = meta(`城东街道办事处20234年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n${BODY}`);
    expect(period.year).toBe(2023);
    expect(period.fields.year.confidence).toBeLessThan(0.9);
    expect(period.agency).toBe('城东街道办事处');
    const none = meta(`城东街道办事处20234年政府信息公开工作年度报告\n${BODY}`);
    expect(none.year).toBeNull();
    // A number that is no year is not read as one.
    expect(meta(`城东街道办事处12345年政府信息公开工作年度报告\n${BODY}`).year).toBeNull();
  });

  it('should confirm the agency and year by the sign-off, and only then reach 0.9', () => {
    const alone = meta(`城东街道办事处2023年政府信息公开工作年度报告\n${BODY}`);
    expect(alone.fields.agency.confidence).toBeLessThan(0.9);
    expect(alone.fields.year.confidence).toBeLessThan(0.9);
    const signed = meta(`城东街道办事处2023年政府信息公开工作年度报告\n${BODY}\n城东街道办事处\n二〇二四年一月二十日`);
    expect(signed.agency).toBe('城东街道办事处');
    expect(signed.fields.agency.agreeing).toEqual(['title', 'signOff']);
    expect(signed.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
    expect(signed.year).toBe(2023);
    expect(signed.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
    expect(signed.publishedAt).toBe('2024-01-20');
  });

  it("should read a publication date printed with its time of day (a CMS's publishTime), and no number after a date as a time", () => {
    for (const stamp of ['2024-01-20 10:00:00', '2024-01-20T10:00:00+08:00', '2024-01-20 10:00', '2024年1月20日 10时30分']) {
      expect([stamp, meta(`城东街道办事处2023年政府信息公开工作年度报告\n${stamp}\n${BODY}`).publishedAt]).toEqual([stamp, '2024-01-20']);
    }
    expect(meta(`城东街道办事处2023年政府信息公开工作年度报告\n2024-01-20 10\n${BODY}`).publishedAt).toBeNull();
  });

  it('should not trust a year after every date the report prints, or one not over yet (digits the text layer maps wrongly)', () => {
    const period = (y: number) => `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`;
    const late = meta(`城东街道办事处2027年政府信息公开工作年度报告
${period(2027)}
${BODY}
城东街道办事处
2025年1月21日`);
    expect(late.year).toBe(2027);
    expect(late.fields.year.flags).toContain('conflict');
    expect(late.fields.year.confidence).toBeLessThan(0.9);
    const future = meta(`城东街道办事处2099年政府信息公开工作年度报告
${period(2099)}
${BODY}`);
    expect(future.fields.year.confidence).toBeLessThan(0.9);
    // Signed in January after the year: trusted (the same text with the right year).
    const right = meta(`城东街道办事处2024年政府信息公开工作年度报告
${period(2024)}
${BODY}
城东街道办事处
2025年1月21日`);
    expect(right.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should read the agency from the sign-off when the title names none', () => {
    const m = meta(`2023年政府信息公开工作年度报告\n${BODY}\n黄龙乡人民政府\n2024年1月20日`);
    expect(m.agency).toBe('黄龙乡人民政府');
    expect(m.fields.agency.source?.from).toBe('signOff');
    expect(m.fields.agency.confidence).toBeLessThan(0.9);
  });

  it('should leave the agency ambiguous when title and sign-off name different agencies', () => {
    const m = meta(`青山县人民政府2023年政府信息公开工作年度报告\n${BODY}\n白马县人民政府\n2024年1月20日`);
    expect(m.agency).toBeNull();
    expect(m.fields.agency.flags).toEqual(['ambiguous']);
    expect(m.fields.agency.candidates).toEqual(['青山县人民政府', '白马县人民政府']);
  });

  it("should take a sign-off by the agency's office, or a longer form of its name, as no contradiction", () => {
    expect(meta(`青山县人民政府2023年政府信息公开工作年度报告\n${BODY}\n青山县人民政府办公室\n2024年1月20日`).agency).toBe('青山县人民政府');
    const longer = meta(`淮安市青山区人民政府2023年政府信息公开工作年度报告\n${BODY}\n青山区人民政府\n2024年1月20日`);
    expect(longer.agency).toBe('淮安市青山区人民政府');
    // Only the title prints 淮安市: where a place name before the confirmed form starts is not known ('置顶淮安市…').
    expect(longer.fields.agency.confidence).toBeLessThan(0.9);
    expect(longer.fields.agency.flags).toContain('unconfirmed');
  });

  it.each([
    ['【政府信息公开年报】青山区教育局2024年政府信息公开工作年度报告', '青山区教育局'],
    ['青教〔2025〕5号 青山区教育局2024年政府信息公开工作年度报告', '青山区教育局'],
    ['2025-01-18 青山区教育局2024年政府信息公开工作年度报告', '青山区教育局'],
    ['第3号 青山区教育局2024年政府信息公开工作年度报告', '青山区教育局'],
    ['青山区人民政府办公室关于印发青山区人民政府2024年政府信息公开工作年度报告的通知', '青山区人民政府'],
    ['青山区人民政府转发青山区教育局2024年政府信息公开工作年度报告', '青山区教育局'],
  ])("should not read what is printed before the agency's name in '%s' as part of it", (title, agency) => {
    expect(meta(`${title}\n${BODY}`).agency).toBe(agency);
  });

  it('should report only the form of a name that two places print, unless what a longer form adds is a place', () => {
    const m = meta(`★置顶 青山区教育局2024年政府信息公开工作年度报告\n${BODY}\n青山区教育局\n2025年1月20日`);
    expect(m.agency).toBe('青山区教育局');
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
    const place = meta(`白马市青山区教育局2024年政府信息公开工作年度报告\n${BODY}\n青山区教育局\n2025年1月20日`);
    expect(place.agency).toBe('白马市青山区教育局');
    // A sign-off with the place cut to its level, or a site name glued before the title: the place printed before it is kept, the rest not.
    expect(meta(`青山区教育局2024年政府信息公开工作年度报告\n${BODY}\n区教育局\n2025年1月20日`).agency).toBe('青山区教育局');
    expect(meta(`青山区人民政府青山区教育局2024年政府信息公开工作年度报告\n${BODY}\n教育局\n2025年1月20日`).agency).toBe('青山区教育局');
    const level = meta(`政府信息公开年报临江市财政局2024年政府信息公开工作年度报告\n${BODY}\n市财政局\n2025年1月20日`);
    expect(level.fields.agency.confidence).toBeLessThan(0.9);
  });

  it('should leave the year ambiguous when the title and the statistics period disagree', () => {
    const m = meta(`青山县人民政府2023年政府信息公开工作年度报告\n本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。\n${BODY}`);
    expect(m.year).toBeNull();
    expect(m.fields.year.candidates).toEqual([2023, 2022]);
  });

  it('should keep two agreeing printed places over a file name that says otherwise, below 0.9', () => {
    const m = meta(`青山县人民政府2023年政府信息公开工作年度报告\n${BODY}\n青山县人民政府\n2024年1月20日`, '白马县人民政府2023年政府信息公开工作年度报告.pdf');
    expect(m.agency).toBe('青山县人民政府');
    expect(m.fields.agency.flags).toContain('conflict');
    expect(m.fields.agency.confidence).toBeLessThan(0.9);
  });

  it("should cut a site name off a metadata title ('…年度报告_XX市人民政府门户网站')", () => {
    const m = meta(BODY, 'a.html', '青山县财政局2023年政府信息公开工作年度报告_白马市人民政府门户网站');
    expect(m.title).toBe('青山县财政局2023年政府信息公开工作年度报告');
    expect(m.agency).toBe('青山县财政局');
    expect(m.fields.agency.flags).toContain('metadata');
  });
});

describe('generated title, sign-off and page-furniture variants (seeds not tuned on)', () => {
  it('should give no wrong agency or year at confidence >= 0.9', async () => {
    const seeds = Array.from({ length: 300 }, (_, i) => 20000 + i);
    const n = await scoreVariants(seeds, async (v) => {
      const m = scoreMeta(extractMeta({ lines: linesOf(v.text), name: v.name }));
      return { agency: m.agency, year: m.year, metaFields: m.fields };
    });
    expect(n.wrongHigh).toBe(0);
    expect(n.yearRight).toBe(n.total);
    expect(n.agencyRight / n.total).toBeGreaterThan(0.85);
    expect(n.agencyHigh / n.total).toBeGreaterThan(0.6);
  });

  it('should give no wrong agency at confidence >= 0.9 when marks or a wrapping notice are printed before the title', async () => {
    const seeds = Array.from({ length: 300 }, (_, i) => 30000 + i);
    const n = await scoreVariants(seeds, async (v) => {
      const m = scoreMeta(extractMeta({ lines: linesOf(v.text), name: v.name }));
      return { agency: m.agency, year: m.year, metaFields: m.fields };
    }, { marks: true });
    expect(n.wrongHigh).toBe(0);
    expect(n.agencyRight / n.total).toBeGreaterThan(0.8);
  });

  it('should put metaFields in the output, valid against ReportSchema', async () => {
    const v = metaVariant(7);
    const report = await extract(new TextEncoder().encode(v.text), { name: v.name, format: 'text' });
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.meta.agency).toBe(v.truth.agency);
    expect(report.metaFields?.agency.confidence).toBeGreaterThan(0);
  });

  it('should read a web page past its breadcrumbs, site name and 来源 line, to the title printed on its own line', async () => {
    const page = `<html><head><meta charset="utf-8"><title>青山县财政局关于2023年政府信息公开工作年度报告_白马市人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; <a>年度报告</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 青山县财政局关于2023年政府信息公开工作年度报告</div>
<h1>青山县财政局关于二〇二三年度政府信息公开工作年度报告</h1>
<div>来源：白马市人民政府 发布时间：2024-01-22 浏览次数：12</div>
<p>根据《中华人民共和国政府信息公开条例》要求编制本报告。本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。</p>
<p>一、总体情况</p><p>本年度全年主动公开政府信息1254条。</p>
<p>二、主动公开政府信息情况</p><p>六、其他需要报告的事项</p><p>无。</p>
<p>青山县财政局</p><p>2024年1月20日</p>
</body></html>`;
    const report = await extract(new TextEncoder().encode(page), { name: 'page.html', format: 'html' });
    expect(report.meta).toMatchObject({ title: '青山县财政局关于二〇二三年度政府信息公开工作年度报告', agency: '青山县财政局', year: 2023, publishedAt: '2024-01-20' });
    expect(report.metaFields?.agency.agreeing).toEqual(['title', 'signOff']);
    expect(report.metaFields?.publishedAt.flags).toContain('conflict'); // signed 01-20, 发布时间 01-22
  });
});

describe('agency and year in doubt, for people', () => {
  it('should name an unconfirmed agency or year in the attention text of the exports and review pages', async () => {
    const read = async (text: string) => {
      const report = await extract(new TextEncoder().encode(text), { name: 'a.txt', format: 'text' });
      return attentionOf({ file: 'a.txt', sha256: report.source.sha256, ok: true, ms: 0, report });
    };
    const alone = await read(`青山县财政局2023年政府信息公开工作年度报告\n${BODY}`);
    expect(alone.metaInDoubt).toEqual(['agency', 'year']);
    expect(attentionText(alone)).toContain('机关、年度需核对');
    const signed = await read(`青山县财政局2023年政府信息公开工作年度报告\n${BODY}\n青山县财政局\n2024年1月20日`);
    expect(signed.metaInDoubt).toEqual([]);
    expect(attentionText(signed)).not.toContain('需核对');
  });
});

describe('a title a crawler joined to a date after it', () => {
  it.each([
    ['沐阳县人民政府2025年政府信息公开工作年度报告沐阳县人民政府 (2026年1月23日)', '沐阳县人民政府2025年政府信息公开工作年度报告'],
    ['示例市第301局2024年政府信息公开工作年度报告11/25/26, 1:55 PM', '示例市第301局2024年政府信息公开工作年度报告'],
  ])('should cut %s at the report words, trimmed and below 0.9', (line, title) => {
    const m = scoreMeta(extractMeta({ lines: linesOf([line, '一、总体情况', '本机关依法公开政府信息。'].join('\n')), name: 'joined.txt' }));
    expect(m.title).toBe(title);
    expect(m.fields.title.flags).toContain('trimmed');
    expect(m.fields.title.confidence).toBeLessThan(0.9);
  });
});

describe('a year the title does not print (a LibreOffice print lost the title, or split its year off)', () => {
  const OVERVIEW = (y: number) => `一、总体情况\n${y} 年，黔东南苗族侗族自治州住房和城乡建设局认真贯彻落实政府信息公开工作要求，全年主动公开信息若干条，较${y - 1}年有所增加。\n二、主动公开政府信息情况\n五、存在的主要问题及改进情况\n${y + 1}年，我局将加强培训。\n六、其他需要报告的事项\n本年度未收取信息处理费。`;

  it("should read it from 一、总体情况's first words, confirmed by a sign-off dated the next January", () => {
    const m = meta(`报告\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n${OVERVIEW(2020)}\n黔东南苗族侗族自治州住房和城乡建设局\n2021 年 1 月 24 日`);
    expect(m.year).toBe(2020);
    expect(m.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
    expect(m.fields.year.source?.from).toBe('body');
    // Alone it is one place.
    const alone = meta(`报告\n${OVERVIEW(2020)}`);
    expect(alone.year).toBe(2020);
    expect(alone.fields.year.confidence).toBeLessThan(0.9);
    // A title of another year: the places disagree.
    expect(meta(`黔东南州住建局2021年政府信息公开工作年度报告\n${OVERVIEW(2020)}`).year).toBeNull();
  });

  it("should read a year printed on a line of its own beside a title without one ('（2022年度）', '2022年')", () => {
    for (const title of ['喀什地区自然资源局政府信息公开工作年度报告\n（2022年度）', '喀什地区自然资源局政府信息公开工作年度报告\n2022年', '二〇二二年\n喀什地区自然资源局政府信息公开工作年度报告']) {
      const m = meta(`${title}\n${BODY}\n喀什地区自然资源局\n2023年1月20日`);
      expect(m.year).toBe(2022);
      expect(m.fields.year.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("should take the year before the sign-off's date when nothing prints the year, unconfirmed and low", () => {
    const m = meta(`喀什地区自然资源局政府信息公开工作年度报告\n${BODY}\n喀什地区自然资源局\n2024年1月20日`);
    expect(m.year).toBe(2023);
    expect(m.fields.year.confidence).toBeLessThan(0.85);
    expect(m.fields.year.flags).toContain('unconfirmed');
    // Nothing dated: no year; '本年度' names none, a year named later in the body ('较2022年') is another one.
    expect(meta(`喀什地区自然资源局政府信息公开工作年度报告\n一、总体情况\n本年度，我局深入推进政务公开，与2022年相比公开数量有所增加。\n六、其他需要报告的事项\n无。`).year).toBeNull();
  });
});

describe('an agency with a hole: characters a font maps to the private-use area, or to no character', () => {
  it('should read a name holding a private-use or control character anywhere, its first letter too, as damaged', () => {
    for (const name of ['\ue357宁市青秀区司法局', '南宁市青秀区司\ue123局', '\u0085宁市青秀区司法局']) {
      const m = meta(`${name}2024年政府信息公开工作年度报告\n${BODY}\n${name}\n2025年1月20日`);
      expect(m.fields.agency.flags).toContain('damaged');
      expect(m.fields.agency.confidence).toBeLessThanOrEqual(0.4);
      expect(m.fields.title.confidence).toBeLessThanOrEqual(0.4);
    }
    // One place prints the name whole: that one, from one place.
    const whole = meta(`\ue357宁市青秀区司法局2024年政府信息公开工作年度报告\n${BODY}\n南宁市青秀区司法局\n2025年1月20日`);
    expect(whole.agency).toBe('南宁市青秀区司法局');
    expect(whole.fields.agency.confidence).toBeLessThan(0.9);
    // An icon-font glyph before a title, apart from it, is not the name's.
    const icon = meta(`\ue600 南宁市青秀区司法局2024年政府信息公开工作年度报告\n${BODY}\n南宁市青秀区司法局\n2025年1月20日`);
    expect(icon.agency).toBe('南宁市青秀区司法局');
    expect(icon.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should not confirm a name by one that lost its first letter inside a word (the dropped form)', () => {
    const m = meta(`沭阳县自然资源局2023年政府信息公开工作年度报告\n${BODY}\n阳县自然资源局\n2024年1月20日`);
    expect(m.agency === null || m.fields.agency.confidence < 0.9).toBe(true);
    expect(m.agency).not.toBe('阳县自然资源局');
  });

  it('should give no wrong agency at confidence >= 0.9 on generated holes a trace of which is printed (seeds not tuned on)', async () => {
    const { puaVariant, scoreGaps } = await import('../scripts/meta-gap-variants.mjs');
    const seeds = Array.from({ length: 120 }, (_, i) => 7000 + i);
    const n = await scoreGaps(seeds, puaVariant, async (v) => {
      const m = meta(v.text.trimEnd(), v.name);
      return { agency: m.agency, metaFields: m.fields };
    }, ['agency']);
    for (const kind of ['agency.kept', 'agency.lost', 'agency.dropped']) expect(n[kind]?.wrongHigh ?? 0).toBe(0);
  });
});

describe('a sign-off whose name wrapped onto two lines', () => {
  it("should join the name's halves when together they are the title's name, and not confirm the second half alone", () => {
    const m = meta(`辽宁省鞍山高新技术产业开发区管理委员会2023年政府信息公开工作年度报告\n${BODY}\n辽宁省鞍山高新技术\n产业开发区管理委员会\n2024年1月24日`);
    expect(m.agency).toBe('辽宁省鞍山高新技术产业开发区管理委员会');
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
