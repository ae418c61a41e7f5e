/**
 * @file Stage 7, score: per-field confidence from recorded evidence, in one place.
 *
 * Evidence (src/score/evidence.ts) is kept apart: (a) digits, (b) column, (c) row placement by
 * label, (d) cross-checks. Formula (all numbers are the named constants below):
 *  1. base from placement: by label `0.55 + 0.4 × labelScore`; by column order (table 四) 0.95;
 *     by position only 0.8.
 *  2. checks: any identity through the field fails → `base × 0.6`; otherwise, when at least one
 *     holds → `base + (1 − base) × 0.6` (the identities confirm the reading). A member of a failed
 *     identity that no explanation of the failures names (failure-site.ts: one or two wrong cells,
 *     derived values unknowns) is scored on the identities that hold through it, flagged `checkFailed`
 *     still; a cell an explanation names that no failed identity runs through is scored as through
 *     one (× 0.6, `checkFailed`: it holds only beside a member that may be wrong the same way). An identity left out of
 *     the checks for an ambiguous member fails too when none of its candidates satisfies it
 *     (identity-doubt.ts `unseenFailures`).
 *  3. caps by flag: position / repaired / derived / narrative / unitAssumed / collapsed / joined / scaled ≤ 0.85 (a guess is never ≥ 0.9);
 *     unitUnsure (a money unit stated twice differently, not understood, or none for an amount > 100 000 万元) ≤ 0.7;
 *     ocr (read from a scan) ≤ 0.85 unless every identity through it holds and at least two of them
 *     run through other cells that were read, not derived (OCR errors correlate: one sum is not enough);
 *     ≤ 0.75 where no identity reaches it (table 二: nothing could confirm it);
 *     an OCR'd amount read as a whole number (not 0) that no identity confirms ≤ 0.6 with `candidates`
 *     [as read, ÷ 100] (a lost decimal point: '3975.95' read 397595); an OCR'd row placed by position
 *     between rows whose labels did not read (not by its grid's row order) ≤ 0.6 unless (d) below holds;
 *     an OCR'd value repaired (another reading of the cell chosen by the identities) ≤ 0.6: a misread
 *     and a printed-wrong total look alike on a scan;
 *     repaired with no identity reaching other rows read independently (evidence (d)) ≤ 0.7: its own row total is what the repair satisfies;
 *     a count read with other than three decimals (an amount out of place) ≤ 0.6 (MISPLACED_AMOUNT_CAP);
 *     a blank cell of table 二 in a row read repaired or by position, unconfirmed, ≤ 0.7 (ACTIVE_BLANK_PLACED_CAP);
 *     flagged position (placed by position, or by an order the identities cannot confirm) with no identity reaching other rows that holds with other than zeros
 *     (only its own row total, or 0 = 0: a row one off reads so anywhere) ≤ 0.7;
 *     blank ≤ 0.9 when an identity reaching other rows confirms it, else ≤ 0.85; segmented ≤ 0.92
 *     when every identity through the field holds and one of them reaches other rows read apart (its
 *     own row total alone: the run's other splits may sum to it as well), else ≤ 0.7, and ≤ 0.7 when the row's label runs
 *     several numbered sub-rows together; labelPartial (a label read in part or joined from another
 *     line) ≤ 0.85 unless (d) below holds, ≤ 0.75 when the label matched only fuzzily too or no identity
 *     runs through the field (PARTIAL_FUZZY_UNCONFIRMED_CAP); a blank cell of a table-二 row printed with no
 *     value at all ≤ 0.75 unless an identity confirms it (ACTIVE_EMPTY_ROW_CAP); marked ≤ 0.85 unless an identity through it holds, ≤ 0.75 in a row
 *     whose own total was left out for an unread cell (MARKED_OPEN_CAP); ambiguous and missing → 0.
 *  4. caps by evidence: a field reaches 0.9 only when its row placement is confirmed by something
 *     other than its own row — (c) an exact label (score ≥ 0.9) with every neighbouring template
 *     row placed by its label and resolved (not all missing or ambiguous) and no rival row, or (d) an identity reaching other rows whose other
 *     members were read independently and are not all 0. Otherwise ≤ 0.88 (a row total alone
 *     proves the digits, not the row). A row with a rival (another printed row naming the same
 *     template row with other values) or in a table printed twice with other values (last year's
 *     copy) ≤ 0.88 whatever the identities say. Digits in doubt (invisible characters, doubled glyphs) ≤ 0.85.
 *     A row whose own total was left out of the checks for an undecided cell: its fields ≤ 0.88 unless
 *     (d) holds through them (identity-doubt.ts: the row's reading broke where nothing shows it), ≤ 0.75
 *     when no identity was evaluated through the field at all (OPEN_UNCHECKED_CAP).
 *     Values read positionally as one run (Placement.run: table 四's 15 cells) ≤ 0.85 when an identity
 *     through any value of the run fails: a failing group shows the positions wrong for every group.
 *     Values read in an order nothing confirms (orderUnconfirmed) ≤ 0.85, and in table 四 ≤ 0.75 with no identity
 *     reaching other rows (ORDER_UNCHECKED_CAP: a row total holds whatever the order of its cells).
 *     A row joined from cells a stream printed apart beside a template row left unresolved ≤ 0.75 with no
 *     identity reaching other rows (APART_BESIDE_UNRESOLVED_CAP).
 *     A row read with empty cells beside its values whose total was not read (derived, cut off the page) ≤ 0.75
 *     unless (d) holds through the field (unprinted-total.ts UNPRINTED_TOTAL_CAP: the places are character positions);
 *     so is a cell derived in a row whose total was derived from it in turn (derivedInUnprintedRows), and a total
 *     derived in a table none of whose totals was read (totalsOfUnreadColumns: the printed total may disagree with its row).
 *     A row of table 三/四 with no total of its own (cut off the page, unread) that neither its label ((c)) nor (d) places
 *     ≤ 0.75 (ROW_UNTOTALLED_CAP). A derived value ≤ the weakest other member of the best identity holding through it
 *     (capDerivedByAddends: a total derived from cells read at 0.7 is no better than they are).
 *     In a document where most evaluated identities fail (≥ 5, ≥ half), a value no identity reaches
 *     (table 二) ≤ 0.85: the numbers printed are not what they seem, and nothing checks that one.
 *
 * Worked examples:
 *  - seed row '2. 其他法律法规禁止公开 0 0 0 0 0 0 0' matches '其他法律行政法规禁止公开' with
 *    labelScore 0.83 → base 0.88; its row total and column identities hold → 0.95. The label is not
 *    exact (< 0.9), so the row needs (d): the 总计 column identity holds with the other rows read
 *    from the page and a non-zero total → confirmed → 0.95.
 *  - the same row when every row of its column is 0: the column identity is 0 = 0 + … + 0 and
 *    confirms no placement; the label is not exact → capped at 0.88.
 *  - a blank tail line '机关确认或重新出具已获取信息' read as a row of empty cells (= 0): only its own
 *    total (0 = 0) holds → blank without cross confirmation → 0.85.
 *  - '行政许可 -2938' (a count) → flagged `negative` → ≤ 0.5 (NEGATIVE_CAP); 2019 本年增/减 '-15' is signed, not capped.
 *  - 采购总金额 '386500' with no unit in the row, its header or a unit line after it → unitAssumed → 0.85.
 *  - the seed's unlabeled first row ('2 0 0 0 0 0 2', placed by position) → base 0.8 → identities
 *    hold → 0.92 → capped by `position` → 0.85.
 *  - '一、本年新收 11 5 0 1 0 1 7' (for 11 5 0 0 1 0 17) with 其他 and 总计 ambiguous: 社会公益组织 1 has no
 *    identity evaluated (its column's balance has an ambiguous member too) → base 0.923 → row total
 *    left out → 0.88; 自然人 11, whose balance holds with read members → 0.969.
 */
import type { Placement } from '../map/index.js';
import type { Check, FieldFlag, FieldInfo } from '../schema/report.js';
import type { SolvedField } from '../solve/index.js';
import { MONEY_KEYS, SIGNED_KEYS } from '../template/index.js';
import type { Identity } from '../template/index.js';
import { EXACT_LABEL } from '../map/row-evidence.js';
import { evidenceFor, rowOf, rowsWithUnresolvedNeighbours, singlePartRow, type Evidence } from './evidence.js';
import { identitiesFor, rowsWithOpenTotal, unseenFailures } from './identity-doubt.js';
import { emptySwapRows, orderOnlyRows, orderPlacedRows } from './exchangeable-rows.js';
import { streamCopiedRows } from './stream-copies.js';
import { failureSites } from './failure-site.js';
import { blockOrderDoubt } from './block-order.js';
import { derivedInUnprintedRows, rowsPlacedUnchecked, rowsWithoutTotal, totalsOfUnreadColumns, UNPRINTED_TOTAL_CAP } from './unprinted-total.js';

const LABEL_BASE = 0.55;
const LABEL_WEIGHT = 0.4;
const COLUMNS_BASE = 0.95;
const POSITION_BASE = 0.8;
/** Multiplier when an identity through the field fails as printed. */
const FAILED_CHECK_FACTOR = 0.6;
/** Share of the remaining doubt removed when the identities through the field hold. */
const CONFIRM_SHARE = 0.6;
const GUESS_CAP = 0.85;
/**
 * A money amount whose unit is in doubt (`unitUnsure`, map/units): two statements of the unit disagree, one was not
 * understood ('单位：美元', a cut '单位：万'), or none was printed for an amount implausible in 万元 (> 100 000). The
 * amount may be off by 10 000: below the 0.8 band ('单位：元' line + '（万元）' header was 6993900 at 0.95).
 */
