#!/usr/bin/env python3
"""poppler-blocks.py PDF [--all] — poppler's blocks of table 三 in plain-mode order (pdftotext -bbox-layout), each number block
shown as the grid cells it covers: R<row>C<col> (rows = distinct y lines holding numbers, counted over pages; cols =
x clusters of number words). Labels shown as L'text'. Shows what one block is (a cell, a row run, a column run) and order."""
import re, html, subprocess, sys
pdf = sys.argv[1]
t = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True).stdout.decode()
NUM = re.compile(r'^-?[\d,.]+$')
items = []  # (page, flow, block, lines=[[ (word,x0,x1,y0,y1) ]])
for pi, p in enumerate(re.split(r'<page ', t)[1:]):
    for fi, f in enumerate(re.findall(r'<flow>(.*?)</flow>', p, re.S)):
        for bi, b in enumerate(re.findall(r'<block [^>]*>(.*?)</block>', f, re.S)):
            lines = []
            for l in re.findall(r'<line[^>]*>(.*?)</line>', b, re.S):
                ws = [(html.unescape(w[4]), float(w[0]), float(w[2]), float(w[1]), float(w[3])) for w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', l)]
                lines.append(ws)
            items.append((pi, fi, bi, lines))
# table region
txt = lambda it: ''.join(w[0] for l in it[3] for w in l)
start = next(i for i, it in enumerate(items) if '收到和处理政府信息公开申请情况' in txt(it))
end = next((i for i, it in enumerate(items) if i > start and re.search(r'行政复议|存在的主要问题', txt(it))), len(items))
reg = items[start:end]
nums = [(it[0], w) for it in reg for l in it[3] for w in l if NUM.match(w[0])]
# rows: cluster (page, ycenter)
ys = sorted({(pg, round((w[3] + w[4]) / 2)) for pg, w in nums})
rows = []
for y in ys:
    if rows and rows[-1][0] == y[0] and abs(rows[-1][-1] - y[1]) <= 4: rows[-1].append(y[1])
    else: rows.append([y[0], y[1]])
def rowof(pg, w):
    yc = (w[3] + w[4]) / 2
    for i, r in enumerate(rows):
        if r[0] == pg and min(abs(yc - v) for v in r[1:]) <= 4: return i
xs = sorted((w[1] + w[2]) / 2 for _, w in nums)
cols = []
for x in xs:
    if cols and x - cols[-1][-1] <= 8: cols[-1].append(x)
    else: cols.append([x])
cx = [sum(c) / len(c) for c in cols]
def colof(w):
    xc = (w[1] + w[2]) / 2
    return min(range(len(cx)), key=lambda i: abs(cx[i] - xc))
out = []
for it in reg:
    parts = []
    for l in it[3]:
        seg = []
        for w in l:
            if NUM.match(w[0]): seg.append(f'R{rowof(it[0], w)}C{colof(w)}')
            else: seg.append("L'" + w[0][:8] + "'")
        parts.append(' '.join(seg))
    out.append(f'p{it[0]}f{it[1]}b{it[2]}: ' + ' / '.join(parts))
print(f'{len(rows)} rows, {len(cols)} cols, col x: ' + ' '.join(f'{c:.0f}' for c in cx))
if '--all' in sys.argv: print('\n'.join(out))
else:
    # compact: runs of one-cell blocks of one row in column order as 'R5 row', else the block
    res=[]; 
    for o in out:
        body=o.split(': ',1)[1]
        m=re.fullmatch(r'R(\d+)C(\d+)', body)
        if m and res and re.fullmatch(r'R%s row.*'%m.group(1), res[-1]): res[-1]+=' '+m.group(2); continue
        if m: res.append('R%s row %s'%(m.group(1),m.group(2))); continue
        res.append(re.sub(r"(L'[^']*' ?(/ )?){4,}", "L… ", body))
    print('\n'.join(res))
