#!/usr/bin/env python3
"""Which blank cells of table 三 a PDF print shows, from the space glyphs the producer drew (a probe, no generator).

LibreOffice's Word round trip (HTML -> .docx -> PDF) draws a cell that held '&nbsp;' (or ' ') as ONE space glyph
centred in the cell; a cell that held nothing ('<td></td>') draws nothing. pdf.js's getTextContent does not keep
those glyphs: it folds a drawn space into the gap and emits one ' ' item as wide as the whole gap (fresh51 k1/lo-docx
b23: ' ' 338 pt wide over six blank cells), so the blank cells are visible only in the operator list (the pipeline
walks them as `spaces` in src/pdf/text-walk.ts, used today only by src/pdf/drawn-spaces.ts to cut digit runs).

For each PDF this prints, over the lines from '三、收到' to table 四's heading (mutool trace, glyph positions):
  rows      lines with a number or a drawn space right of the row's label
  cells/row how many such cells the rows show (number runs + drawn spaces), as {count: rows}
  drawn     drawn space glyphs among them (blank cells seen)
  cols      x positions (pt, 4 pt bins) where cells recur on >= 3 rows: the columns the print shows (a column clipped
            off the page, as 其他/总计 in fresh51 lo-docx b24/b47/b59, has none)
A row whose cell count equals the number of `cols` has every visible column's value determined by position; a
print with drawn = 0 and rows showing 1-2 cells leaves its blank cells undetermined by position.

  python3 scripts/drawn-blank-cells.py FILE.pdf ...
(pdfblankb52, 2026-12-06; fresh51 numbers in docs/development.md.)
"""
import collections
import re
import subprocess
import sys

GLYPH = re.compile(r'<g unicode="([^"]*)" glyph="[^"]*" x="([^"]*)" y="([^"]*)"')
SPACES = (' ', '\u00a0')


def page_lines(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    m = re.search(r'Pages:\s+(\d+)', info)
    for p in range(1, int(m.group(1)) + 1 if m else 1):
        trace = subprocess.run(['mutool', 'trace', path, str(p)], capture_output=True, text=True).stdout
        rows = collections.OrderedDict()
        for g in GLYPH.finditer(trace):
            rows.setdefault(g.group(3), []).append((float(g.group(2)), g.group(1)))
        yield from rows.values()


def cells(glyphs):
    """Number runs and drawn spaces after the line's last text character: (text, x)."""
    last = max([i for i, (_, u) in enumerate(glyphs) if not (u.isdigit() or u in SPACES or u == '.')] or [-1])
    out, cur = [], None
    for x, u in glyphs[last + 1:]:
        if u in SPACES:
            out.append(['_', x, x])
            cur = None
        elif u.isdigit():
            if cur is not None and x - cur[2] < 12:
                cur[0] += u
                cur[2] = x
            else:
                cur = [u, x, x]
                out.append(cur)
    return [(c[0], c[1]) for c in out]


def probe(path):
    rows, on = [], False
    for glyphs in page_lines(path):
        text = ''.join(u for _, u in glyphs)
        if '三、收到' in text:
            on = True
        if on and '四、' in text and '复议' in text:
            break
        if on and cells(glyphs):
            rows.append(cells(glyphs))
    bins = collections.Counter(round(x / 4) * 4 for r in rows for _, x in r)
    cols = sorted(x for x, n in bins.items() if n >= 3)
    widths = dict(sorted(collections.Counter(len(r) for r in rows).items()))
    drawn = sum(1 for r in rows for v, _ in r if v == '_')
    return f'rows {len(rows)} cells/row {widths} drawn {drawn} cols {cols}'


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for f in sys.argv[1:]:
        print(f, probe(f))
