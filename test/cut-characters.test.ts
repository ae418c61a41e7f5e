/**
 * Text hard-wrapped by a byte-counting wrapper (GNU `fold -w N`): characters cut in two over a line
 * break are made whole and the lines joined back on the bytes (load/cut-characters.ts, load/decode.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { decodeText } from '../src/load/decode.js';
import { mendCutCharacters, unfoldByteWrap } from '../src/load/cut-characters.js';
import { OWN_START } from '../src/layout/hard-wrap.js';

/** GNU `fold -w width`: UTF-8 bytes, a tab to the next stop of 8, every line cut exactly at the width. */
function foldBytes(text: string, width: number): Uint8Array {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    let col = 0;
    for (const b of Buffer.from(line, 'utf8')) {
      const next = b === 9 ? col + 8 - (col % 8) : col + 1;
      if (next > width) {
        out.push(10);
        col = b === 9 ? 8 : 1;
      } else col = next;
      out.push(b);
    }
    out.push(10);
  }
  return Uint8Array.from(out);
}

const DUMP = [
  '临川市某某局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息，依法规范办理政府信息公开申请，按时答复。',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量\t5932\t2661\t466\t624\t1292\t538\t11513',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t326\t\t98\t47\t\t471',
  '2.其他法律行政法规禁止公开\t\t\t\t36\t244\t183\t463',
  '行政处罚\t1628\t-5\t770',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
].join('\n');

describe('a UTF-8 text folded at a fixed byte width', () => {
  it('should read back the text as it was, no character replaced, at widths from 20 to 80 bytes', () => {
    for (const width of [20, 27, 40, 53, 80]) {
      const folded = foldBytes(DUMP, width);
      const { text, invalid } = decodeText(folded);
      expect(invalid).toBe(0);
      expect(text).not.toContain('\ufffd');
      // A line exactly as wide as the fold is joined to the next unless that one starts a heading or an item: none here is.
      expect(text.trimEnd()).toBe(DUMP);
    }
  });
  it('should keep lines apart that were not cut: a line below the width, a heading after a full line', () => {
    const lines = ['标题行', '五、存在的主要问题'];
    const bytes = foldBytes(`${'甲'.repeat(20)}\n${lines.join('\n')}\n${'乙'.repeat(30)}`, 40);
    const text = decodeText(bytes).text.split('\n');
    expect(text).toContain('标题行');
    expect(text).toContain('五、存在的主要问题');
    expect(text).toContain('乙'.repeat(30));
  });
  it('should move nothing when a line break inside a character is not followed by its missing bytes, nor in a file with one cut only', () => {
    const stray = Uint8Array.from([...Buffer.from('行政许可'), 0xe5, 0x0a, ...Buffer.from('行政处罚\n')]);
    expect(mendCutCharacters(stray)).toBeNull();
    const one = Uint8Array.from([...Buffer.from('一二三四五六'), 0xe4, 0x0a, 0xb8, 0x83, ...Buffer.from('八九\n十\n')]);
    expect(unfoldByteWrap(one, (l) => OWN_START.test(l))).toBeNull();
    // …yet its character is made whole (moved after the break): nothing read as U+FFFD.
    expect(decodeText(one).text).toBe('一二三四五六\n七八九\n十\n');
  });
});
