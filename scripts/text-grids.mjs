/**
 * @file Tables (rows of cell strings, '' for a blank or spanned cell) rendered the ways text dumps
 * print them, for the variant generators: tab text keeping or dropping blank cells, a markdown pipe
 * table, and a box-drawn table (w3m / lynx style, `┌─┬─┐ │…│ ├─┼─┤`) whose long cells wrap over
 * several lines.
 */

/** Tab text: every cell (blank cells kept, so cells stay at their grid column), or with blank cells dropped (`dense`, a dump that loses them). */
export function tabText(rows, { dense = false } = {}) {
  return rows.map((r) => (dense ? r.filter((c) => c !== '') : r).join('\t'));
}

/** A markdown pipe table (its first row the header row, then the `---` rule). */
export function pipeText(rows) {
  const n = Math.max(...rows.map((r) => r.length));
  const line = (r) => `| ${[...r, ...Array(n - r.length).fill('')].join(' | ')} |`;
  return [line(rows[0]), `|${Array(n).fill('---').join('|')}|`, ...rows.slice(1).map(line)];
}

/** Display width of a string in a fixed-width dump (CJK characters two columns). */
const width = (s) => [...s].reduce((w, ch) => w + (ch.codePointAt(0) >= 0x2e80 ? 2 : 1), 0);

/** A cell's text cut into pieces no wider than `wrap` columns. */
function pieces(text, wrap) {
  const out = [];
  let cur = '';
  for (const ch of text) {
    if (cur !== '' && width(cur + ch) > wrap) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  return [...out, cur];
}

/** A box-drawn table, every cell wrapped at `wrap` display columns; a rule between every two rows. */
export function boxText(rows, { wrap = 14 } = {}) {
  const n = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...Array(n - r.length).fill('')].map((c) => pieces(c, wrap)));
  const widths = Array.from({ length: n }, (_, k) => Math.max(1, ...grid.map((r) => Math.max(...r[k].map(width)))));
  const rule = (l, m, r) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const pad = (s, w) => s + ' '.repeat(w - width(s));
  const out = [rule('┌', '┬', '┐')];
  grid.forEach((r, i) => {
    const height = Math.max(...r.map((c) => c.length));
    for (let h = 0; h < height; h++) out.push(`│ ${r.map((c, k) => pad(c[h] ?? '', widths[k])).join(' │ ')} │`);
    out.push(i === grid.length - 1 ? rule('└', '┴', '┘') : rule('├', '┼', '┤'));
  });
  return out;
}
