#!/usr/bin/python3
"""Prints one synthetic report (JSON on stdin, from scripts/reportlab-dumps.mjs) to a PDF with
reportlab: a third "printer" besides Chromium and LibreOffice, with its own geometry. The JSON
gives the values and labels (scripts/template-data.mjs) and the geometry: font, font size, label
and value column widths, cell padding, value alignment (l/r/c), row height, ruled or not, zero
cells printed blank, rules ('grid', 'hlines': horizontal rules only, 'three': 三线表), and the
header cells' alignment (headAlign, l/r/c: default the labels'). Usage: reportlab-print.py OUT.pdf < spec.json  (needs python3-reportlab and
fonts-wqy-zenhei or fonts-droid-fallback).

`spec.twist` (optional) prints what other producers do to the same report (scripts/pdf-twists.mjs):
- {"kind": "watermark", "size", "gray", "front", "texts", "count"}: upright grey text ('公开 2024
  第1页') set at random places over (front) or under the table cells of every page;
- {"kind": "ocrLayer", "images": [png per page], "errors"}: every page is the picture of the plain
  print with all text invisible (render mode 3) over it, values' digits misread (1→7, 0→6, 3→8)
  at rate `errors` (a scanner's searchable PDF);
- {"kind": "invisibleCopy", "dx", "dy", "errors"}: every value drawn again, shifted, invisibly,
  with misread digits at rate `errors`;
- {"kind": "wideNumbers", "tz" | "tc", "fit"?}: values set with horizontal scaling tz (%) or character
  spacing tc (pt); with `fit`, each cut down to what keeps the value inside its cell's padding;
- {"kind": "hiddenGlyph", "how"}: every value drawn with a decoy digit a viewer does not show
  (`hidden_glyph`: size 0, 0 Tz, render mode 3, white, out of a clip, painted over, fill or stroke
  alpha 0, nearly 0 or faint 0.15-0.34, or filled pale grey 0.86-0.97: `pale`); or a glyph of it drawn over another of its glyphs (`stacked`);
- {"kind": "fakeBold", "how", "copies", "dx", "dy", "labels"}: every value (and with `labels` every
  other text) drawn `copies` times, each copy `dx` pt right (and `dy` pt up) of the last, as a
  printer without a bold face does (`fake_bold`): separate text objects in a random order
  ('objects'), one `TJ` stepping back over the whole text ('tj'), or each glyph drawn again before
  the next ('glyphs', a `TJ` stepping back over each glyph);
- {"kind": "splitValue", "gap": [lo, hi]}: every value of three characters or more drawn as two runs, a gap
  of lo-hi digit widths between them;
- {"kind": "cellClip", "how", "gap": [lo, hi]}: every value drawn inside a clip of its own (a producer
  that clips each cell, as WPS does) reaching lo-hi em past its ends (`cell_clip`): 'fill' centres the
  value whole in the clip (the page shows every digit); 'cull' leaves its last digit out of the
  content stream, the clip's right edge lo-hi em past the shown digits (Skia drops a glyph whose ink
  lies wholly outside the clip: the page shows the value without it), the left edge as near or farther.
`twist.seed` seeds its randomness."""
import json, random, sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = {
    'wqy': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
    'droid': ('/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', None),
}
spec = json.load(sys.stdin)
g = spec['geometry']
path, sub = FONTS[g['font']]
pdfmetrics.registerFont(TTFont('F', path, subfontIndex=sub) if sub is not None else TTFont('F', path))
W, H = g.get('page', [595, 842])
M = g['margin']
fs = g['fontSize']
pad = g['padding']
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
state = {'y': H - M, 'page': 1}
twist = spec.get('twist') or {}
tk = twist.get('kind')
rnd = random.Random(twist.get('seed', 0))
MISREAD = {'1': '7', '0': '6', '3': '8'}


def misread(s):
    """The value with one digit misread as an OCR program may (1→7, 0→6, 3→8), at rate twist.errors."""
    at = [i for i, ch in enumerate(s) if ch in MISREAD]
    if not at or rnd.random() >= twist.get('errors', 0):
        return s
    i = rnd.choice(at)
    return s[:i] + MISREAD[s[i]] + s[i + 1:]


