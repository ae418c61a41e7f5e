/**
 * A report whose title is not read and whose every table is printed blank (fresh50 k4/pdfbox c07: a CMS byline line
 * '发布时间：… 来源：… 浏览次数：373' right above a title wrapped over two lines; a small office printing every count as an
 * empty cell). No value is placed, and `extract` threw E_NOT_A_REPORT whenever the title was missing too, though the six
 * report headings were all there. Four headings or more make it a report (fields missing, warned), not an error; a text
 * with fewer and no title stays E_NOT_A_REPORT.
 */
import { extract } from '../src/index.js';

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const text = (headings: readonly string[]): Uint8Array =>
  new TextEncoder().encode(['首页 > 政府信息公开 > 政府信息公开年报', ...headings.flatMap((h) => [h, '本机关认真贯彻落实条例，持续推进政务公开工作。'])].join('\n'));

describe('a report with no title read and every table printed blank', () => {
  it('is read as a report (fields missing, warned) when it prints four report headings or more', async () => {
    const r = await extract(text(HEADINGS), { name: 'untitled.txt' });
    expect(Object.values(r.fields).every((f) => f.confidence < 0.8)).toBe(true);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('stays E_NOT_A_REPORT with two report headings and no title', async () => {
    await expect(extract(text(HEADINGS.slice(0, 2)), { name: 'two.txt' })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT' });
  });
});
