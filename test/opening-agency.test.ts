/**
 * An untitled article body (a CMS's content field saved alone) whose agency is named only as the subject of the overview's
 * opening sentence, after a time phrase (meta/body `writtenBy`; scripts/year-list-title-variants.mjs --kind opening).
 */
import { writtenBy } from '../src/meta/body.js';
import type { Line } from '../src/model/document.js';

const lines = (...texts: string[]): Line[] => texts.map((t, i) => ({ cells: [t], source: { line: i + 1 } }) as Line);

describe('the agency an opening sentence names', () => {
  it.each([
    ['2022年，青山区教育局在市委市政府的正确领导下，认真贯彻落实《条例》。', '青山区教育局'],
    ['2023年以来，双河镇人民政府认真贯彻落实党中央、国务院关于政务公开的决策部署。', '双河镇人民政府'],
    ['2023年度，城关街道办事处坚持以公开为常态、不公开为例外。', '城关街道办事处'],
  ])('should read the subject of %s', (opening, agency) => {
    expect(writtenBy(lines('一、总体情况', opening, '（一）主动公开'))?.agency).toBe(agency);
  });

  it('should read it after the report preamble', () => {
    const preamble = '根据《中华人民共和国政府信息公开条例》规定，特向社会公布本年度政府信息公开工作年度报告。';
    expect(writtenBy(lines(preamble, '一、总体情况', '2022年，青山区财政局认真贯彻落实《条例》。'))?.agency).toBe('青山区财政局');
  });

  it('should read no agency from a sentence that does not open the overview so', () => {
    // (The subject is 我局; a later sentence naming another body; no opening words after the name.)
    expect(writtenBy(lines('2024年，我局将进一步推进政务公开。'))).toBeNull();
    expect(writtenBy(lines('本机关全年共收到申请12件。', '全年受理申请12件。', '答复12件。', '2023年，市人民政府办公室认真组织培训。'))).toBeNull();
    expect(writtenBy(lines('2023年，青山区教育局印发了《政务公开工作要点》。'))).toBeNull();
  });
});