def show(x, y, s, size, kind='text', wide=None):
    """Draws one text at (x, y), left-aligned, as the twist wants it (`wide`: the tz/tc of this value)."""
    wide = wide or twist
    c.setFont('F', size)
    if tk == 'ocrLayer':
        c.drawString(x, y, misread(s) if kind == 'value' else s, mode=3)
        return
    if tk == 'wideNumbers' and kind == 'value':
        t = c.beginText(x, y)
        t.setFont('F', size)
        t.setHorizScale(wide.get('tz', 100))
        t.setCharSpace(wide.get('tc', 0))
        t.textOut(s)
        # Tz and Tc are text state, kept across text objects: set back, or every later text is wide too.
        t.setHorizScale(100)
        t.setCharSpace(0)
        c.drawText(t)
        return
    if tk == 'hiddenGlyph' and kind == 'value' and s.strip():
        hidden_glyph(x, y, s, size)
        return
    if tk == 'fakeBold' and s.strip() and (kind == 'value' or twist.get('labels')):
        fake_bold(x, y, s, size)
        return
    if tk == 'cellClip' and kind == 'value' and s.strip():
        cell_clip(x, y, s, size)
        return
    if tk == 'splitValue' and kind == 'value' and len(s.strip()) >= 3:
        # Two runs in the cell, a gap of twist.gap digit widths between them: two numbers the page shows apart.
        k = rnd.randint(1, len(s) - 1)
        wd = pdfmetrics.stringWidth('0', 'F', size)
        c.drawString(x, y, s[:k])
        c.drawString(x + pdfmetrics.stringWidth(s[:k], 'F', size) + rnd.uniform(*twist['gap']) * wd, y, s[k:])
        return
    c.drawString(x, y, s)
    if tk == 'invisibleCopy' and kind == 'value':
        c.drawString(x + twist.get('dx', 0.8), y + twist.get('dy', -0.6), misread(s), mode=3)


def cell_clip(x, y, s, size):
    """Draws a value inside a clip of its own, as twist.how says ('fill' / 'cull', see the module's doc)."""
    cull = twist['how'] == 'cull' and len(s.strip()) >= 2
    shown = s.rstrip()[:-1] if cull else s
    # A cut leaves the clip's edge short of where the dropped digit's ink starts: Droid Sans Fallback
    # has no Latin digits (its boxes draw narrow in a 1 em advance, 0.29 em in); WenQuanYi's start 0.03 em in.
    right = rnd.uniform(*(twist['gap'] if not cull or g['font'] == 'droid' else twist.get('gapNarrow', twist['gap']))) * size
    # A filled cell centres the value: the same gap on its left. A cut one: its left gap as near, or a cell's padding.
    left = right if not cull or rnd.random() < 0.5 else rnd.uniform(right, right + 0.3 * size)
    c.saveState()
    p = c.beginPath()
    p.rect(x - left, y - 0.6 * size, left + pdfmetrics.stringWidth(shown, 'F', size) + right, 2 * size)
    c.clipPath(p, stroke=0, fill=0)
    c.drawString(x, y, shown)
    c.restoreState()


def hidden_glyph(x, y, s, size):
    """Draws a value with a decoy digit in its own text object, hidden the way twist.how says: at font
    size 0 ('fs0'), 0 Tz ('tz0'), in render mode 3 ('tr3') or white ('white') with its advance taken
    back by Tc (the shown digits stay together), before, inside or after the value; or after / before
    it, cut off by a clip ending between ('clip'), or painted over by a white box ('cover')."""
    d = str(rnd.randint(0, 9))
    how = twist['how']
    wd = pdfmetrics.stringWidth(d, 'F', size)
    if how in ('clip', 'cover'):
        after = rnd.random() < 0.5
        text = s + d if after else d + s
        x0 = x if after else x - wd
        edge = x + pdfmetrics.stringWidth(s, 'F', size) + rnd.uniform(0.02, 0.1) * size if after else x - rnd.uniform(0.02, 0.1) * size
        c.saveState()
        if how == 'clip':
            p = c.beginPath()
            p.rect(x0 - 2 * size if after else edge, y - size, (edge - x0 + 2 * size) if after else 4 * size + pdfmetrics.stringWidth(s, 'F', size), 3 * size)
            c.clipPath(p, stroke=0, fill=0)
        c.drawString(x0, y, text)
        c.restoreState()
        if how == 'cover':
            c.saveState()
            c.setFillGray(1)
            c.rect(edge if after else x0 - 0.1 * size, y - 0.3 * size, wd + 0.1 * size if after else edge - x0 + 0.1 * size, 1.3 * size, stroke=0, fill=1)
            c.restoreState()
        return
    k = rnd.randint(0, len(s))
    t = c.beginText(x, y)
    t.setFont('F', size)
    if how.startswith('stack'):
        stacked(t, x, y, s, size, how)
        return
    if how.startswith('alpha') or how == 'pale':
        # The decoy keeps its advance (Chromium's `color: transparent` span) unless taken back here.
        t.textOut(s[:k])
        if how == 'alpha0-stroke':
            # reportlab's text object has no stroke alpha of its own: the canvas's graphics state is set inside it.
            t.setTextRenderMode(1)
            t._canvas._doc.ensureMinPdfVersion('transparency')
            t._canvas._extgstate.set(t, 'CA', 0)
        elif how == 'pale':
            t.setFillGray(rnd.uniform(0.86, 0.97))
        else:
            t.setFillAlpha(0 if how == 'alpha0' else rnd.uniform(0.15, 0.34) if how == 'alphamid' else rnd.uniform(0.03, 0.12))
        if rnd.random() < 0.5:
            t.setCharSpace(-wd)
        t.textOut(d)
        t.setCharSpace(0)
        t.setFillAlpha(1)
        t.setFillGray(0)
        if how == 'alpha0-stroke':
            t._canvas._extgstate.set(t, 'CA', 1)
        t.setTextRenderMode(0)
        t.textOut(s[k:])
        c.drawText(t)
        return
    t.textOut(s[:k])
    if how == 'fs0':
        t.setFont('F', 0)
    elif how == 'tz0':
        t.setHorizScale(0)
    else:
        t.setCharSpace(-wd)
        if how == 'tr3':
            t.setTextRenderMode(3)
        else:
            t.setFillGray(1)
    t.textOut(d)
    t.setFont('F', size)
    t.setHorizScale(100)
    t.setCharSpace(0)
    t.setTextRenderMode(0)
    t.setFillGray(0)
    t.textOut(s[k:])
    c.drawText(t)