const UNIT_UNSURE_CAP = 0.7;
/**
 * A row placed by position (its label lost or never matched), or by an order among rows the identities
 * cannot tell apart (exchangeable-rows.ts; flag `position` both), that no identity reaching other rows
 * confirms with something other than zeros (evidence (d)): its own row total holds wherever the row
 * sits, and a row of blanks or '—' sums to 0 = 0 in any place. A value row matched to the pile of
 * labels one row off (mutool poster -x 2 half pages: labels on one page, values on the other;
 * LibreOffice .odt prints whose label column is squeezed to one character per line) comes out so,
 * wrong, at 0.85 (borderless-pdf-variants poster-x2, breakit53 lo-odt/r10). Well below 0.8.
 */
const POSITION_UNCONFIRMED_CAP = 0.7;
/**
 * A value derived through the identities from a total the narrative states (map/narrative), no cell of its own
 * read: the narrative's number may be a table row's printed as text, or another year's; it confirms nothing.
 */
const NARRATIVE_DERIVED_CAP = 0.6;
/**
 * A number joined from two printed pieces ('1' / '62' → 162; map/stream-moves, a wrapped cell): a
 * guess unless an identity whose other members were read independently holds through exactly that
 * join (evidence undecodedChecks: not another decoded cell). Table 二's counts sit in no identity: a join there ('1' of one column and
 * '253' of another → 1253) is never confirmed, and well below 0.9 (issue 15; breakit51 arch-gbpg/e00,
 * p2t-M4/e02 3081 for 81).
 */
const JOINED_UNCONFIRMED_CAP = 0.6;
/**
 * A cell a stream decoder made by a collapse (one printed token read as a run of identical cells: map/stream-moves) that no
 * identity confirms through members read as tokens of their own (evidence undecodedChecks): the run's length is the
 * decoder's choice, and the members of the same decode confirm it whatever it is — the moves were chosen so that the row
 * sums. A pdftohtml -s dump of an A5 print whose 4–5 digit counts wrap in three pieces ('2,' / '27' / '1') read table 三's
 * 予以公开 as 0 0 0 0 0 2 | 2 for 0 2271 655 498 0 202 | 3626, the total at 0.85 `collapsed` through five collapsed members
 * (fresh47 narrow-2019.a5.p2hs; collapse48). Below 0.8, as an unconfirmed repair is.
 */
const COLLAPSED_UNCONFIRMED_CAP = 0.75;
/**
 * A value the identities chose (`repaired`: a row printed too many or too few numbers, cells joined or
 * split, shifted, a hole filled) that no identity reaching other rows read independently confirms
 * (evidence (d) rowByCheck): its own row total is the identity the repair was chosen to satisfy, so it
 * is no evidence — and where the total is printed wrong, the repair that satisfies it is wrong by
 * construction (breakit54: full-width one-digit cells '２ １' joined into 21 to meet a total printed
 * one too high, ptt-layout-rot90/r00, mutool-clean/r21; table 四 clipped by a page and its values
 * shifted into other columns, lo-rtf/r13; 84 wrong at 0.85 in all). Below 0.8.
 */
const REPAIR_UNCONFIRMED_CAP = 0.7;
/**
 * A row printed beside pieces of numbers wrapped in narrow cells that were not joined (a number over
 * three lines: '１，' / '４２' / '７' for 1,427; layout/stacked-pieces `rowsBesidePieces`): any of its
 * values may be a piece read as the whole number, and where the pieces of two rows' cells are both
 * misread the identities can hold on them (narrow-cell-variants: 42 for 1427 at 0.85). Below 0.8.
 */
const PIECES_BESIDE_CAP = 0.7;
/**
 * Every value of a text dump of a PDF whose character maps a converter broke (load/miscoded-text,
 * warning `text_garbled`; extract.ts caps them with `capEvery`): a full-width space is dumped '0' and
 * '、' '1', so a number may carry digits that are not printed ('9　　' read 900, '　2853　' 28530:
 * breakit57 ptt-layout-r72-a3/r07 at 0.85). Where every cell of a row carries the same padding the
 * identities hold on the wrong numbers too. Below 0.8.
 */
export const MISCODED_TEXT_CAP = 0.7;
/** The confidence a value reaches only when confirmed (README: the trust rule); below it a value carries a flag saying why. */
const TRUSTED = 0.9;
const BLANK_CAP = 0.9;
/**
 * A blank cell (= 0) of a row printed beside a line of values with no label of its own (map/blank-beside-values:
 * under the next row's wrapped label head, a small table's heading, two rows' labels run together) that no
 * identity reaching other rows confirms: the line's values may be this row's, the line order is all that gave
 * them to another row (breaker39 ptt-layout-2up/r32, b2-ptt-2up/r39-sidenum, b2-ptt-layout/r29-inside: 0 for
 * 1, 5 · 11, 3 at 0.85). Below 0.8.
 */
const BLANK_BESIDE_VALUES_CAP = 0.75;
/**
 * A value of a row whose values line is followed by an unread line of as many values with no label
 * (map/blank-beside-values markUnreadValuesBeside: a PDFBox -sort dump of a 2-up print interleaving two pages'
 * lines), unless an identity reaching other rows confirms it: either line may be the row's (breaker39
 * pdfbox-sort-2up/r09: 1240 for 273 at 0.85). Below 0.8.
 */
const BESIDE_VALUES_CAP = 0.75;
/**
 * A blank cell of table 二 (no identity runs through its counts) in a row read repaired or by position: the
 * blank may be a printed value the layout stage lost (a `pdftotext -layout` of a legal page gave '规章1  15  1'
 * as 1 and two blanks: 0 at 0.85 for 15 and 1; issue 15). Kept as 0, well below the guess cap.
 */
const ACTIVE_BLANK_PLACED_CAP = 0.7;
const ACTIVE_PREFIX = 'activeDisclosure.';
/**
 * A row of table 二 that printed its label and no value at all, every cell read blank (= 0): no identity runs
 * through table 二, and a row's values printed elsewhere — another tile of a poster print, a clipped column,
 * a line the layout stage parted from its label — leave the label so (fb34 px3-930220: 行政许可 … 行政事业性收费
 * read 0 at 0.85, their values on the next tile). Below 0.8.
 */
const ACTIVE_EMPTY_ROW_CAP = 0.75;
/**
 * A row of any table printed with its label only, every cell read blank (= 0), in a table whose column or row order
 * nothing confirms (`orderUnconfirmed`), that no identity reaching other rows confirms: a layout analyser's dump
 * (pdfminer `pdf2txt -A -L 0.3` of a Legal/Letter print with blank zeros) prints a label pile and the values in
 * boxes of their own elsewhere, so a label with nothing after it is not a row printed empty (scan-report-sources
 * --paper legal s39103: 不予公开's rows read 0 at 0.85, their 3 · 2 · 5 … in the boxes after the pile; issue 15). Below 0.8.
 */
const EMPTY_ROW_UNCONFIRMED_CAP = 0.75;
/**
 * A row of table 三 or 四 printed with its label only, every cell read blank (= 0), that no identity reaching other rows
 * confirms, whatever the order: its own total (0 = 0) is no evidence, and a layout dump may write a row's values on
 * another line than its label (`pdftotext -layout -fixed 4|6` of a tall row whose cells are centred: '4.保护第三方合法权益'
 * alone on its line, its '1 1 2' between the next row's lines; breaker44 g62 ptt-fixed6/r14 and h2/r21-jian4.fixed4
 * read 0 at 0.85 for 1 · 1 · 2 and 16 · 3 · 19). Below 0.8, as table 二's (ACTIVE_EMPTY_ROW_CAP).
 */
const EMPTY_ROW_CAP = 0.75;
/**
 * A cell of a row no glyph of which is printed (Placement `unprinted`: table 四's header alone in a zeros-blank
 * borderless print, map/review-stream headerOnlyGroup), read 0 as a cell printed empty: its group totals (0 = 0) hold
 * whatever, and a row lost by the reader (an image, a clipped page) looks the same. Below 0.8, identities or not.
 */
const UNPRINTED_ROW_CAP = 0.75;
/**
 * A cell of a wholly blank table read from its labels alone (Placement `labelsAlone`: a text dump or a page laid out by
 * position, no cell drawn, in a report printing '0' elsewhere — map/blank-table labelsAloneBlank): no cell of it is shown
 * empty, only no digit of it printed anywhere; below UNPRINTED_ROW_CAP.
 */
const LABELS_ALONE_CAP = 0.7;
/**
 * A row put together from cells a stream printed apart (map/row-evidence `cellsApart`: one per line or text block of a
 * plain or layout-analysed dump) beside a template row the reading left unresolved (every field missing or ambiguous,
 * evidence rowsWithUnresolvedNeighbours), that no identity reaching other rows confirms: where the stream lost its
 * neighbours' cells, nothing tells which of the runs around its label are its own (breaker40 pdfminer/r25: 要求提供公开出版物
 * read from the zeros after a pile of three labels, 0 · 0 · 0 … for 0 · 0 · 1 · 1 · 1 · 0 · 3, its own total holding as
 * 0 = 0; ptt-plain/r33: a 2019 table 二 printed in column blocks, 行政事业性收费 given another column's 10 · 1; all at
 * 0.85–0.88 `unconfirmed`). So is a row whose values a layout analyser printed after a pile of labels naming several rows
 * (map/label-pile `afterPile`: pdfminer's label box, then the value boxes; fresh49 k1-1001 pm-A 行政强制 7 for 0 at 0.88).
 * Below 0.8.
 */
