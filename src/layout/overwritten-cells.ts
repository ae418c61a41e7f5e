/**
 * @file Tables that Debian's html2text (1.3.2a, the C++ one: `html2text -utf8`) lays out by bytes.
 * It places each cell at a column computed in characters but writes it in UTF-8 bytes, so a
 * Chinese label wider than its column runs under the cells after it, and each value is written
 * over the label's bytes: '（二）部分公开（区分处理的�0只�17这4���0形，5��计�0��26情形）' holds
 * the row's seven values 0 17 4 0 5 0 26, each between pieces of the label, the characters it cut
 * read as U+FFFD. With borders (`<table border=1>`) the values stand after their bars with the
 * label's pieces behind them: '|2.其他法律行政|12�|0禁| ��开_| ______|'.
 *
 * A value is whole (ASCII digits are never part of a multi-byte character, and a value never runs
 * into the next column); what around it is not a digit is the label's remnant. Such a row is
 * written back as the label, its remnants joined to it, followed by its values
 * ('（二）部分公开（区分处理的�只�这�形，�计�情形）  0  17  4  0  5  0  26'; a lone value as a tab cell: borderlessRow); a bordered row's value cells keep
 * their value only ('|12_|0_| ___|'), their remnants joined to its label cell ('|行政�|3范性文件|' →
 * '|行政�范性文件|3____|': the cut label alone, '行政�', fits every 行政… row of table 二). Numbers in a row's label (the ordinal '4.' of '（三�4.保护第三方合…')
 * stay label. The identities of the table (row sums, column totals) then check the values as
 * for any other dump.
 *
 * A blank cell written as nothing (`<td></td>`, no &nbsp;) keeps the label's remnant from its bar on
 * ('|一、本年新收政府信息公开�|请|���|____|…|13____|__|13|'): the table's value columns — the most value or blank
 * cells any of its rows ends with, html2text printing every cell of every row between bars it shares —
 * say that '请' and '���' are value cells the label ran on into, read blank (ranOnCells).
 *
 * Only a dump that shows the overwrite — at least MIN_OVERWRITTEN_ROWS rows where a value is
 * glued to a cut character inside a label — is read so; elsewhere a digit next to U+FFFD is a
 * damaged number (tokenize-cell.ts) and stays so.
 */

/** Rows showing the overwrite a dump needs before its rows are read as overwritten (one could be a stray byte). */
export const MIN_OVERWRITTEN_ROWS = 3;

const CUT = '\ufffd';
/** A number as html2text writes it: digits, a decimal part, a sign (the 2019 table's 本年增/减). */
const NUMBER = /-?\d+(?:\.\d+)?/g;
/** A value glued to a cut character inside text, the dump's evidence of the overwrite ('的�0只', '�17这', '申14��'). */
const GLUED = /[\p{Script=Han}\ufffd，、）][\d.-]*\d\ufffd|\ufffd-?\d[\d.]*[\p{Script=Han}\ufffd，、（]/u;
/**
 * A value on a row that shows the overwrite, in a dump that does: glued to a cut character, or
 * standing after a space with the label's remnant glued behind it (a centred cell: '属于� 0家 0�� 0').
 */
const VALUE_IN_REMNANT = /\d\ufffd|\ufffd-?\d|(?:^|\s)-?\d+(?:\.\d+)?[\p{Script=Han}]/u;
/** An ordinal opening a label ('4.' in '（三�4.保护…', '1.' in '（四）无法提供1.本机关…'). */
const ORDINAL = /^\d{1,2}[.．、](?=[\p{Script=Han}\ufffd“])/u;
/** A label's remnant behind a value in a bordered cell: characters of the label, cut ones, html2text's padding. */
const REMNANT = /^[\p{Script=Han}\ufffd，、。：；“”（）《》_\s]*$/u;

/**
 * The label's pieces the values left, in order, joined to what stands before the first value: the
 * label as far as the input tells it ('行政�' + '范性文件' → '行政�范性文件' for 行政规范性文件, where the
 * cut first piece alone fits every 行政… row). A value wrote over at least one character between two
 * pieces: where no cut character marks that, one is put ('行政规' + '性�' → '行政规�性�'). Runs of cut
 * characters read as one.
 */