def fake_bold(x, y, s, size):
    """Draws a text twist.copies times, each copy twist.dx pt right and twist.dy pt up of the last
    (`fakeBold` in the module doc)."""
    n, dx, dy, how = twist['copies'], twist['dx'], twist.get('dy', 0), twist['how']
    if how == 'objects':
        order = list(range(n))
        rnd.shuffle(order)
        for k in order:
            c.drawString(x + k * dx, y + k * dy, s)
        return
    t = c.beginText(x, y)
    t.setFont('F', size)
    # The font switch reportlab writes before the string, and the string itself: '(…) Tj' made a TJ element.
    code = t._formatText(s)
    if not code.endswith(' Tj') or code.count(' Tj') != 1:
        c.drawString(x, y, s)
        return
    i = code.index('(')
    head, shown = code[:i], code[i + 1:-3]
    if how == 'tj':
        back = (pdfmetrics.stringWidth(s, 'F', size) - dx) * 1000 / size
        t._code.append('%s[%s] TJ' % (head, (' %.1f ' % back).join(['(' + shown] * n)))
    else:
        # One glyph at a time: its copies, then back to the advance after the first copy.
        parts = []
        for ch in s:
            one = t._formatText(ch)
            g = one[one.index('(') + 1:-3]
            back = (pdfmetrics.stringWidth(ch, 'F', size) - dx) * 1000 / size
            parts.append((' %.1f ' % back).join(['(' + g] * n))
            parts.append('%.1f' % ((n - 1) * dx * 1000 / size))
        t._code.append('%s[%s] TJ' % (head, ' '.join(parts[:-1])))
    c.drawText(t)


def stacked(t, x, y, s, size, how):
    """Draws a value with one glyph drawn over another of it: the glyph of digit k drawn twice, its
    advance taken back by Tc ('stack') or by moving the text origin back onto it ('stack-tm'); or
    another digit drawn over digit k, its advance taken back ('stack-other': the page shows a blot)."""
    k = rnd.randrange(len(s))
    ch = s[k]
    if how == 'stack-other':
        ch = rnd.choice([c for c in '0123456789' if c != s[k]]) if s[k].isdigit() else s[k]
    t.textOut(s[:k])
    if how == 'stack-tm':
        t.textOut(s[k])
        t.setTextOrigin(x + pdfmetrics.stringWidth(s[:k], 'F', size), y)
    else:
        t.setCharSpace(-pdfmetrics.stringWidth(ch, 'F', size))
        t.textOut(ch)
        t.setCharSpace(0)
    t.textOut(s[k:])
    c.drawText(t)


def shown_width(s, size, kind, wide=None):
    wide = wide or twist
    w = pdfmetrics.stringWidth(s, 'F', size)
    if tk == 'wideNumbers' and kind == 'value':
        return (w + wide.get('tc', 0) * len(s)) * wide.get('tz', 100) / 100.0
    return w


