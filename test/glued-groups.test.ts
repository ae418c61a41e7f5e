/**
 * Counts with thousands separators wrapped in narrow value cells of a Chromium print, as pypdf's
 * `extract_text()` and PDFBox's ExtractText write them (scripts/chrome-break-variants.mjs --wide --dump
 * pypdf|pdfbox, dev seeds 10 and 12: table 三 all ambiguous before). pypdf: the row's label glued to its
 * first cell's first line, a line break where a cell wraps, the next cell glued on ('…数量46,5' / '8623,0' /
 * … / '55'); PDFBox: every piece a line of its own. The separators tie the pieces (tables/glued-groups,
 * layout/cut-groups joinGluedGroupChains); what they and the identities do not determine stays open.
 */
import { gluedGroupPieces, splitGrouped } from '../src/tables/glued-groups.js';
import { joinGluedGroupChains } from '../src/layout/cut-groups.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { makeValues } from '../scripts/template-data.mjs';
import { activeTable, base, renderRows, requestTable, reviewTable, textReport } from '../scripts/make-samples.mjs';
import { conf, read, value } from './helpers/report-fields.js';

/** A cell's text cut every `width` characters (Chromium's break-all in a cell `width` characters wide). */
const piecesOf = (text: string, width: number): string[] => text.match(new RegExp(`.{1,${width}}`, 'g')) ?? [''];

/** A report whose table 三 prints 3–5 digit counts grouped ('46,586') in cells 4 characters wide, dumped as `how` writes it. */
function wrappedReport(seed: number, how: 'pypdf' | 'pdfbox'): { text: string; data: ReturnType<typeof makeValues> } {
  const data = makeValues(seed, { version: '2021', scale: 30000 });
  const rows = requestTable(data, false).map((row: { kind: string; cells: string[] }) => {
    if (row.kind !== 'data') return row.cells.join('');
    const [label, ...cells] = row.cells;
    const grouped = cells.map((c) => (/^\d{4,}$/.test(c!) ? Number(c).toLocaleString('en-US') : c!));
    // pypdf: a wrap inside a cell a line break, the next cell's first line glued on; PDFBox: a line a piece.
    return how === 'pypdf' ? `${label}${grouped.map((c) => piecesOf(c, 4).join('\n')).join('')}` : [label, ...grouped.flatMap((c) => piecesOf(c, 4))].join('\n');
  });
  const b = base(seed, { version: '2021' });
  const text = textReport({ ...b, tables: { activeDisclosure: renderRows(activeTable(data, '2021'), 'tab'), requests: rows.join('\n'), reviewLitigation: renderRows(reviewTable(data), 'tab') } });
  return { text, data };
}

const KEYS = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'totalHandled', 'carriedForward'];
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

describe('counts with thousands separators glued across narrow cells', () => {
  it('splits a glued run only where the groups allow', () => {
    expect(splitGrouped('46,58623,018', 2)).toEqual([['46,586', '23,018']]);
    expect(splitGrouped('23,018', 2)).toEqual([['2', '3,018']]);
    expect(splitGrouped('2169,527', 1)).toEqual([]);
    expect(splitGrouped('2169,527', 2)).toEqual([['2', '169,527'], ['21', '69,527'], ['216', '9,527']]);
    expect(splitGrouped('08,249', 2)).toEqual([['0', '8,249']]);
    // Cut where a group completes: 46,586 | 23,018 …; a piece with one head digit is one count; a group cut short is no reading.
    expect(gluedGroupPieces('46,58623,0182,110')).toEqual([{ printed: '46,586', fixed: false }, { printed: '23,018', fixed: false }, { printed: '2,110', fixed: true }]);
    expect(gluedGroupPieces('12,34')).toBeNull();
    expect(gluedGroupPieces('1,234')).toBeNull();
  });

  it('reads such a run as its counts, not as one count the text does not give', () => {
    const parts = tokenizeCell('信息公开申请数量46,58623,0182,110').parts.filter((p) => p.kind === 'num');
    expect(parts.map((p) => (p.kind === 'num' ? [p.raw, p.fusable] : null))).toEqual([['46586', true], ['23018', true], ['2110', false]]);
    // A 0 glued before a grouped count ('07,095') is no count 7,095.
    expect(tokenizeCell('0 919 07,095').parts.filter((p) => p.kind === 'num').map((p) => (p.kind === 'num' ? p.fusable : null))).toEqual([false, false, true]);
  });

  it("joins pypdf's chain of a row's pieces where a line ends inside a group, and PDFBox's line-a-piece chain after its label", () => {
    expect(joinGluedGroupChains(['一、本年新收', '数量46,5', '8623,0', '182,11', '0', '二、上年结转', '数量2 0 2'])).toEqual(['一、本年新收', '数量46,58623,0182,110', '二、上年结转', '数量2 0 2']);
    expect(joinGluedGroupChains(['申请数量', '46,5', '86', '23,0', '18', '二、'])).toEqual(['申请数量', '46,58623,018', '二、']);
    // PDFBox's pieces on one baseline one space apart, the label's line printing the first of them.
    expect(joinGluedGroupChains(['公开 0 0 73', '0 0 46', '8', '1,', '65', '3', '2,8', '51', '（二）'])).toEqual(['公开 0 0 730 0 4681,6532,851', '（二）']);
    // No line ends inside a group, or the joined run is no counts: as printed.
    for (const lines of [['数量465', '86', '二、'], ['数量46,5', '8623,04', '二、'], ['517', '645', '2']]) expect(joinGluedGroupChains(lines)).toEqual(lines);
  });

  for (const how of ['pypdf', 'pdfbox'] as const) {
    it(`reads table 三 of a ${how} dump whose cells wrap grouped counts, never a wrong value at 0.8 or more`, async () => {
      const { text, data } = wrappedReport(3, how);
      const r = await read(new TextEncoder().encode(text));
      let right = 0;
      for (const key of KEYS) {
        for (const col of COLS) {
          const k = `requests.${key}.${col}`;
          const want = (data.requests as any)[key][col];
          if (value(r, k) === want) right++;
          else if (value(r, k) !== null) expect([k, value(r, k), conf(r, k) < 0.8]).toEqual([k, value(r, k), true]);
        }
      }
      // Before: 一 and every row with a grouped count unread (ambiguous), 0 of them right.
      for (const col of COLS) expect([col, value(r, `requests.newReceived.${col}`)]).toEqual([col, (data.requests as any).newReceived[col]]);
      expect(right).toBeGreaterThanOrEqual(35);
    });
  }
});