const APART_BESIDE_UNRESOLVED_CAP = 0.75;
const SEGMENTED_CAP = 0.92;
const SEGMENTED_UNCONFIRMED_CAP = 0.7;
/** Row placement not confirmed beyond the row itself: likely right, never presented as certain. */
const ROW_UNCONFIRMED_CAP = 0.88;
/**
 * A row of table 三 or 四 with no total of its own (its 总计 cut off the page with the column — a LibreOffice print of a
 * Word table wider than the page — or not read: score/unprinted-total rowsWithoutTotal) that neither its label (evidence
 * (c)) nor an identity reaching other rows (d) places: no identity checks which cell each number is, nor that the numbers
 * are the row's (plain pdftotext of a cut docx print: layout/row-windows gave a label several rows' numbers, 予以公开
 * 自然人 1 / 科研机构 0 for 0 / 1 at 0.88 `unconfirmed`). Below 0.8; a row its label or an identity places keeps its
 * confidence (cut-width-variants: 0 right values ≥ 0.9 moved).
 */
const ROW_UNTOTALLED_CAP = 0.75;
/**
 * An OCR value stays below 0.9 unless every identity through it holds and at least
 * `OCR_CONFIRMATIONS` of them run through other cells that were read too (not derived). One is not
 * enough: OCR errors correlate (a faint leading '1' lost in a part and in its row total, '14'/'15'
 * read '4'/'5', still sum right).
 */
const OCR_CAP = 0.85;
const OCR_CONFIRMATIONS = 2;
/* An OCR value no identity reaches (table 二's counts and amount) has nothing that could ever confirm it: DECIPHERED_CAP,
 * below 0.8 (scan55's held-out s5502 f040: table 二 read '33' for 53 and '913' for 933 at 0.85). */
/**
 * deciphered and not confirmed by OCR's rule: a glyph-code cipher (pdf/cipher.ts) reads each code the
 * same everywhere, so one wrong digit code, or a glyph pdf.js gave no character for (mutool's prints:
 * '4137' read '47'), is wrong in every number holding it; table 二, which no identity reaches, stays below 0.8.
 */
const DECIPHERED_CAP = 0.75;
/**
 * An OCR'd amount (万元, printed with decimals: '3975.95') read as a whole number: at 100 dpi the
 * point is a pixel or two and is lost ('3975.95' read 397595), and nothing tells the two apart —
 * no identity reaches an amount. Unless one confirms it, it stays well below 0.9 with both
 * readings as `candidates` (as read, and ÷ 100: two decimals lost).
 */
const POINT_UNREAD_CAP = 0.6;
/**
 * An OCR'd row placed by position among rows whose labels did not read, not by its ruled grid's row
 * order (the grid printing the template's count of rows): a row lost to the scan or a ruling too
 * many puts every row after it one off, and its own total holds wherever it sits (breakit51
 * s03-jpeg2x: 予以公开's values read as 属于国家秘密's at 0.85). Unless an identity reaching other
 * rows read independently confirms it (not one it was derived from), it stays well below 0.9.
 */
const OCR_POSITION_CAP = 0.6;
/**
 * An OCR'd value the identities chose among the cell's other readings (`repaired`: a confusable
 * digit read another way, a number dropped or added): on a scan a misread and a misprint look
 * alike — a total printed wrong (granted.total printed 3 where its parts sum to 2) reads as a
 * confusable '3' the identities 'mend' to 2, and nothing in the table says which it was. The
 * repair stays well below the 0.8–0.9 band (breakit52 scan-2019: a printed-wrong 3 repaired to 2
 * at 0.85).
 */
const OCR_REPAIR_CAP = 0.6;
/**
 * A value of a table read in an order nothing confirms (columns_unread, rows_unread) from a document a
 * layout analyser dumped in its box order (map/box-order: table 三's header printed box by box): the
 * stream's order is the analyser's grouping of cells — a column or a few at a time, a row cut into boxes —
 * so a row's window of the stream keeps its own total by chance (small counts and zeros: breakit52
 * miner-L03 and miner-A-lodocx, 28 of 70 table 三 values at 0.85 wrong). Unless an identity reaching
 * other rows read independently confirms it (not one it was derived from), well below 0.9.
 */
const BOX_ORDER_CAP = 0.6;
/**
 * A negative value where the template allows none (a count, an amount): the sign is a misreading
 * (a dash glued to the number, a 'n/a' marker) or the report is wrong; the digits may be right, the
 * value as given is not. Well below 0.9, still shown.
 */
const NEGATIVE_CAP = 0.5;
/**
 * A value an identity derived or confirmed through a member read negative (a misprint, or a dash mark of
 * a text dump read as a minus sign: '－ 29'): the identity holds only by that member, so the value is no
 * better placed than it (a derived total 0 beside parts 27, 1, 1 and -29). Below 0.8, above NEGATIVE_CAP.
 */
const THROUGH_NEGATIVE_CAP = 0.7;
/**
 * A field of a row whose own total could not be evaluated because a cell of the row is unread
 * (score/identity-doubt.ts): the row's reading broke somewhere, and the broken identity is out of
 * sight. Below 0.9 unless an identity reaching other rows confirms the field.
 */
const OPEN_ROW_CAP = 0.88;
/**
 * A field whose only identities holding are its row's own total with one nonzero part ('1 … 1': evidence singlePartRow):
 * nothing that could have failed checked its column or its row's place (rows48). Below 0.9 unless a column identity, its
 * members read, holds through it.
 */
const SINGLE_PART_CAP = 0.88;
/**
 * A field of such a row (its own total left out for an unread cell) through which no identity was evaluated
 * at all: the row's reading broke and nothing checks this value — only its label places it. A row printing
 * '21 21' (a part and its total, the other cells lost) may be another row's values under this label (fb34
 * lay-a5-930232 补正后申请内容仍不明确's 总计 21 for 0; lo-odt-raw-930305 '2.申请 4 4', 0.88). Below 0.8.
 */
const OPEN_UNCHECKED_CAP = 0.75;
/**
 * A value the identities chose or computed (`repaired`, `derived`) in table 三 read in a column order
 * that neither a header nor the rows' totals confirm (`orderOpen`): the identities it was chosen under
 * are the order's assumption, so the repair may be the order's fault rather than the print's — 总计
 * printed first and read last is "repaired" into sums that hold only in the wrong order (breakit53
 * ptt-plain-cairo/r04: 134 values at 0.85 `collapsed,repaired`).
 */
const ORDER_REPAIR_CAP = 0.7;
/**
 * A count read as a number with one, two or four+ decimals ('2800.09' as 行政强制's 本年处理决定数量): no
 * thousands separator reads so (a dot grouping prints three digits after it, GUESS_CAP), so it is an
 * amount — 本年收费金额 — read into a count's place by a dump that scattered table 二 (plain `pdftotext`
 * of a page whose content Ghostscript turned: breakit53 ptt-nodiag-gsrot/r32, 0.85 before).
 */
const MISPLACED_AMOUNT_CAP = 0.6;
/**
 * Table 三 read in the template's column order that neither a header nor any row's totals confirm
 * (map/column-order markOrderOpen: no row with distinct nonzero parts sums to its last value, or one
 * sums only elsewhere) — 总计 may be printed first, a single-applicant row fitting both (breakit53
 * html2text-w60/r32: 29 values at 0.85). Below 0.8: the order is open, not merely unconfirmed. So is
 * table 三 moved to a header's reading that no row's totals confirm (a 总计 column printed empty: fixh53,
 * Python html2text's Markdown, columns one off at 0.85).
 */
const ORDER_OPEN_CAP = 0.75;
/**
 * A value of a row whose label was matched fuzzily or in part from text holding U+FFFD (map/row-evidence
 * `labelDamaged`: Debian html2text cut the label inside its characters and wrote the values over it): which
 * row the broken label names, and which digits are the row's, is a guess, whatever identity holds.
 */
const DAMAGED_LABEL_CAP = 0.75;
/**
 * A value read in an order nothing confirms (`orderUnconfirmed`: a column header or the rows' labels not
 * read) that no identity reaching other rows confirms: its own row total holds under any order of the row's
 * cells, so two cells exchanged read as confidently as the printed order (breakit54 ptt-gbk-rotmix/r08:
 * table 四's 维持 and 纠正 swapped by a turned page's header, 0.85 `unconfirmed`; table 四 has no identity
 * across rows). Below 0.8, as an open order.
 */
const ORDER_UNCHECKED_CAP = ORDER_OPEN_CAP;
/**
 * A table-二 value of a document printing table 二's own text out of the template's order (`textDisorder`,
 * map/active-text-order: a row label before an earlier row's, header words backwards, the table's text before
 * its section heading — plain `pdftotext` of turned pages). Table 二 has no identity: the stream's order is all
 * that places its values, and it is shown not to be the page's. 0.85 before (fb36 turn t1/t2/t8: the first
 * small table's first and last cells of a 2 × 3 block in no order, wrong at 0.85). Below 0.8, as an open order.
 */
const TEXT_DISORDER_CAP = ORDER_OPEN_CAP;
/**
 * Where ORDER_UNCHECKED_CAP applies: table 四, whose identities never reach another row. In table 三 the
 * column identities do reach other rows, and a column order that nothing confirms there is the
 * template's order in nearly every report read so far (breakit52–55: ~1,000–1,500 right values a set
 * of 170 reports held at 0.8–0.9 for ~10 wrong ones when this cap applied to every table). A table-三
 * value no identity reaching other rows holds through at all (holdsAcrossRows: its other rows short of
 * cells, blank zeros, left unread) is held there too: its own row total is all that was checked (PDFBox
 * -sort of a LibreOffice print: '其他法' / '人或其' / '他组织' under the group header 法人或其他组织, the
 * columns read one off, 一 and 总计 at 0.85, gen61 985800 r32).
 */