def fitted(s, room, kind):
    """The twist's tz/tc for a value, cut down so that it fits `room` pt when the twist says `fit`."""
    if tk != 'wideNumbers' or kind != 'value' or not twist.get('fit') or not s:
        return None
    w = pdfmetrics.stringWidth(s, 'F', fs)
    tz = max(100, min(twist.get('tz', 100), 100 * room / w))
    tc = max(0, min(twist.get('tc', 0), (room / (tz / 100) - w) / len(s)))
    return {'tz': tz, 'tc': tc}


def watermarks():
    """The twist's watermark texts at random places of the page (upright, grey)."""
    for _ in range(twist.get('count', 3)):
        size = rnd.uniform(*twist['size']) if isinstance(twist['size'], list) else twist['size']
        text = rnd.choice(twist['texts']).replace('{page}', str(state['page']))
        c.saveState()
        c.setFillGray(twist.get('gray', 0.8))
        c.setFont('F', size)
        c.drawString(rnd.uniform(M, W - M - 200), rnd.uniform(80, H - 80), text)
        c.restoreState()


def page_start():
    if tk == 'ocrLayer':
        c.drawImage(twist['images'][state['page'] - 1], 0, 0, W, H)
    if tk == 'watermark' and not twist.get('front'):
        watermarks()


def page_end():
    if tk == 'watermark' and twist.get('front'):
        watermarks()
    pn = '— %d —' % state['page']
    show(W / 2 - pdfmetrics.stringWidth(pn, 'F', 9) / 2, 25, pn, 9, 'pn')


page_start()


def width(s, size=fs):
    return pdfmetrics.stringWidth(s, 'F', size)


def wrap(s, w, size=fs):
    lines, cur = [], ''
    for ch in s:
        if cur and width(cur + ch, size) > w - 2 * pad:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur or not lines else lines


def new_page():
    page_end()
    c.showPage()
    state['page'] += 1
    state['y'] = H - M
    page_start()


def para(s, size=10.5):
    for ln in wrap(s, W - 2 * M + 2 * pad, size):
        if state['y'] < M + 20:
            new_page()
        show(M, state['y'], ln, size)
        state['y'] -= size + 6


def text(x0, x1, yy, s, align, kind):
    wide = fitted(s, x1 - x0 - 2 * pad, kind)
    w = shown_width(s, fs, kind, wide)
    x = x0 + pad if align == 'l' else x1 - pad - w if align == 'r' else (x0 + x1) / 2 - w / 2
    show(x, yy, s, fs, kind, wide)


def placed(row):
    """(column index, cell) of each cell of a row, None cells (covered by a span from above) skipped."""
    ci = 0
    for cell in row:
        if cell is None:
            ci += 1
            continue
        yield ci, cell
        ci += cell[1]


def rule(x0, x1, y, w=0.5):
    c.setLineWidth(w)
    c.line(x0, y, x1, y)


def table(rows, widths, head=0):
    """rows: list of rows; a row is a list of cells (text, colspan, rowspan, is_value); None = covered.
    head: header rows (a 三线表 rules the line under them). geometry 'rules' when ruled: 'grid'
    (every cell boxed), 'hlines' (each cell's top and bottom only), 'three' (三线表: the table's top
    and bottom on each page, and under the header)."""
    rules = g.get('rules', 'grid')
    xs = [M]
    for w in widths:
        xs.append(xs[-1] + w)
    lead = fs + g['leading']
    heights = []
    for row in rows:
        h = g['rowHeight']
        for ci, cell in placed(row):
            t, cs, rs, _ = cell
            n = len(wrap(t, xs[ci + cs] - xs[ci])) if t and not cell[3] else 1
            if rs == 1:
                h = max(h, n * lead + 2 * pad)
        heights.append(h)
    span = None  # [top, bottom] of the rows on this page (三线表)
    for ri, row in enumerate(rows):
        if state['y'] - heights[ri] < M + 10:
            if span and g['ruled'] and rules == 'three':
                rule(xs[0], xs[-1], span[0], 1.5), rule(xs[0], xs[-1], span[1], 1.5)
            span = None
            new_page()
        top = state['y']
        span = [span[0] if span else top, top - heights[ri]]
        if g['ruled'] and rules == 'three' and head and ri == head - 1:
            rule(xs[0], xs[-1], top - heights[ri], 0.75)
        for ci, cell in placed(row):
            t, cs, rs, is_value = cell
            x0, x1 = xs[ci], xs[ci + cs]
            h = min(sum(heights[ri:ri + rs]), top - (M + 10))
            if g['ruled'] and rules == 'grid':
                c.setLineWidth(0.5)
                c.rect(x0, top - h, x1 - x0, h)
            elif g['ruled'] and rules == 'hlines':
                rule(x0, x1, top), rule(x0, x1, top - h)
            # A number is never broken over lines (it may overflow its cell's padding).
            lines = ([t] if is_value else wrap(t, x1 - x0)) if t else []
            yy = top - h / 2 + len(lines) * lead / 2 - fs * 0.85
            for ln in lines:
                align = g['valueAlign'] if is_value else g.get('headAlign', g['labelAlign']) if ri < head else g['labelAlign']
                text(x0, x1, yy, ln, align, 'value' if is_value else 'label')
                yy -= lead
        state['y'] -= heights[ri]
    if span and g['ruled'] and rules == 'three':
        rule(xs[0], xs[-1], span[0], 1.5), rule(xs[0], xs[-1], span[1], 1.5)
    state['y'] -= 14


