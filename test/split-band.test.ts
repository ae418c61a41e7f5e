/**
 * A band of table 三 rows printed left columns first, then right columns (map/split-band): plain
 * `pdftotext` of a LibreOffice-printed 2019 report reads the 其他 and 总计 columns of the top rows
 * as flows of their own. The stream below is the value lines of such a dump as printed ('/' marks a
 * line after a blank line or a label: a break), the expected grid that PDF's `pdftotext -layout`.
 */
import { alignSegments, alignStream } from '../src/map/stream-align.js';
import { segmentGroup } from '../src/map/table-stream.js';
import { solve } from '../src/solve/index.js';
import { splitBandReads } from '../src/map/split-band.js';
import { TEMPLATE_2019 } from '../src/template/index.js';
import { r11Layout, r11Printed } from './helpers/r11-stream.js';

const specs = TEMPLATE_2019.requestRows;
const ids = TEMPLATE_2019.identities;

// breakit45 r11 with its 总计 printed right (58): a wrong printed total is stream-breaks' matter.
const PRINTED = r11Printed(58);
const LAYOUT = r11Layout(58);

describe('split band: left columns, then right columns', () => {
  it('reads a LibreOffice 2019 table 三 whose top rows print 其他/总计 apart: the one reading is the printed table', () => {
    expect(LAYOUT).toHaveLength(specs.length);
    const readings = alignStream('requests', PRINTED, specs, ids);
    expect(readings).not.toBeNull();
    expect(readings!.map((r) => r.rows)).toEqual([LAYOUT]);
  });

  it('reads it where the label of each top row starts a pile of its own (printed before its left cells; the right part runs on after the piles)', () => {
    // As map/label-piles cuts that dump: a pile before each of rows 一 … （三）1 and one before 2.其他法律.
    const cuts = specs.map((_, r) => r <= 5);
    const accept = (segs: ReturnType<typeof alignSegments> & object): boolean => {
      const { stats } = solve(segs.map((seg) => segmentGroup('requests', specs, seg)), ids);
      return stats.violations === 0 && !stats.exhausted;
    };
    const segments = alignSegments('requests', PRINTED, specs, ids, accept, false, undefined, cuts);
    expect(segments).not.toBeNull();
    const fields = solve(segments!.map((seg) => segmentGroup('requests', specs, seg)), ids).fields;
    specs.forEach((spec, r) => spec.columns.forEach((c, ci) => expect([spec.key, c, fields.get(`requests.${spec.key}.${c}`)?.value]).toEqual([spec.key, c, LAYOUT[r]![ci]])));
  });

  it('lists each structure of a band whose rows keep their totals, distinct grids only', () => {
    // Two rows of 3 cells (a + b = total): left part 1 column, right part 2 columns by column.
    const holds = (_: number, row: readonly number[]): boolean => row[0]! + row[1]! === row[2]!;
    const grids = splitBandReads([1, 2, 3, 5, 4, 7], 2, 3, holds, () => true);
    expect(grids).toContainEqual([[1, 3, 4], [2, 5, 7]]);
    for (const g of grids!) for (const [rr, row] of g.entries()) expect(holds(rr, row)).toBe(true);
    // A part may start only where the stream breaks.
    expect(splitBandReads([1, 2, 3, 5, 4, 7], 2, 3, holds, () => false)).toEqual([]);
  });
});