const ORDER_UNCHECKED_PREFIX = 'reviewLitigation.';
/**
 * A document most of whose evaluated identities fail (at least MIN_FAILED_IDENTITIES, and at least
 * FAILED_IDENTITIES_SHARE of them) prints numbers that are not what they seem: digits a viewer does
 * not show dumped with the shown ones (a PDF's size-0 or hidden digits in a PDFBox dump: '203' read
 * '2033'), a broken font map, rows read from their neighbours. A value no identity reaches (table 二)
 * cannot show it is spared: ≤ GUESS_CAP. Real reports break a few identities (a wrong 总计), not most.
 */
const MIN_FAILED_IDENTITIES = 5;
const FAILED_IDENTITIES_SHARE = 0.5;
/**
 * A marked reading ('106 821' read as one number grouped by a space, '91.', '12①') in a row whose own total
 * could not be evaluated (a cell unread: identity-doubt.ts) that no identity confirms: the row's reading is
 * open, and the mark's other reading (two cells a narrow gap kept apart: 106 of 其他 and 821 of 总计) is as
 * good as this one (fb34 lay-a5-930204: 无正当理由大量反复申请's 总计 106821 for 821 at 0.85). Below 0.8.
 * So is a money amount read whole from a marked number ('6144.' of '6144.38' whose decimals a narrow
 * cell wrapped onto another line: gen60 all-miner-a4; breaker42 fw '2476.' cut): no identity reaches it.
 */
const MARKED_OPEN_CAP = 0.75;
/**
 * A row placed by a label matched fuzzily and in part (a fragment, or text joined from another line) that no
 * identity reaching other rows confirms: the fragment may be another row's label run into this one's (fb34
 * lo-odt-930318: '(七)总计 请 87 25 …' placed as 逾期不缴纳收费's, totalHandled's values at 0.85). Likewise a
 * row placed by a label joined from another line with no identity through it at all (table 二): its values
 * may be the line's, not the label's (fb34 px3-930234: 规章's 本年废止/现行有效 on the next tile read as
 * 行政规范性文件's at 0.85). So is a blank cell of such a row: no digit was read, and the row of empty cells may be
 * the pieces of a wrapped label beside a row whose values went elsewhere (fb37 apb10-lopd: '其他处人无' / '理正当'
 * read as 逾期不补正's zeros, its printed 54 · 3 · 57 absorbed by a derived row, at 0.85). Below 0.8.
 */
const PARTIAL_FUZZY_UNCONFIRMED_CAP = 0.75;
/**
 * A value of a row whose cells a PDF's text dump wrote as separate blocks (`pdftotext` without -layout: one
 * cell per paragraph; map/row-evidence `cellsApart`), where another cell of the row (not its 总计) holds a
 * different value: the dumper wrote the blocks in its own order, not always left to right (breakit55
 * ptt-plain-b5/r17: 上年结转 '0 0 0 0 1 0 1' for 0 1 0 0 0 0 1, 商业企业/法律服务机构 exchanged at 0.98). The row
 * total holds in any order of the parts, and a column identity holds too when the dumper exchanged the same
 * two blocks in every row of the column's sum (score/block-order.ts decides which parts are in doubt): below 0.9.
 * Cells the text fixes (on one line, a -layout dump, HTML), rows whose parts are all alike and a 总计 (its row total
 * places it) are not capped. A part of table 四 (a group written in several blocks, map/review-blocks) is held below
 * 0.8 (ORDER_UNCHECKED_CAP): no identity reaches another group, so nothing but the dumper's block order placed it
 * (breakit56 ptt-plain-rot180/r27: 其他结果/尚未审结 exchanged, 0.98). So is a cell of table 二 (no identity at all)
 * whose row's cells came in several blocks, not as lines of one block (breakit57 ptt-plain-s80land/r31: 行政处罚's
 * 本年增/减 and 处理决定数量 exchanged at 0.926). Below 0.8 in table 三 too: the exchange is the identities' blind spot,
 * not a doubt they narrow, and a CMS page's sidebar beside the table moves poppler's blocks so in most pages (fb37
 * cases/side plain dumps: 上年结转 and 结转下年度's cells exchanged alike in side1/4/9/12, 2–4 values wrong at 0.85 each).
 * A row tables/column-pages read one value per line from a dump without page feeds (headless columns, lead pages:
 * TableRow.linesApart) is capped so where no column identity sees the exchange in that row alone.
 */
const BLOCK_ORDER_CAP = ORDER_UNCHECKED_CAP;
/** Tables no identity places a block-ordered cell in (BLOCK_ORDER_CAP): their cells are held at ORDER_UNCHECKED_CAP. */
const BLOCK_UNCHECKED_PREFIXES = [ORDER_UNCHECKED_PREFIX, 'activeDisclosure.'];

/**
 * A value read positionally in one run (table 四's 15 cells) where identities fail in two or more of the run's
 * groups: the positions are shown wrong, not one cell misprinted (a misprint fails one group), and a group whose
 * own total holds holds by chance — a pdfminer dump's cells shifted along the run read 2 · 0 · 0 · 2 · 4 for
 * 行政诉讼（复议后起诉）'s 0 · 0 · 0 · 0 · 0, its total 4 at 0.85 (breaker39 pdfminer-a4/r39). Below 0.8.
 */
const RUN_SHIFTED_CAP = 0.75;
/** Groups of a run whose identities fail from which the run's positions are in doubt (RUN_SHIFTED_CAP). */
const RUN_SHIFTED_ROWS = 2;

/**
 * A value derived through the identities (computed, no cell of its own read) in a row another cell of which is
 * unread (no value, or ambiguous): the row's own total cannot check it, and the column identity it came from
 * runs through rows read as doubtfully — a LibreOffice print clipping table 三 (blank zeros, columns cut) gave
 * 上年结转 2 · 12 · 170 for 0 · 0 · 0 at 0.85 (breaker39 ptt-layout-loweb/r18). Below 0.8. Also a value derived
 * where its cell read nothing beside a line of values no row read (map/blank-beside-values `blankBesideValues`): the
 * cell may have printed them, wrapped — the printed value is kept (TEMPLATE.md), so the derived one is a guess
 * (fixf53 f009: 总计 '38' / '9' for 389, derived 379 at 0.85).
 */
const DERIVED_OPEN_ROW_CAP = 0.7;

/**
 * A value 1 read from a Chinese numeral ('一') no identity confirms: '一' is also a dash typed with the wrong key (a
 * not-applicable mark '—', session 46: a fee cell '一' read 1 at 0.85); the input does not determine which. Below 0.8.
 */
const DASH_NUMERAL_CAP = 0.75;

/**
 * A row placed by the order of its lines alone among rows the identities cannot tell apart, where one of them printed
 * no value of its own (missing, or a label with nothing beside it) and another nonzero values
 * (score/exchangeable-rows emptySwapRows): the values may be either row's, and so may the blank row's zeros — every
 * identity holds both ways (fresh48 k12-lodocx-pdf k12_17: 重复申请's 3 · 3 for 无正当理由大量反复申请's at 0.88;
 * breaker39 ptt-layout-2up-r32: 国家秘密's blank 总计 0 for 1 at 0.9). Below 0.8.
 */
const EMPTY_SWAP_CAP = 0.75;

/**
 * A row placed by an order alone — by position, or given its values by a stream's order after a pile of labels — among rows
 * the identities cannot tell apart, one of which holds other values (score/exchangeable-rows orderPlacedRows): every
 * identity holds whichever of them takes which values, so no identity confirms the order, and a dump writing labels and
 * value lines apart does not fix it (fresh51 v/pdftotext-raw-thead r03: two rows of （三）不予公开 exchanged at 0.85). Below 0.8.
 */
const ORDER_ONLY_CAP = 0.75;

/**
 * A row whose printed label line names two template rows or more (map/row-evidence `namesSeveral`: '处理 4.无正当理由大量反复申请
 * 2.重复申请 3 3' in LibreOffice's print of a Word table, labels centred in their cells; '行政规范性文件 信息内容规章 0 4 0'): the
 * values are one of those rows', which the text does not tell, and no identity does either — sibling rows sum alike, and
 * table 二 has none (fresh48 k11-lodocx-pdf k11_30: 规章's 0 4 0 read as 行政规范性文件's at 0.88). Below 0.8.
 */
const SEVERAL_NAMED_CAP = 0.75;

/**
 * A whole number that reads as a year a report names (2008–2035) no identity confirms: a page's text beside the table
 * (a CMS sidebar listing other reports, '青川县人民政府 2025 年政府信息公开工作年度报告', wrapped into lines that interleave
 * with table 二's in a LibreOffice print) puts years on the table's lines, and a label fragment beside one places it as a
 * count (fresh48 k10-lodocx-pdf k10_19: 行政处罚 2025 at 0.88 `labelFuzzy`). A count that large is
 * possible, but unconfirmed and placed by a label matched only fuzzily or in part, the input does not tell it from a year. Below 0.8.
 */
const YEAR_LIKE_CAP = 0.75;
/** The years a report of the regulation names: its first reports (2008) to a margin past now. */
const YEAR_LIKE = { min: 2008, max: 2035 };

/** Numbered sub-rows named in one label from which the label is several rows run together. */
const RUN_TOGETHER_LABELS = 2;

