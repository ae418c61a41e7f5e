/**
 * A space-aligned table whose header has a column no row fills (a report printing zeros as blanks,
 * 科研机构 empty in every row; `pdftotext -fixed 3` / `-layout`): the columns come from the header
 * words above the rows, wrapped and centred in narrow cells (layout/header-columns); and a value
 * stream printing thousands separators ('2,040') is still a stream of plain counts (map/plain-count).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { streamValues } from '../src/map/table-stream.js';
import type { TableRow } from '../src/tables/build-rows.js';

const none = (): boolean => false;

/** A line whose pieces start at the given character positions (null: nothing printed there). */
const at = (pieces: readonly (string | null)[], starts: readonly number[]): string => {
  let line = '';
  pieces.forEach((p, j) => {
    if (p !== null) line = line.padEnd(starts[j]!) + p;
  });
  return line;
};

const _ = null;
/** `pdftotext -fixed 3` of a Chromium table: header words centred in narrow cells, numbers left-aligned at the cells' left edges. */
const HEAD = [59, 106, 114, 125, 135, 150, 166, 173];
const TAIL = [107, 117, 128, 140, 155, 166, 173];
const NUMS = [22, 105, 114, 125, 135, 150, 165, 172];
const fixed3 = [
  at(['法人或其他组织'], [133]),
  at(['项    目', '自然', '商业企', '科研机', '社会公益组', '法律服务机', '其', '总'], HEAD),
  at(['人', '业', '构', '织', '构', '他', '计'], TAIL),
  at(['一、本年新收政府信息公开申请数量', '18', '32', _, '9', '10', '14', '83'], NUMS),
  at(['二、上年结转政府信息公开申请数量', '2', '1', _, _, '1', _, '4'], NUMS),
  at(['（一）予以公开', _, '19', _, '2', '4', '3', '28'], NUMS),
];

describe('header columns of a space-aligned table', () => {
  it('keeps the place of a column no row fills when the header names it', () => {
    const cells = alignedRowCells(fixed3, none);
    expect(cells.get(3)).toEqual(['一、本年新收政府信息公开申请数量', '18', '32', '', '9', '10', '14', '83']);
    expect(cells.get(4)).toEqual(['二、上年结转政府信息公开申请数量', '2', '1', '', '', '1', '', '4']);
    expect(cells.get(5)).toEqual(['（一）予以公开', '', '19', '', '2', '4', '3', '28']);
  });

  it('does not place numbers centred under long header words by the header', () => {
    // Centred: '3' starts inside 社会公益组's word, far from the next word; the header places nothing.
    const centred = [fixed3[0]!, fixed3[1]!, fixed3[2]!, at(['一、本年新收', '18', '32', _, '3', '10', '14', '83'], [22, 105, 114, 125, 139, 150, 165, 172]), at(['二、上年结转', '2', '1', _, '3', '1', '1', '4'], [22, 106, 115, 125, 139, 151, 166, 172])];
    const cells = alignedRowCells(centred, none);
    expect(cells.get(3)?.length ?? 0).not.toBe(8);
  });

  it('reads no header columns over a dump printing one value per line', () => {
    const raw = ['自然人 商业企 科研机 社会公 法律服 其他 总计', '收政府信息 1,485', '转政府信息 72', '（一）予以公开 782'];
    expect([...alignedRowCells(raw, none).values()].some((c) => c.length > 3)).toBe(false);
  });
});

describe('streamValues', () => {
  const row = (raw: string, line: number): TableRow =>
    ({ label: '', pending: '', values: [{ kind: 'num', value: Number(raw.replace(/,/g, '')), raw, fusable: false }], blankCells: 0, source: { line, text: raw } }) as unknown as TableRow;

  it('takes counts printed with thousands separators as plain counts', () => {
    const stream = streamValues([row('2,040', 1), row('7', 2), row('1,940', 3)]);
    expect(stream?.map((t) => t.value)).toEqual([2040, 7, 1940]);
  });

  it('takes no run of digits grouped otherwise than by three', () => {
    expect(streamValues([row('20,40', 1), row('7', 2)])).toBeNull();
  });
});
