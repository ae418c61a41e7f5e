/**
 * @file One CSV cell, safe to open in a spreadsheet. Text that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (a title, an agency, a file name, a source line) would be run as a formula
 * by Excel, LibreOffice or Google Sheets; following the OWASP CSV-injection rule it is prefixed
 * with a single quote (shown as text, not executed), and every cell with a separator, quote or
 * line break is quoted with inner quotes doubled. Numbers are written as numbers: `-15` (本年增/减)
 * stays a number. https://owasp.org/www-community/attacks/CSV_Injection
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/** Text neutralised for spreadsheets: formula-leading text gets a leading `'`. Numbers and booleans as they are. */
export function neutralise(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  return FORMULA_LEAD.test(s) ? `'${s}` : s;
}

/** A CSV cell: neutralised, then quoted when it holds `,`, `"`, CR or LF. */
export function csvCell(v: unknown): string {
  const s = neutralise(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF, as RFC 4180 and Excel expect). */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Parses CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF); a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((c) => c !== ''));
}