def V(v):
    if v == 0 and g['blankZero']:
        return ''
    return ('%.2f' % v).rstrip('0').rstrip('.') if isinstance(v, float) else str(v)


s = spec
para(s['title'], 14)
para('一、总体情况')
para('本年度，本机关认真贯彻落实政府信息公开工作部署，持续推进决策、执行、管理、服务、结果公开。')
para('二、主动公开政府信息情况')
for head, cols, items in s['active']:
    n = len(cols)
    rows = [[(head, n + 1, 1, False)], [('信息内容', 1, 1, False)] + [(h, 1, 1, False) for h in cols]]
    for label, vals in items:
        rows.append([(label, 1, 1, False)] + [(V(v), 1, 1, True) for v in vals])
    table(rows, [g['labelWidth']] + [(W - 2 * M - g['labelWidth']) / n] * n, head=2)
para('三、收到和处理政府信息公开申请情况')
lw = g['labelWidth']
label_widths = [lw * 0.18, lw * 0.27, lw * 0.55]
val = W - 2 * M - lw
wide = g['valueWidths']
vws = [val * w / sum(wide) for w in wide]
# geometry 't3Order' prints table 三's columns in an order the template does not have (to check that
# such a print is not read confidently in the template's order): 'groupFirst' puts the 法人或其他组织
# group before 自然人, 'subsReversed' prints the five sub-columns right to left. The values follow.
t3_order = g.get('t3Order', 'template')
subs = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
if t3_order == 'groupFirst':
    t3_perm = [1, 2, 3, 4, 5, 0, 6]
    t3_head = [[None, None, None, ('法人或其他组织', 5, 1, False), ('自然人', 1, 2, False), ('总计', 1, 2, False)],
               [None, None, None] + [(t, 1, 1, False) for t in subs] + [None, None]]
else:
    t3_perm = [0, 5, 4, 3, 2, 1, 6] if t3_order == 'subsReversed' else list(range(7))
    t3_head = [[None, None, None, ('自然人', 1, 2, False), ('法人或其他组织', 5, 1, False), ('总计', 1, 2, False)],
               [None, None, None, None] + [(subs[k - 1], 1, 1, False) for k in t3_perm[1:6]] + [None]]
rows = [
    [('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3, False), ('申请人情况', 7, 1, False)],
] + t3_head
reqs = s['requests']
# Simple label layout: block label and item label in the two right label columns; the result group
# (三、本年度办理结果) in the first, spanning every outcome row.
outcome = [k for k, r in enumerate(reqs) if r[2] != 'full']
for k, (grp, label, span, vals) in enumerate(reqs):
    row = []
    if span == 'full':
        row.append((label, 3, 1, False))
    else:
        if k == outcome[0]:
            row.append(('三、本年度办理结果', 1, len(outcome), False))
        else:
            row.append(None)
        if span == 'block':
            row.append((label, 2, 1, False))
        else:
            if grp is not None:
                row.append((grp[0], 1, grp[1], False))
            else:
                row.append(None)
            row.append((label, 1, 1, False))
    rows.append(row + [(V(vals[k]), 1, 1, True) for k in t3_perm])
table(rows, label_widths + vws, head=3)
para('四、政府信息公开行政复议、行政诉讼情况')
rw = (W - 2 * M) / 15
sub = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
rows = [
    [('行政复议', 5, 2, False), ('行政诉讼', 10, 1, False)],
    [None] * 5 + [('未经复议直接起诉', 5, 1, False), ('复议后起诉', 5, 1, False)],
    [(t, 1, 1, False) for t in sub * 3],
    [(V(v), 1, 1, True) for v in s['review']],
]
table(rows, [rw] * 15, head=3)
para('五、存在的主要问题及改进情况')
para('一是公开内容不够全面；二是政策解读形式较为单一。下一步将加强培训，提升公开质量。')
para('六、其他需要报告的事项')
para('本年度未收取信息处理费。')
page_end()
c.save()