function base(p: Placement): number {
  if (p.by === 'label') return LABEL_BASE + LABEL_WEIGHT * p.labelScore;
  return p.by === 'columns' ? COLUMNS_BASE : POSITION_BASE;
}

function capFor(flags: ReadonlySet<FieldFlag>, confirmed: boolean, ev: Evidence & { rowByAnyCheck: boolean }, placement: Placement, rowOpen: boolean, runFailed: boolean, unchecked: boolean): number {
  let cap = 1;
  // Read positionally in one run (table 四's 15 cells) where an identity failed elsewhere in the run: the positions are in doubt for every value of it.
  if (runFailed) cap = Math.min(cap, GUESS_CAP);
  // A row total left unevaluated (an unread cell) hides whether the row's reading holds (identity-doubt.ts).
  if (rowOpen && !ev.rowByCheck) cap = Math.min(cap, unchecked ? OPEN_UNCHECKED_CAP : OPEN_ROW_CAP);
  // ocr: read from a scan; confirmed only by identities through other cells that were read too.
  if (flags.has('ocr') && !(confirmed && ev.readChecks >= OCR_CONFIRMATIONS)) cap = Math.min(cap, flags.has('deciphered') || unchecked ? DECIPHERED_CAP : OCR_CAP);
  // marked: a mark after the number was left off ('91.', '12①', '12（其中3）'): the reading is unusual; an identity through the field confirms it.
  if (flags.has('marked') && !confirmed) cap = Math.min(cap, rowOpen ? MARKED_OPEN_CAP : GUESS_CAP);
  // chineseNumeral: '二十八' read as 28 (tables/chinese-numerals): retyped or OCR'd text ('一' for '—', two cells run together); an identity through the field confirms it.
  if (flags.has('chineseNumeral') && !confirmed) cap = Math.min(cap, GUESS_CAP);
  // collapsed / joined: a stream decoder's reading (map/stream-moves), like a repair.
  // scaled: '3万', '1.2亿' multiplied out: the number is determined, the reading of a scale word in a table cell is unusual.
  // correctedInText: the report's own text says the printed value is wrong (map/errata): kept as printed, in doubt.
  // approximate: '约400', '1200余件': the printed number is not the count, whatever an identity says.
  // cellWords: '至少40', '40来', '40（估算）': words around the number in its cell; what it counts is not printed as a number.
  if (flags.has('approximate') || flags.has('cellWords')) cap = Math.min(cap, GUESS_CAP);
  const guess = ['position', 'repaired', 'derived', 'narrative', 'unitAssumed', 'collapsed', 'joined', 'scaled', 'correctedInText'] as const;
  if (guess.some((f) => flags.has(f))) cap = Math.min(cap, GUESS_CAP);
  if (flags.has('unitUnsure')) cap = Math.min(cap, UNIT_UNSURE_CAP);
  if (flags.has('narrative') && flags.has('derived')) cap = Math.min(cap, NARRATIVE_DERIVED_CAP);
  if (flags.has('position') && !ev.rowByCheck && !ev.rowByAnyCheck) cap = Math.min(cap, POSITION_UNCONFIRMED_CAP);
  // A decoded value (collapsed, joined) is confirmed only through members read as tokens of their own: another cell of the same
  // decode, or a total that decode made, holds with it whatever the moves were (evidence undecodedChecks).
  if (flags.has('joined') && !(confirmed && ev.undecodedChecks > 0)) cap = Math.min(cap, JOINED_UNCONFIRMED_CAP);
  if (flags.has('collapsed') && !(confirmed && ev.undecodedChecks > 0)) cap = Math.min(cap, COLLAPSED_UNCONFIRMED_CAP);
  // A repair confirmed only by its own row's total (the identity it was chosen to satisfy) is circular. A cell of a
  // row of marks filled as not applicable (map/row-candidates markedRow) was chosen by the marks, not by an identity.
  // So is one confirmed only beside other repairs (evidence (d) through repaired members only): two rows read one way
  // each — a fused run read whole with a cell missing ('… 19 16187' beside '… 19 16191', pypdf) — confirm each other
  // whatever the way, as split rows do (the `segmented` cap below).
  // A value cut out of a glued run (`segmented`) is the identities' choice as a repair is, so it confirms a repair no more
  // (pypdf of a Chromium A5 print, '… 1675 84321229' for 1675 843 21229 in 一 and (七): 一's cut and (七)'s cells moved one
  // column confirmed each other through the balance at 0.85; scripts/chrome-break-variants.mjs --wide --dump pypdf).
  if (flags.has('repaired') && !flags.has('notApplicable') && !(ev.rowByCheck && (!ev.movedInChecks || ev.rowByUnmovedCheck))) cap = Math.min(cap, REPAIR_UNCONFIRMED_CAP);
  // An OCR'd misread mended and a misprint 'mended' to what the identities want look alike.
  if (flags.has('ocr') && flags.has('repaired')) cap = Math.min(cap, OCR_REPAIR_CAP);
  if (flags.has('blank')) cap = Math.min(cap, confirmed && ev.rowByCheck ? BLANK_CAP : placement.blankBesideValues ? BLANK_BESIDE_VALUES_CAP : GUESS_CAP);
  if (flags.has('segmented')) {
    const runTogether = (placement.row?.numberedLabels ?? 0) >= RUN_TOGETHER_LABELS;
    // Beside rows repaired (glued rows read one cell short), a split is confirmed only by an identity through other rows read
    // apart (not derived, not repaired): those rows' wrong splits and this one confirmed each other. Elsewhere (cells
    // concatenated into whole runs) its row total and the identities that hold confirm it.
    const byOthers = !ev.repairedInChecks || ev.rowByUnrepairedCheck;
    // Its own row total alone confirms no split: the other members are cells split out of the same run, and
    // the run's splits that sum to the total may be several (a blank cell dropped from the run is another
    // split: '1032126103033 1294' for 1032 · 126 103 0 33 also reads 10 3 212 6 1030 33). Only an identity
    // reaching other rows read apart (evidence (d)) tells them apart. A split whose own row total does not hold (the row's
    // other cells left unsettled: no split of its run sums to it) is no reading of its run the identities across rows can
    // confirm: rows of zeros left blank and each run cut into one digit a cell ('2773138' as 2 7 7 3 1 3 | 8 for 27 7 3 1 | 38,
    // '2663136' as … | 6 for … | 36) keep the balance 8 + 4 = 6 + 6 as the print's 38 + 4 = 36 + 6 does (glued-row-variants seed 16).
    cap = Math.min(cap, confirmed && !runTogether && byOthers && ev.rowByCheck && ev.ownTotalHolds ? SEGMENTED_CAP : SEGMENTED_UNCONFIRMED_CAP);
  }
  // A rival row with other values, a table printed twice with other values, or labels that may sit one row off (shiftDoubt):
  // identities cannot tell two self-consistent placements apart.
  if ((!ev.rowByLabel && !ev.rowByCheck) || (placement.row?.rivals ?? 0) > 0 || placement.row?.tableDuplicated || placement.row?.shiftDoubt) cap = Math.min(cap, ROW_UNCONFIRMED_CAP);
  if (placement.row?.digitsDoubt) cap = Math.min(cap, GUESS_CAP);
  if (placement.row?.namesSeveral) cap = Math.min(cap, SEVERAL_NAMED_CAP);
  if (placement.row?.labelDamaged && (flags.has('labelFuzzy') || flags.has('labelPartial'))) cap = Math.min(cap, DAMAGED_LABEL_CAP);
  if (placement.valuesBeside && !(confirmed && ev.rowByCheck)) cap = Math.min(cap, BESIDE_VALUES_CAP);
  if (placement.row?.piecesBeside) cap = Math.min(cap, PIECES_BESIDE_CAP);
  // (A value derived there is no confirmation: the identity it came from holds by construction, through rows that may be one off too.)
  if (placement.row?.ocrPosition && (!ev.rowByCheck || flags.has('derived'))) cap = Math.min(cap, OCR_POSITION_CAP);
  // Read in an order nothing confirms (map/order-unconfirmed): columns printed out of or with no readable header, rows that may belong to the next label;
  // with no identity reaching other rows, below 0.8 (its own row total holds in any order of its cells).
  if (placement.orderUnconfirmed) cap = Math.min(cap, GUESS_CAP);
  if (placement.orderUnconfirmed && placement.boxOrdered && (!ev.rowByCheck || flags.has('derived'))) cap = Math.min(cap, BOX_ORDER_CAP);
  // A value the identities chose or computed there: the sums it was chosen by assume the unconfirmed order (ORDER_REPAIR_CAP).
  if (placement.orderUnconfirmed && (flags.has('repaired') || flags.has('derived'))) cap = Math.min(cap, ORDER_REPAIR_CAP);
  // Table 三 in a column order no header and no row's totals confirm (map/column-order markOrderOpen): below 0.8; a value the
  // identities chose there (repaired, derived) lower still — the sums it was chosen by are the open order's assumption.
  if (placement.orderOpen) cap = Math.min(cap, flags.has('repaired') || flags.has('derived') ? ORDER_REPAIR_CAP : ORDER_OPEN_CAP);
  // Table 二 printing its own text out of order: the stream placing its values is not the page's (TEXT_DISORDER_CAP).
  if (placement.textDisorder) cap = Math.min(cap, TEXT_DISORDER_CAP);
  // A label read in part or joined from another line places the row only as well as an identity reaching other rows confirms it.
  // Matched fuzzily too, or with no identity through it at all (table 二: none ever), below 0.8.
  if (flags.has('labelPartial') && !ev.rowByCheck) cap = Math.min(cap, flags.has('labelFuzzy') || flags.has('blank') || unchecked ? PARTIAL_FUZZY_UNCONFIRMED_CAP : GUESS_CAP);
  return cap;
}