function withRemnants(label: string, remnants: readonly string[]): string {
  let out = label;
  for (const piece of remnants.map((r) => r.replace(/[\s_]/g, '')).filter((r) => r !== '')) {
    out += out.endsWith(CUT) || piece.startsWith(CUT) ? piece : CUT + piece;
  }
  return out.replace(/\ufffd+/g, CUT);
}

/**
 * A borderless row: label (with its remnants), then its values; null when it holds no value. html2text placed the values
 * at byte offsets, which the label joined in front of them no longer shows: a row's LONE value, set two spaces after the
 * whole label, read as the last column's by that place ('其他对�5管理服务事项' of a 2019 table 二, 5 under 上一年项目数量,
 * read 处理决定数量 at 0.88: text-browser-variants --sparse seed 5407), so it is written as a tab cell (in order, claiming no
 * place: its column is left to the identities, or open). Two values or more keep their order two spaces apart (their
 * reading by order there was measured: tabs for them too lost 4 % of the right fields, text-browser-variants --sparse).
 */
function borderlessRow(line: string): string | null {
  const indent = /^\s*/.exec(line)![0];
  const body = line.slice(indent.length);
  let labelEnd = -1;
  let at = 0;
  const values: string[] = [];
  const remnants: string[] = [];
  for (const m of body.matchAll(NUMBER)) {
    if (values.length === 0 && ORDINAL.test(body.slice(m.index!))) continue;
    if (labelEnd < 0) labelEnd = m.index!;
    else remnants.push(body.slice(at, m.index!));
    at = m.index! + m[0].length;
    values.push(m[0]);
  }
  if (labelEnd <= 0 || values.length === 0) return null;
  remnants.push(body.slice(at));
  const label = `${indent}${withRemnants(body.slice(0, labelEnd).trimEnd(), remnants)}`;
  return values.length === 1 ? `${label}\t${values[0]}` : `${label}  ${values.join('  ')}`;
}

/** A cell that holds a value or nothing ('13____', '1一�', '____', '  ', centred '_4__'): no label text opens it, nor an ordinal ('1.属于国家秘密'). */
const valueLike = (cell: string): boolean => {
  const body = cell.replace(/^[\s_\u00a0]+/u, '');
  return body === '' || (/^-?\d/.test(body) && !ORDINAL.test(body));
};
/** A label's remnant in a value cell read as html2text's padding: each of its characters '_' ('请' → '_', ' ��开_' → ' ___'). */
const asPadding = (t: string): string => t.replace(/\S/gu, '_');
/** Whether a cell's text runs up to its closing bar (no padding before it): a label wider than its column runs on. */
const runsOn = (cell: string): boolean => cell !== '' && !/[\s_\u00a0]$/u.test(cell);

/**
 * How many of a bordered row's last cells hold values or nothing (its cells between its first and last
 * bar), at most all but its first: '|1.属于国家秘密|___|__|2_|' → 3. The greatest over a table's rows is
 * its count of value columns (the rows print every cell, a blank one padded, and share their bars).
 */
function trailingValueCells(line: string): number {
  const inner = line.split('|').slice(1, -1);
  let n = 0;
  while (n < inner.length - 1 && valueLike(inner[inner.length - 1 - n]!)) n++;
  return n;
}

/** A cell holding a label's end and its padding ('�罚____', '��__'): it opens with a cut character, a remnant. */
const labelEnd = (cell: string): boolean => /^\ufffd[^\d]*[_\s\u00a0]$/u.test(cell) && REMNANT.test(cell);

/**
 * The value cells a label ran on into (at index ≥ `start` of `cells`), read back: index → the cell as its padding and
 * value, with the label's remnant it held. A label cell whose text reaches its bar ran on under the cells after it;
 * each of them holds the remnant where nothing was written over it — a blank value ('|请|', '|���|', '|��__|'; a
 * centred blank, '|_ �|', its '_' fill and space first) — or a value written over it ('|1一�|', centred '|_4��|').
 * Only on a row whose value cells hold a value or a padded blank besides, or the label's end ('|�罚____|': a cell
 * opening with a cut character is a remnant, html2text writing each cell's own text from its bar) — a header row's
 * words are no remnants.
 */
