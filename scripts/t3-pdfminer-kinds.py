#!/usr/bin/python3
"""Table 三's layout kinds in pdfminer dumps (miner43, issue 15), with the scorer's verdicts of its fields per kind.
  /usr/bin/python3 scripts/t3-pdfminer-kinds.py ROOT KIND SCORED [-v]   e.g. /tmp/miner43/g60-1003000 pdfminer-a4-all /tmp/miner43/d60-a2
    ROOT/docs/KIND/rNN.txt the dumps (scripts/gen61-all-stems.py), SCORED/docs/KIND__rNN.txt.json scripts/print-mix/score.mjs's
    verdicts; -v one line per dump. Prints per kind: dumps, table 三 fields, right (any confidence), right ≥ 0.9, missing, wrong < 0.8.
  /usr/bin/python3 scripts/t3-pdfminer-kinds.py --boxes PDF   table 三's text boxes in pdfminer's order (page, box, L label /
    V values with x0,y1 of each line): what the kinds are made of.
  /usr/bin/python3 scripts/t3-pdfminer-kinds.py --guillotine PDF…   per page, the count of table 三's value boxes and whether
    their order is a guillotine order (splits, recursively, into a prefix above or left of the rest; see the kinds below).
  /usr/bin/python3 scripts/t3-pdfminer-kinds.py --simulate MODE PDF…   per page, whether pdfminer's grouping (group_textboxes)
    run again over table 三's boxes alone gives the dump's order: MODE true (the boxes as printed), cells (value boxes
    rebuilt from their cell: x0, the row's middle, 6 pt a digit, 12 pt high — what a reader could estimate), values
    (those alone, no label boxes). gen60 1003000's cells / cells+ / headed pages: 23 / 30, 15 / 30, 19 / 28 exact — the order
    turns on ties between equal merge distances in a regular grid, so the geometry has to be nearly exact.
Kinds, from the dump's table-三 stretch (本年新收 … 行政复议):
  rows       ≥ 10 lines of ≥ 5 counts: a row's values on one line (beside its label or not) — read today
  cells      ≥ 100 lines of one count: every cell its own text box (a Chromium A4 print's ruled cells), the boxes in the order
             of pdfminer's grouping tree (layout.group_textboxes: the two closest boxes/groups by bounding-box area merged
             first, a group's members sorted by 0.5·x0 − 1.5·(y0 + y1)); the shapes follow the table's aspect: narrow
             columns of short rows come as column runs (gen60 1003024: 11 runs), rows taller than the columns are wide as
             row pairs and small blocks (1003007: '116' / '23 6' / '5' / then rows 1–2 of columns 0..3 by column …)
  cells+     30–99 such lines: the same, part of the rows beside their labels
             The order is mostly a guillotine one (each group is what a rectangle holds; its two parts top before bottom,
             left before right): gen60 1003000's pages of cells / cells+ / headed dumps, 23 of 28 (the others: a label and a
             value on one text line, '6.属于过程性信息 1,567', or a value's box grouped with the labels)
  headed     a column's header word (one character a line, '总' / '计') grouped with its values: that column's run named
  units      counts with a unit ('10' / '件', '16件 0件') or fullwidth digits split one a line ('６' / '８' / '件' = 68)
  other      none of these (the stretch not found, counts in prose, …)"""
import json, os, re, sys

TR = str.maketrans('０１２３４５６７８９．，／⼈⾃⽆⼀⼆⾏', '0123456789.,/人自无一二行')
HEADS = {'自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他法人或其他组织', '其他', '总计', '合计'}
COUNT = re.compile(r'[0-9][0-9,.]*\s*件?|/')


def stretch(path):
    lines = [l.translate(TR).strip() for l in open(path, encoding='utf-8')]
    lines = [l for l in lines if l]
    s = next((i for i, l in enumerate(lines) if re.search('本年(度)?新收', l)), 0)
    e = next((i for i, l in enumerate(lines) if i > s and '行政复议' in l), len(lines))
    return lines[s:e]


def headed_runs(lines):
    """Header words piled one or two characters a line and followed by ≥ 10 counts."""
    n, i = 0, 0
    while i < len(lines):
        j, word = i, ''
        while j < len(lines) and len(lines[j]) <= 2 and re.fullmatch(r'[\u4e00-\u9fff]+', lines[j]):
            word, j = word + lines[j], j + 1
        if j == i or word not in HEADS:
            i += 1
            continue
        k, counts = j, 0
        while k < len(lines) and (COUNT.fullmatch(lines[k]) or lines[k] == '件'):
            counts, k = counts + (lines[k] != '件'), k + 1
        n, i = n + (counts >= 10), j
    return n


def kind_of(lines):
    one = sum(1 for l in lines if COUNT.fullmatch(l))
    rows = sum(1 for l in lines if len(re.findall(r'(?<![0-9.,])[0-9][0-9,.]*', l)) >= 5)
    units = '件' in lines or (sum(1 for l in lines if re.fullmatch('[0-9]', l)) > 40 and any(re.fullmatch('[0-9]件', l) for l in lines))
    if rows >= 10: return 'rows', one, rows
    if units: return 'units', one, rows
    if headed_runs(lines): return 'headed', one, rows
    if one >= 100: return 'cells', one, rows
    return ('cells+' if one >= 30 else 'other'), one, rows