/**
 * An identity through `key` reaching other rows holds with other than zeros, whether or not its other members
 * were read independently (POSITION_UNCONFIRMED_CAP): a row placed one off breaks it, or it holds only as 0 = 0 —
 * or as an identity that derived a member (it holds whatever the others are).
 */
function holdsAcrossRows(key: string, checks: readonly Check[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const row = rowOf(key);
  const derived = (k: string): boolean => fields.get(k.replace(/^-/, ''))?.flags.includes('derived') === true;
  // An identity that computed one of its members holds by construction: it confirms no other member's row (a value
  // one row off and the derived cell absorbing the difference sum right: breakit54 ptt-layout-a5/r24). The field's own
  // value derived: one identity made it, so a second must hold.
  const holding = checks.filter((c) => c.ok && !(c.actual === 0 && c.expected === 0) && c.keys.some((k) => rowOf(k.replace(/^-/, '')) !== row) && !c.keys.some((k) => k !== key && derived(k)));
  return holding.length >= (derived(key) ? 2 : 1);
}
/** Every field of `key`'s printed row (itself included) read blank: the row printed its label only (ACTIVE_EMPTY_ROW_CAP). */
function rowAllBlank(key: string, fields: ReadonlyMap<string, SolvedField>): boolean {
  const prefix = `${rowOf(key)}.`;
  for (const [k, f] of fields) if (k.startsWith(prefix) && !f.flags.includes('blank')) return false;
  return true;
}
/** A field of `key`'s row (not itself) ambiguous among readings. */
function rowHasAmbiguous(key: string, fields: ReadonlyMap<string, SolvedField>): boolean {
  const prefix = `${rowOf(key)}.`;
  for (const [k, f] of fields) if (k !== key && k.startsWith(prefix) && f.flags.includes('ambiguous')) return true;
  return false;
}
/** A field of `key`'s row (not itself) left unread: no value, or ambiguous among readings (DERIVED_OPEN_ROW_CAP). */
function rowHasUnread(key: string, fields: ReadonlyMap<string, SolvedField>): boolean {
  const prefix = `${rowOf(key)}.`;
  for (const [k, f] of fields) if (k !== key && k.startsWith(prefix) && (f.value === null || f.flags.includes('ambiguous'))) return true;
  return false;
}
/** A field read negative where a count cannot be (SIGNED_KEYS excepted). */
const isNegativeAt = (key: string, solved: SolvedField | undefined): boolean => typeof solved?.value === 'number' && solved.value < 0 && !SIGNED_KEYS.has(key);

/** An OCR'd amount read with no point (a whole number but 0) that no identity confirms: its point may be lost (`POINT_UNREAD_CAP`). */
function pointMayBeLost(key: string, solved: SolvedField, flags: ReadonlySet<FieldFlag>, confirmed: boolean): boolean {
  return flags.has('ocr') && !confirmed && MONEY_KEYS.has(key) && typeof solved.value === 'number' && Number.isInteger(solved.value) && solved.value !== 0;
}

/** A fraction whose decimals are not one group of three ('2800.09', '1.5'): no thousands separator misread, an amount out of place. */
const misplacedAmount = (solved: SolvedField): boolean => typeof solved.value === 'number' && !/\.\d{3}$/.test(String(solved.value));

/**
 * Scores one field; `fields` (every solved field) tells whether an identity's other members were read independently.
 * `implicated`: an explanation of the document's failed identities names the field (failure-site.ts), scored as through a failed check.
 */
export function scoreField(
  key: string,
  solved: SolvedField | undefined,
  placement: Placement | undefined,
  checks: readonly Check[],
  fields: ReadonlyMap<string, SolvedField> = new Map(),
  unresolvedNeighbours: ReadonlySet<string> = new Set(),
  openRows: ReadonlySet<string> = new Set(),
  orderOnly: ReadonlySet<string> = new Set(),
  failedRuns: ReadonlySet<string> = new Set(),
  implicated = false,
): FieldInfo {
  if (!solved || !placement) return { confidence: 0, flags: ['missing'] };
  const flags = new Set<FieldFlag>(solved.flags);
  // Placed by position, or by its order among rows the identities cannot tell apart (exchangeable-rows.ts).
  if (placement.by === 'position' || orderOnly.has(rowOf(key))) flags.add('position');
  if (placement.by === 'label' && placement.labelScore < EXACT_LABEL) flags.add('labelFuzzy');
  if (placement.partial) flags.add('labelPartial');
  // implicated: an explanation of failures elsewhere names it, an identity through it holding only with a wrong member (failure-site.ts).
  const failed = implicated || checks.some((c) => !c.ok);
  if (failed) flags.add('checkFailed');
  const negative = isNegativeAt(key, solved);
  if (negative) flags.add('negative');
  // An identity confirms only where it could have failed: a row total with one nonzero part holds in any row and column (evidence singlePartRow).
  const onlySinglePart = !failed && checks.length > 0 && checks.every((ch) => singlePartRow(ch, fields));
  const confirmed = !failed && checks.length > 0 && !onlySinglePart;
  const ev = { ...evidenceFor(key, solved, placement, checks, fields, unresolvedNeighbours), rowByAnyCheck: holdsAcrossRows(key, checks, fields) };
  let c = base(placement);
  if (failed) c *= FAILED_CHECK_FACTOR;
  else if (confirmed) c += (1 - c) * CONFIRM_SHARE;
  c = Math.min(c, capFor(flags, confirmed, ev, placement, openRows.has(rowOf(key)), placement.run !== undefined && failedRuns.has(placement.run), checks.length === 0));
  if (flags.has('chineseNumeral') && solved.value === 1 && !confirmed) c = Math.min(c, DASH_NUMERAL_CAP);
  if (onlySinglePart) c = Math.min(c, SINGLE_PART_CAP);
  if (placement.orderUnconfirmed && !ev.rowByCheck && (key.startsWith(ORDER_UNCHECKED_PREFIX) || !ev.rowByAnyCheck)) c = Math.min(c, ORDER_UNCHECKED_CAP);
  // A count (every column but the money amounts) is a whole number: a fraction read there is a
  // damaged number ('2.938' for 2938 with a dot as thousands separator), whatever else agrees.
  if (typeof solved.value === 'number' && !Number.isInteger(solved.value) && !MONEY_KEYS.has(key)) c = Math.min(c, misplacedAmount(solved) ? MISPLACED_AMOUNT_CAP : GUESS_CAP);
  // A blank cell of table 二 whose row was repaired or placed by position: no identity runs through table 二, so nothing confirms the blank is its own cell.
  if (flags.has('blank') && !confirmed && key.startsWith(ACTIVE_PREFIX) && (flags.has('repaired') || flags.has('position'))) c = Math.min(c, ACTIVE_BLANK_PLACED_CAP);
  if (flags.has('blank') && !confirmed && key.startsWith(ACTIVE_PREFIX) && rowAllBlank(key, fields)) c = Math.min(c, ACTIVE_EMPTY_ROW_CAP);
  // A blank cell of table 二 beside a cell of its row left ambiguous: the blank may be where that cell's run spilled from (unpadded
  // right|left-aligned cells re-printed by Ghostscript: '4899-2' is 4899 and -2, the 增/减 cell read blank, 0 at 0.85 for -2).
  if (flags.has('blank') && !confirmed && key.startsWith(ACTIVE_PREFIX) && rowHasAmbiguous(key, fields)) c = Math.min(c, ACTIVE_BLANK_PLACED_CAP);
  if (flags.has('blank') && placement.orderUnconfirmed && !ev.rowByCheck && rowAllBlank(key, fields)) c = Math.min(c, EMPTY_ROW_UNCONFIRMED_CAP);
  if (flags.has('blank') && !ev.rowByCheck && !key.startsWith(ACTIVE_PREFIX) && rowAllBlank(key, fields)) c = Math.min(c, EMPTY_ROW_CAP);
  if (placement.unprinted) c = Math.min(c, placement.labelsAlone ? LABELS_ALONE_CAP : UNPRINTED_ROW_CAP);
  if (flags.has('derived') && (rowHasUnread(key, fields) || placement.blankBesideValues)) c = Math.min(c, DERIVED_OPEN_ROW_CAP);
  if ((placement.row?.cellsApart || placement.row?.afterPile) && !ev.rowByCheck && unresolvedNeighbours.has(rowOf(key))) c = Math.min(c, APART_BESIDE_UNRESOLVED_CAP);
  if (negative) c = Math.min(c, NEGATIVE_CAP);
  else if (checks.some((ch) => ch.keys.some((k) => k !== key && isNegativeAt(k, fields.get(k))))) c = Math.min(c, THROUGH_NEGATIVE_CAP);
  // A money amount read whole from a number printed with a mark after it ('6144.', '２４７６．'): its decimals
  // may be cut off (wrapped onto a line of their own in a narrow <pre> cell, cut at the page's edge) — MARKED_OPEN_CAP.
  if (flags.has('marked') && !confirmed && MONEY_KEYS.has(key) && typeof solved.value === 'number' && Number.isInteger(solved.value)) c = Math.min(c, MARKED_OPEN_CAP);
  const pointUnread = pointMayBeLost(key, solved, flags, confirmed);
  if (pointUnread) c = Math.min(c, POINT_UNREAD_CAP);
  // (A row whose label matched exactly — '行政许可\t2023' — keeps its number: the cell is its.)
  const placedWeakly = placement.by !== 'label' || flags.has('labelFuzzy') || flags.has('labelPartial');
  if (!confirmed && placedWeakly && typeof solved.value === 'number' && Number.isInteger(solved.value) && solved.value >= YEAR_LIKE.min && solved.value <= YEAR_LIKE.max) c = Math.min(c, YEAR_LIKE_CAP);
  if (flags.has('ambiguous')) c = 0;
  // A value below 0.9 that no other flag explains — nothing independent confirms it: no identity reaches it, or an
  // order or a row place nothing confirms (map/order-unconfirmed, rivals, open rows) — says so: every value below 0.9 carries a flag.
  if (c > 0 && c < TRUSTED && flags.size === 0) flags.add('unconfirmed');
  const info: FieldInfo = { confidence: Math.round(c * 1000) / 1000, flags: [...flags].sort(), source: placement.source };
  if (solved.candidates) info.candidates = solved.candidates;
  else if (pointUnread) info.candidates = [solved.value as number, (solved.value as number) / 100];
  return info;
}

/**
 * Scores every key; the report's confidence is the mean over the template's keys (missing = 0).
 * `doubted`: set when most identities fail (MIN_FAILED_IDENTITIES): how many of those evaluated failed, and
 * the keys no identity reaches that were capped for it.
 * `identities`: the template's (by default those of the template variant `keys` belong to).
 */
export function scoreConfidence(
  keys: readonly string[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
  checks: readonly Check[],
  identities: readonly Identity[] = identitiesFor(keys),
): { fields: Record<string, FieldInfo>; confidence: number; doubted?: { failed: number; checked: number; capped: string[] } } {
  const byKey = new Map<string, Check[]>();
  // An identity an ambiguous member kept out of the checks, that none of its candidates satisfies,
  // fails through its members as a check would (identity-doubt.ts).
  const allChecks = [...checks, ...unseenFailures(identities, checks, fields)];
  for (const c of allChecks) for (const k of c.keys) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  const failedRuns = runsWithFailure(allChecks, placements);
  const failedCount = allChecks.filter((c) => !c.ok).length;
  const numbersInDoubt = failedCount >= MIN_FAILED_IDENTITIES && failedCount >= FAILED_IDENTITIES_SHARE * allChecks.length;
  const out: Record<string, FieldInfo> = {};
  const unresolved = rowsWithUnresolvedNeighbours(keys, fields);
  const openRows = rowsWithOpenTotal(identities, checks, fields);
  const orderOnly = orderOnlyRows(keys, identities, fields, placements);
  const emptySwap = emptySwapRows(keys, identities, fields, placements);
  const orderPlaced = orderPlacedRows(keys, identities, fields, placements, orderOnly);
  // Rows a stream reading gave another row's values, confirmed only where that reading's own cells cancel (stream-copies.ts).
  for (const r of streamCopiedRows(keys, identities, fields, placements, allChecks)) orderPlaced.add(r);
  let sum = 0;
  /** Keys no identity reaches, capped because most of the document's identities fail. */
  const capped: string[] = [];
  // Members of failed identities that no explanation of the failures names; cells an explanation names that no failed
  // identity runs through (failure-site.ts: derived values are unknowns there, not readings).
  const { cleared, implicated } = failureSites(allChecks, identities, lostColumns(keys, fields));
  const blockOrder = blockOrderDoubt(keys, fields, placements, allChecks, identities);
  const shiftedRuns = runsFailedInRows(allChecks, placements, RUN_SHIFTED_ROWS);
  const placedUnchecked = rowsPlacedUnchecked(fields);
  const derivedTwice = derivedInUnprintedRows(fields);
  for (const k of totalsOfUnreadColumns(fields)) derivedTwice.add(k);
  const withoutTotal = rowsWithoutTotal(keys, fields);
  const splitWrong = rowsSplitWrong(allChecks, fields);
  for (const k of keys) {
    out[k] = cleared.has(k)
      ? scoreCleared(k, fields, placements, byKey.get(k) ?? [], unresolved, openRows, orderOnly, failedRuns)
      : scoreField(k, fields.get(k), placements.get(k), byKey.get(k) ?? [], fields, unresolved, openRows, orderOnly, failedRuns, implicated.has(k));
    // A split confirmed only through rows split wrong (their own total fails): those rows' splits fit any of its own.
    if (out[k].confidence > SEGMENTED_UNCONFIRMED_CAP && fields.get(k)?.flags.includes('segmented') && confirmedOnlyThrough(k, byKey.get(k) ?? [], splitWrong)) {
      out[k] = { ...out[k], confidence: SEGMENTED_UNCONFIRMED_CAP };
    }
    // A row whose values (or zeros) may be a sibling's that printed no value of its own (EMPTY_SWAP_CAP).
    if (emptySwap.has(rowOf(k)) && out[k].confidence > EMPTY_SWAP_CAP) out[k] = { ...out[k], confidence: EMPTY_SWAP_CAP, flags: [...new Set([...out[k].flags, 'position' as const])].sort() };
    // A row an order alone placed among rows summing alike that hold other values (ORDER_ONLY_CAP).
    if (orderPlaced.has(rowOf(k)) && out[k].confidence > ORDER_ONLY_CAP) out[k] = { ...out[k], confidence: ORDER_ONLY_CAP, flags: [...new Set([...out[k].flags, 'position' as const])].sort() };
    // A part of a row the dump wrote as separate blocks that another order of them reads as well (BLOCK_ORDER_CAP).
    // (Tables 四 and 二: no identity reaches another group or row, as ORDER_UNCHECKED_CAP.)
    const blockCap = BLOCK_UNCHECKED_PREFIXES.some((p) => k.startsWith(p)) ? ORDER_UNCHECKED_CAP : BLOCK_ORDER_CAP;
    if (blockOrder.has(k) && out[k].confidence > blockCap) {
      const flags = out[k].flags.length > 0 ? out[k].flags : ['unconfirmed' as const];
      out[k] = { ...out[k], confidence: blockCap, flags };
    }
    // A run whose positional reading failed in two or more of its rows: its other rows' sums hold by chance (RUN_SHIFTED_CAP).
    const run = placements.get(k)?.run;
    if (run !== undefined && shiftedRuns.has(run) && out[k].confidence > RUN_SHIFTED_CAP) {
      const flags = out[k].flags.length > 0 ? out[k].flags : ['unconfirmed' as const];
      out[k] = { ...out[k], confidence: RUN_SHIFTED_CAP, flags };
    }
    // A row's cells placed among empty ones, its total not read: only an identity reaching other rows confirms a place (score/unprinted-total).
    if ((placedUnchecked.has(rowOf(k)) || derivedTwice.has(k)) && out[k].confidence > UNPRINTED_TOTAL_CAP && !confirmedAcrossRows(k, fields, placements, byKey.get(k) ?? [], unresolved)) {
      const flags = out[k].flags.length > 0 ? out[k].flags : ['unconfirmed' as const];
      out[k] = { ...out[k], confidence: UNPRINTED_TOTAL_CAP, flags };
    }
    // A row with no total of its own (cut off the page with its column, or not read) that neither its label nor an identity
    // reaching other rows places: nothing checks its cells (ROW_UNTOTALLED_CAP).
    if (withoutTotal.has(rowOf(k)) && out[k].confidence > ROW_UNTOTALLED_CAP && !placedByLabelOrAcrossRows(k, fields, placements, byKey.get(k) ?? [], unresolved)) {
      const flags = out[k].flags.length > 0 ? out[k].flags : ['unconfirmed' as const];
      out[k] = { ...out[k], confidence: ROW_UNTOTALLED_CAP, flags };
    }
    // Most identities of the document fail: a value none reaches is capped too (MIN_FAILED_IDENTITIES).
    if (numbersInDoubt && !byKey.has(k) && out[k].confidence > GUESS_CAP) {
      out[k] = { ...out[k], confidence: GUESS_CAP };
      capped.push(k);
    }
  }
  // A value read whose every holding identity runs through values derived or repaired only: nothing read as printed confirms it.
  for (const k of keys) {
    if (out[k]!.confidence > THROUGH_CONSTRUCTION_CAP && confirmedOnlyByConstruction(k, fields, byKey.get(k) ?? [])) {
      const flags = out[k]!.flags.length > 0 ? out[k]!.flags : ['unconfirmed' as const];
      out[k] = { ...out[k]!, confidence: THROUGH_CONSTRUCTION_CAP, flags };
    }
  }
  capDerivedByAddends(keys, fields, out, byKey);
  for (const k of keys) sum += out[k]!.confidence;
  const confidence = keys.length ? Math.round((sum / keys.length) * 1000) / 1000 : 0;
  return { fields: out, confidence, ...(capped.length > 0 ? { doubted: { failed: failedCount, checked: allChecks.length, capped } } : {}) };
}

/**
 * A value read (not derived) that every identity holding through it confirms only through values the solver made —
 * each other member derived or `repaired` (moved off where it was read), none read as printed where it stands. Such
 * identities hold by the solver's construction, not by the print (plain53: PDFBox of a LibreOffice print whose table
 * 三 has its 总计 column cut off the page and its zeros blank: 结转下年度 '1 1' read as 商业企业 1 · 总计 1 at 0.98, confirmed
 * by its own row through cells moved there and by 一 + 二 = (七) + 四 through totals derived for the other three rows;
 * the print has no 总计 column and the row is 1 · 1 · 2). Below 0.8 (THROUGH_CONSTRUCTION_CAP), as a repaired value
 * nothing confirms (REPAIR_UNCONFIRMED_CAP).
 */
const THROUGH_CONSTRUCTION_CAP = 0.75;
function confirmedOnlyByConstruction(key: string, fields: ReadonlyMap<string, SolvedField>, checks: readonly Check[]): boolean {
  const own = fields.get(key);
  if (!own || own.flags.includes('derived') || typeof own.value !== 'number') return false;
  const holding = checks.filter((c) => c.ok);
  if (holding.length === 0 || holding.length < checks.length) return false;
  const made = (m: string): boolean => {
    const f = fields.get(m);
    return f !== undefined && (f.flags.includes('derived') || f.flags.includes('repaired'));
  };
  return holding.every((c) => {
    const others = c.keys.map((m) => m.replace(/^-/, '')).filter((m) => m !== key);
    return others.length > 0 && others.every(made);
  });
}

/**
 * A value derived through an identity (computed, no cell of its own read) is no better placed than the members it was
 * computed from: a total derived from four cells each read 0.7 `repaired` (shifted, mended) is wrong whenever one of them
 * is, whatever its own 0.85 guess cap says (breaker45 hand r20 pdftohtml -xml: litigationDirect.total 12 for 6 at 0.85 from
 * 2 · 3 · 3 · 4 at 0.7). Capped at the best, over the identities holding through it, of the weakest other member.
 * Where an identity whose other members were all read (none derived) holds through it, only those count: an identity
 * through values derived together (a row derived whole, 总计 = Σ its derived cells) holds by construction and places
 * nothing — it had lifted 部分公开 derived 0 through a row placed by position at 0.75 back to 0.85 (fixc52 s45 pdftohtml -xml).
 * Repeated so a chain of derivations passes the weakest member on (a few rounds: a chain is short).
 */
const DERIVED_ROUNDS = 3;
function capDerivedByAddends(keys: readonly string[], fields: ReadonlyMap<string, SolvedField>, out: Record<string, FieldInfo>, byKey: ReadonlyMap<string, Check[]>): void {
  const derived = keys.filter((k) => fields.get(k)?.flags.includes('derived') && (out[k]?.confidence ?? 0) > 0);
  const isDerived = (m: string): boolean => fields.get(m.replace(/^-/, ''))?.flags.includes('derived') === true;
  for (let round = 0; round < DERIVED_ROUNDS; round++) {
    let moved = false;
    for (const k of derived) {
      let best = -1;
      const holding = (byKey.get(k) ?? []).filter((c) => c.ok);
      const fromRead = holding.filter((c) => c.keys.every((m) => m.replace(/^-/, '') === k || !isDerived(m)));
      for (const c of fromRead.length > 0 ? fromRead : holding) {
        let weakest = 1;
        for (const m of c.keys) {
          const key = m.replace(/^-/, '');
          if (key !== k) weakest = Math.min(weakest, out[key]?.confidence ?? 0);
        }
        best = Math.max(best, weakest);
      }
      if (best >= 0 && out[k]!.confidence > best) {
        out[k] = { ...out[k]!, confidence: best };
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** `k`'s row is placed by its label (exact, neighbours placed, no rival: evidence (c)), or an identity reaching other rows confirms it ((d)). */
function placedByLabelOrAcrossRows(k: string, fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>, checks: readonly Check[], unresolved: ReadonlySet<string>): boolean {
  const solved = fields.get(k);
  const placement = placements.get(k);
  if (!solved || !placement) return true;
  const ev = evidenceFor(k, solved, placement, checks, fields, unresolved);
  return ev.rowByLabel || (checks.every((c) => c.ok) && ev.rowByCheck);
}

/** An identity reaching other rows, its other members read, holds through `k` (score/evidence rowByCheck). */
function confirmedAcrossRows(k: string, fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>, checks: readonly Check[], unresolved: ReadonlySet<string>): boolean {
  const solved = fields.get(k);
  const placement = placements.get(k);
  return !!solved && !!placement && checks.every((c) => c.ok) && evidenceFor(k, solved, placement, checks, fields, unresolved).rowByCheck;
}

/** Rows of a table whose column must all be derived for the column to count as lost (`lostColumns`). */
const LOST_COLUMN_ROWS = 3;

/**
 * Keys of the columns whose every cell was derived, in at least LOST_COLUMN_ROWS rows: a column the print lost (a
 * 总计 column on the other tile of `mutool poster -x 2 -y 2`, cut off the page) and the identities filled in. Its
 * values are unknowns to failure-site.ts, not readings. A cell derived here and there (a blank or unread cell of a
 * printed column) stays a known value there: taken as unknowns too, a table with many such cells has every failure
 * explained anywhere (breakit52 cr-a3/r14, mutool-poster/r08: a 总计 printed wrong put 37–140 right values below 0.9).
 */
function lostColumns(keys: readonly string[], fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const byColumn = new Map<string, string[]>();
  for (const k of keys) {
    const column = `${k.slice(0, k.indexOf('.'))}|${k.slice(k.lastIndexOf('.') + 1)}`;
    byColumn.set(column, [...(byColumn.get(column) ?? []), k]);
  }
  const out = new Set<string>();
  for (const ks of byColumn.values()) {
    if (ks.length >= LOST_COLUMN_ROWS && ks.every((k) => fields.get(k)?.flags.includes('derived'))) for (const k of ks) out.add(k);
  }
  return out;
}

/**
 * Rows split out of runs whose own row identity fails: the split is no reading of the run ('124 383 6 6 23200' for
 * 124 38 3 6 6 23 | 200 read as 1 2 4 383 6 6 | 23200). An identity across rows holding through such a row holds
 * through whatever digits its wrong split gave the column (glued-row-variants seed 130: 新收 商业企业 3 for 39, its own
 * row's 122 3 9 36 7 22 = 199 as 122 39 3 6 7 22 = 199 does, confirmed at 0.92 by 3 + 1 = 2 + 2 through 总计 so split).
 */
function rowsSplitWrong(checks: readonly Check[], fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const out = new Set<string>();
  for (const c of checks) {
    if (c.ok || c.keys.length === 0) continue;
    const row = rowOf(c.keys[0]!.replace(/^-/, ''));
    if (!c.keys.every((k) => rowOf(k.replace(/^-/, '')) === row)) continue;
    if (c.keys.some((k) => fields.get(k.replace(/^-/, ''))?.flags.includes('segmented'))) out.add(row);
  }
  return out;
}

/** Every identity through `key` that holds and reaches other rows runs through one of `rows` (and there is one). */
function confirmedOnlyThrough(key: string, checks: readonly Check[], rows: ReadonlySet<string>): boolean {
  if (rows.size === 0) return false;
  const row = rowOf(key);
  let any = false;
  for (const c of checks) {
    if (!c.ok) continue;
    let across = false;
    let through = false;
    for (const k of c.keys) {
      const r = rowOf(k.replace(/^-/, ''));
      if (r === row) continue;
      across = true;
      if (rows.has(r)) through = true;
    }
    if (!across) continue;
    if (!through) return false;
    any = true;
  }
  return any;
}

/**
 * A member of a failed identity that the failure does not blame (failure-site.ts): scored on the
 * identities that hold through it, flagged `checkFailed` still (an identity through it fails as printed).
 */
function scoreCleared(
  k: string,
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
  checks: readonly Check[],
  ...rest: [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>]
): FieldInfo {
  const info = scoreField(k, fields.get(k), placements.get(k), checks.filter((c) => c.ok), fields, ...rest);
  // Split out of a run of digits: a failed identity through it may be the split itself (a digit
  // given to the wrong cell, a cell the run never printed), whatever the failure site names.
  const split = fields.get(k)?.flags.includes('segmented') === true;
  const confidence = split ? Math.min(info.confidence, SEGMENTED_UNCONFIRMED_CAP) : info.confidence;
  return { ...info, confidence, flags: [...new Set([...info.flags, 'checkFailed' as const])].sort() };
}

/**
 * Every field below 0.9 (≤ GUESS_CAP): the report read may not be the document's (sections/multiple-reports.ts:
 * several reports in one document, none named the document's by the evidence). Returns the keys capped.
 */
export function capEvery(scored: { fields: Record<string, FieldInfo>; confidence: number }, keys: readonly string[], cap = GUESS_CAP): string[] {
  const capped = keys.filter((k) => (scored.fields[k]?.confidence ?? 0) > cap);
  for (const k of capped) scored.fields[k] = { ...scored.fields[k]!, confidence: cap };
  scored.confidence = keys.length ? Math.round((keys.reduce((s, k) => s + (scored.fields[k]?.confidence ?? 0), 0) / keys.length) * 1000) / 1000 : 0;
  return capped;
}

/** Runs (Placement.run) in which identities fail through members of at least `rows` different rows (groups). */
function runsFailedInRows(checks: readonly Check[], placements: ReadonlyMap<string, Placement>, rows: number): Set<string> {
  const failedRows = new Map<string, Set<string>>();
  for (const c of checks) {
    if (c.ok) continue;
    for (const k of c.keys) {
      const key = k.replace(/^-/, '');
      const run = placements.get(key)?.run;
      if (run === undefined) continue;
      if (!failedRows.has(run)) failedRows.set(run, new Set());
      failedRows.get(run)!.add(rowOf(key));
    }
  }
  return new Set([...failedRows].filter(([, r]) => r.size >= rows).map(([run]) => run));
}

/** Runs (Placement.run) through a member of which an identity fails: none of their values stays ≥ 0.9. */
export function runsWithFailure(checks: readonly Check[], placements: ReadonlyMap<string, Placement>): Set<string> {
  const out = new Set<string>();
  for (const c of checks) {
    if (c.ok) continue;
    for (const k of c.keys) {
      const run = placements.get(k)?.run;
      if (run !== undefined) out.add(run);
    }
  }
  return out;
}