function ranOnCells(cells: readonly string[], start: number): Map<number, { cell: string; remnant: string }> {
  const out = new Map<number, { cell: string; remnant: string }>();
  const end = cells.length - 1;
  if (start < 2 || start >= end || !runsOn(cells[start - 1]!)) return out;
  if (!cells.slice(start, end).some((c) => valueLike(c) || labelEnd(c))) return out;
  for (let i = start; i < end; i++) {
    const cell = cells[i]!;
    if (!/[^\s_\u00a0]/u.test(cell)) continue;
    if (!/\d/.test(cell) && REMNANT.test(cell)) {
      out.set(i, { cell: asPadding(cell), remnant: cell });
      continue;
    }
    const value = /^([\s_\u00a0]*)(-?\d+(?:\.\d+)?)(.*)$/su.exec(cell);
    if (value && /[^\s_\u00a0]/u.test(value[1]! + value[3]!) && REMNANT.test(value[3]!) && !ORDINAL.test(cell.trim())) {
      out.set(i, { cell: asPadding(value[1]!) + value[2]! + asPadding(value[3]!), remnant: value[3]! });
    }
  }
  return out;
}

/**
 * A bordered row: each value cell's remnants read as padding ('12�' → '12_', ' ��开_' → ' ___') and joined to the
 * label cell before them. `valueCells` is its table's count of value columns (trailingValueCells): the remnant
 * cells a label ran on into among the row's last `valueCells` cells are blank values (ranOnCells).
 */
function borderedRow(line: string, valueCells = 0): string {
  const cells = line.split('|');
  const ranOn = ranOnCells(cells, cells.length - 1 - Math.min(valueCells, cells.length - 3));
  let first = -1;
  const remnants: string[] = [];
  let textAfter = false;
  const out = cells.map((cell, i) => {
    if (i === 0) return cell;
    const read = ranOn.get(i);
    if (read) {
      if (first < 0) first = i;
      remnants.push(read.remnant);
      return read.cell;
    }
    const value = /^(\s*)(-?\d+(?:\.\d+)?)(.*)$/su.exec(cell);
    if (value && REMNANT.test(value[3]!) && (first >= 0 || !ORDINAL.test(cell.trim()))) {
      if (first < 0) first = i;
      remnants.push(value[3]!);
      return value[1]! + value[2]! + '_'.repeat([...value[3]!].length);
    }
    // A blank value cell with the label's remnant in it: blank, written ' ' first (a label starts at its bar).
    if (/^\s\S/.test(cell) && REMNANT.test(cell) && /[^\s_]/.test(cell)) {
      if (first < 0) first = i;
      remnants.push(cell);
      return asPadding(cell);
    }
    if (first >= 0 && i < cells.length - 1 && /[^\s_]/.test(cell)) textAfter = true;
    return cell;
  });
  // The label cell: the last one with text before the first value cell — a dash cell ('—': a column printed not
  // applicable) is a value, not the label (breakit57 html2text-w120 r06: '|2.重复申请___|…|—|____|1�|' had the unit cut
  // off '1件' joined to its '—', and the row's values lost).
  let labelCell = first - 1;
  while (labelCell > 0 && !LABEL_TEXT.test(cells[labelCell]!)) labelCell--;
  // The overflow past the last bar is not joined: '…处理其政府信息公开申请' on a label reads as a section heading.
  // A label cell after the values: rows a crawler joined onto one line (joined-rows.ts splits them
  // by their shapes), whose remnants cannot be told apart; each value cell only loses its remnant.
  if (textAfter) return out.join('|');
  if (labelCell > 0) out[labelCell] = withRemnants(out[labelCell]!.replace(/_+$/, ''), remnants);
  return out.join('|');
}

/** A label cell's text: something besides padding, digits and the dashes or slashes a value cell prints for none. */
const LABEL_TEXT = /[^\s_\d.,\-\u2014\u2013\uff0d/\uff0f]/;

/** Whether a line is a row of a bordered html2text table ('|…|'). */
const isBordered = (line: string): boolean => line.trimStart().startsWith('|');

/** A bordered row's tail past its last bar: the label's overflow ('…|2�|不计其他情形）'), dropped when it holds no digit. */
function dropOverflow(line: string): string {
  if (!/\|\s*-?\d/.test(line)) return line;
  const last = line.lastIndexOf('|');
  const tail = line.slice(last + 1);
  return tail.trim() !== '' && REMNANT.test(tail) ? line.slice(0, last + 1) : line;
}