def boxes(pdf):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox
    on = False
    for pno, page in enumerate(extract_pages(pdf, laparams=LAParams())):
        for i, box in enumerate(o for o in page if isinstance(o, LTTextBox)):
            texts = [(l.get_text().strip(), l) for l in box]
            on = on or any(re.search('本年(度)?新收', t.translate(TR)) for t, _ in texts)
            if not on: continue
            if any(re.fullmatch(r'[0-9/ ,.]+', t) for t, _ in texts):
                print(pno, i, 'V', ' '.join(f'{t}@{l.x0:.0f},{l.y1:.0f}' for t, l in texts))
            else:
                print(pno, i, 'L', ''.join(t for t, _ in texts)[:24])


def value_boxes(pdf):
    """Per page, the (x0, x1, y0, y1) of table 三's value boxes in pdfminer's order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox
    state, out = 'before', []
    for page in extract_pages(pdf, laparams=LAParams()):
        cells = []
        for box in (o for o in page if isinstance(o, LTTextBox)):
            text = box.get_text().translate(TR).strip()
            if re.search('本年(度)?新收', text): state = 'in'
            if state == 'in' and '行政复议' in text: state = 'after'
            if state == 'in' and re.fullmatch(r'[0-9/ ,.\n]+', text): cells.append((box.x0, box.x1, box.y0, box.y1))
        if cells: out.append(cells)
        if state == 'after': break
    return out


def guillotine(cells, slack=1.0):
    """Whether the boxes' order splits, recursively, into a prefix above (or left of) the rest (memoised, O(n³))."""
    from functools import lru_cache

    @lru_cache(None)
    def ok(i, j):
        for k in range(i + 1, j):
            a, b = cells[i:k], cells[k:j]
            above = min(c[2] for c in a) >= max(c[3] for c in b) - slack
            left = max(c[1] for c in a) <= min(c[0] for c in b) + slack
            if (above or left) and ok(i, k) and ok(k, j): return True
        return j - i <= 1
    return ok(0, len(cells))


def simulate(mode, pdf):
    """Per page: table 三's boxes, how many, and whether pdfminer's grouping of them (rebuilt per MODE) gives the order printed."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTLayoutContainer, LTTextBox, LTTextBoxHorizontal, LTTextGroup

    def leaves(o):
        if isinstance(o, LTTextGroup):
            for c in o: yield from leaves(c)
        else: yield o
    laparams, state, out = LAParams(), 'before', []
    for page in extract_pages(pdf, laparams=laparams):
        boxes = []
        for box in (o for o in page if isinstance(o, LTTextBox)):
            text = box.get_text().translate(TR).strip()
            if re.search('本年(度)?新收', text): state = 'in'
            if state == 'in' and '行政复议' in text: state = 'after'
            if state != 'in': continue
            value = re.fullmatch(r'[0-9/ ,.\n]+', text)
            if mode == 'values' and not value: continue
            x0, y0, x1, y1 = box.bbox
            if mode != 'true' and value:
                mid = (y0 + y1) / 2
                x1, y0, y1 = x0 + 6.0 * len(re.sub('[ ,]', '', text)), mid - 6, mid + 6
            b = LTTextBoxHorizontal()
            b.set_bbox((x0, y0, x1, y1))
            b.order = len(boxes)
            boxes.append(b)
        if len(boxes) > 2:
            groups = LTLayoutContainer(page.bbox).group_textboxes(laparams, boxes)
            for g in groups: g.analyze(laparams)
            got = [b.order for g in groups for b in leaves(g)]
            out.append((len(boxes), got == list(range(len(boxes)))))
        if state == 'after': break
    print(os.path.basename(pdf), out)


def main(argv):
    if argv[0] == '--boxes': return boxes(argv[1])
    if argv[0] == '--guillotine':
        sys.setrecursionlimit(10000)
        for pdf in argv[1:]: print(os.path.basename(pdf), [(len(p), guillotine(p)) for p in value_boxes(pdf)])
        return
    if argv[0] == '--simulate':
        for pdf in argv[2:]: simulate(argv[1], pdf)
        return
    root, kind, scored = argv[:3]
    per = {}
    for name in sorted(os.listdir(f'{root}/docs/{kind}')):
        k, one, rows = kind_of(stretch(f'{root}/docs/{kind}/{name}'))
        counts = per.setdefault(k, {'docs': 0})
        counts['docs'] += 1
        mine = {}
        for key, v in json.load(open(f'{scored}/docs/{kind}__{name}.json'))['verdicts']:
            if key.startswith('requests.'): mine[v] = mine.get(v, 0) + 1
        for v, n in mine.items(): counts[v] = counts.get(v, 0) + n
        if '-v' in argv: print(name, k, f'one-count lines {one}, row lines {rows}', json.dumps(mine))
    for k, c in sorted(per.items()):
        fields = sum(n for v, n in c.items() if v != 'docs')
        print(f"{k:8s} dumps {c['docs']:2d}  fields {fields:5d}  right {c.get('right', 0) + c.get('sure', 0):5d}"
              f"  ≥0.9 {c.get('sure', 0):5d}  missing {c.get('missing', 0):5d}  wrong<0.8 {c.get('wLow', 0):4d}"
              f"  wrong.8–.9 {c.get('wMid', 0)}  WRONG≥0.9 {c.get('wHigh', 0)}")


main(sys.argv[1:])
