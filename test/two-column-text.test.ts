/**
 * A `pdftotext -layout` page printed in two text columns is read column by column
 * (layout/two-column-text.ts); a borderless table (labels apart from their numbers), a wide table
 * row and a prose page are left as they are. Pages are written by hand in the shape
 * `pdftotext -layout -fixed 3` gives a Letter page in two CSS columns (left column at 7, right at 106).
 */
import { readTextColumns } from '../src/layout/two-column-text.js';

const RIGHT_AT = 106;
const PROSE_L = '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息';
const PROSE_R = '依法规范办理政府信息公开申请，按时答复，做到应公开尽公开';

/** A line with `left` at column 7 and `right` at column RIGHT_AT. */
const pair = (left: string, right: string): string => `${' '.repeat(7)}${left}`.padEnd(RIGHT_AT, ' ') + right;

/** A page of `n` lines: prose on both sides with a table row on each (a label and its numbers). */
function twoColumnPage(n = 40): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 2) lines.push(pair(`行政许可${i}          ${i + 100}件          ${i + 3}件`, `行政处罚${i}          ${i + 200}件          ${i + 9}件`));
    else if (i % 5 === 4) lines.push('');
    else lines.push(pair(PROSE_L, PROSE_R));
  }
  return lines.join('\n');
}

describe('readTextColumns', () => {
  it('writes a two-column page left column first, then the right column after a page feed', () => {
    const page = twoColumnPage();
    const out = readTextColumns(`${page}\n\f`);
    const [left, right] = out.split('\f');
    expect(left).toContain(PROSE_L);
    expect(left).not.toContain(PROSE_R);
    expect(right).toContain(PROSE_R);
    expect(right).not.toContain(PROSE_L);
    // The right column keeps its own alignment: its rows start where its prose does, cells as printed.
    const rightLines = right!.split('\n');
    const indent = rightLines.find((l) => l.includes(PROSE_R))!.indexOf(PROSE_R);
    expect(rightLines.find((l) => l.includes('行政处罚2'))).toBe(`${' '.repeat(indent)}行政处罚2          202件          11件`);
  });

  it("cuts a page of table rows in both columns at the gutter of the dump's two-column page, not alone", () => {
    const rows = Array.from({ length: 20 }, (_, i) => pair(`${i}.属于国家秘密          ${i + 10}件          ${i}件`, `${i}.其他法律行政          ${i + 50}件          ${i + 1}件`)).join('\n');
    const out = readTextColumns(`${twoColumnPage()}\n\f${rows}\n\f`).split('\f');
    expect(out).toHaveLength(5);
    expect(out[2]).toContain('3.属于国家秘密');
    expect(out[2]).not.toContain('其他法律行政');
    expect(out[3]).toContain('3.其他法律行政');
    const alone = `${rows}\n\f`;
    expect(readTextColumns(alone)).toBe(alone);
  });

  it('leaves a borderless table (labels apart from their numbers) as it is', () => {
    const rows = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? pair(PROSE_L, '') : pair(`${i}.属于国家秘密的事项`, `${i * 7}    ${i * 3}    ${i}    ${i + 1}    0`)));
    const text = `${rows.join('\n')}\n\f`;
    expect(readTextColumns(text)).toBe(text);
  });

  it('leaves a prose page and text without page feeds as they are', () => {
    const prose = `${Array.from({ length: 30 }, () => `       ${PROSE_L}${PROSE_R}`).join('\n')}\n\f`;
    expect(readTextColumns(prose)).toBe(prose);
    const noFeed = twoColumnPage();
    expect(readTextColumns(noFeed)).toBe(noFeed);
  });
});