/**
 * One line of an overwritten dump read back (see the file comment). A bordered row is read cell by
 * cell (a value whose remnant holds no cut character, '|0禁|', is as overwritten as one that does);
 * a borderless line only where a value is glued to a cut character — prose ('规范性文件47件') stays.
 */
function readLine(line: string, valueCells: number): string {
  if (isBordered(line)) return dropOverflow(borderedRow(line, valueCells));
  if (!line.includes(CUT) || !VALUE_IN_REMNANT.test(line)) return line;
  return borderlessRow(line) ?? line;
}

/**
 * A sentence with a cut character inside it ('…统计期限自20�1年…。'): damage (a stray byte, a
 * cut download), which html2text's overwrite never leaves — it cuts a cell's text only where the
 * next cell starts, so the cut in a cell holding prose stands before its first clause ('信息�本报告根据…。').
 * A dump showing one is damaged, and its digits next to U+FFFD stay damaged numbers.
 */
const cutInProse = (line: string): boolean => line.includes('。') && /[，。；][^\n]*\ufffd/.test(line);

/**
 * A number cell cut at both ends standing between spaces ('  �2�  '): a cell the page's edge ran
 * through, as the PDF reader marks it (pdf/clipped-text), not a value written over a label.
 */
const EDGE_CUT_CELL = /(?<=^|\s)\ufffd+[\d.,]+\ufffd+(?=\s|$)/gu;

/** Rows showing the overwrite: a value glued to a cut character inside a label (GLUED), past cut-through number cells. */
const countGlued = (lines: readonly string[]): number =>
  lines.filter((l) => l.includes(CUT) && GLUED.test(l.replace(/[|_]/g, '').replace(EDGE_CUT_CELL, ' '))).length;

/**
 * A bordered row re-encoded by a lossy encoder (GBK with 'replace': html2text's UTF-8 output saved for a
 * Chinese reader), which writes '?' for every character it cannot hold — the cut characters (U+FFFD) and
 * the no-break space html2text writes into a blank cell ('|\u00a0____|'). The blank opens its cell, so a
 * '?' right after a bar, its cell closed by a later bar, is that space ('|?____|', '|?计?|': a blank
 * value cell with the label's remnant); every other '?' is a cut character. (A header cell cut down to
 * one character, '|?|', reads blank: a header piece that told nothing.)
 */
function unreplacedRow(line: string): string {
  if (!isBordered(line)) return line;
  return line.replace(/(?<=\|)\?(?=[^|]*\|)/g, '\u00a0').replace(/\?/g, CUT);
}

/**
 * The text as html2text wrote it before a lossy re-encoding turned its cut characters and blank cells'
 * no-break spaces into '?' (unreplacedRow), when its bordered rows show the overwrite so (at least
 * MIN_OVERWRITTEN_ROWS with a value glued to such a '?'); else unchanged. The '?' of prose and of
 * borderless lines stays.
 */
function unreplaceQuestionMarks(text: string): string {
  if (text.includes(CUT) || !text.includes('?')) return text;
  const lines = text.split('\n');
  const rows = lines.map(unreplacedRow);
  return countGlued(rows) >= MIN_OVERWRITTEN_ROWS ? rows.join('\n') : text;
}

/** The text with html2text's overwritten table rows read back, when it shows them (see the file comment); else unchanged. */
export function readOverwrittenCells(input: string): string {
  const text = unreplaceQuestionMarks(input);
  if (!text.includes(CUT)) return text;
  const lines = text.split('\n');
  if (countGlued(lines) < MIN_OVERWRITTEN_ROWS || lines.some(cutInProse)) return input;
  const valueCells = tableValueCells(lines);
  return lines.map((line, i) => readLine(line, valueCells[i]!)).join('\n');
}

/** Per line, the count of value columns of the bordered table it is a row of (its run of bordered lines): the most any of its rows shows; 0 off a table. */
function tableValueCells(lines: readonly string[]): number[] {
  const out = lines.map(() => 0);
  for (let from = 0; from < lines.length; from++) {
    if (!isBordered(lines[from]!)) continue;
    let to = from;
    let most = 0;
    for (; to < lines.length && isBordered(lines[to]!); to++) most = Math.max(most, trailingValueCells(lines[to]!));
    out.fill(most, from, to);
    from = to;
  }
  return out;
}
