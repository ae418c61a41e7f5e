#!/usr/bin/python3
"""Hidden-content PDF variants (scripts/hidden-pdf-variants.mjs drives this; Debian python3-pikepdf, poppler-utils).

    /usr/bin/python3 scripts/hidden-pdf-variants.py SAMPLE.pdf SEED OUT.pdf  -> prints the mechanism

Hidden kinds draw a decoy '0' right after every number of every table page (x10 keeps every
identity, so a decoy read is a confident wrong value) and hide it by one mechanism a viewer honours:
an even-odd clip that is empty or has a hole there, a nonzero clip with a reversed inner subpath,
clips of subpaths or curves elsewhere, disjoint clips intersected, a text clip (render modes 4-7),
a form XObject's /BBox or /Matrix, 0 Tz, font size 0, a flat text matrix, an opaque fill painted
over it later (white, black, a polygon), fills whose alpha leaves it unseen (one at ca >= 0.96, two
at 0.8 one over the other) or faint (one at 0.7-0.9: it may be seen, so it must not be read
confidently). Visible kinds (V_*) change how the page's own text is
painted without hiding it: shading before it, translucent or multiplied fills after it, thin rules
over it, clips that contain it, a text clip restored before it. Positions come from pdftotext -bbox.
"""
import random, re, subprocess, sys
import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

HIDDEN = ['eo_equal', 'eo_hole', 'nz_hole_reversed', 'nz_far', 'curve_far', 'intersect', 'text_clip', 'form_bbox', 'form_matrix',
          'tz0', 'size0', 'flat_tm', 'white_over', 'black_over', 'path_over', 'alpha_over', 'stacked_alpha', 'faint_over']
VISIBLE = ['V_shade_before', 'V_fill_alpha', 'V_fill_multiply', 'V_thin_rules', 'V_clip_circle', 'V_clip_eo_ring', 'V_text_clip_restored']


def words(path):
    """Number words per page: {page index: (width, height, [(x0, top, x1, bottom), ...])}."""
    xml = subprocess.run(['pdftotext', '-bbox', path, '-'], capture_output=True, text=True, check=True).stdout
    pages = {}
    for i, m in enumerate(re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S)):
        ws = [tuple(float(v) for v in w[:4]) for w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(\d+)</word>', m.group(3))]
        if len(ws) >= 20:
            pages[i] = (float(m.group(1)), float(m.group(2)), ws)
    return pages


def circle(cx, cy, r):
    k = 0.5523 * r
    return (f'{cx + r:.2f} {cy:.2f} m {cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c {cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c '
            f'{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c {cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h ')


def build(sample, seed, out):
    r = random.Random(seed)
    kind = r.choice(HIDDEN + VISIBLE)
    pdf = pikepdf.open(sample)
    pages = words(sample)
    for idx, (W, H, ws) in pages.items():
        page = pdf.pages[idx]
        mb = [float(v) for v in page.mediabox]
        ox, oy = mb[0], mb[1]
        res = page.obj.Resources
        if '/Font' not in res:
            res.Font = Dictionary()
        res.Font.FDx = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding))
        # Each number word: PDF-space box and a decoy place right after it.
        boxes = []
        for (x0, top, x1, bottom) in ws:
            h = bottom - top
            fs = h / 1.15
            base = oy + H - bottom + 0.2 * fs
            boxes.append((ox + x0, oy + H - bottom, ox + x1, oy + H - top, fs, base))
        def txt(x, y, fs, s='0', pre=''):
            return f'BT {pre}/FDx {fs:.2f} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET\n'
        dec = ''.join(txt(b[2] + 0.3, b[5], b[4]) for b in boxes)
        lo_x, lo_y = min(b[0] for b in boxes), min(b[1] for b in boxes)
        hi_x, hi_y = max(b[2] for b in boxes) + 8, max(b[3] for b in boxes)
        margin = (ox + 4, oy + 4)  # a corner no table reaches
        ops, before = '', ''
        if kind == 'eo_equal':
            rect = f'{ox:.2f} {oy:.2f} {W:.2f} {H:.2f} re ' if r.random() < 0.5 else f'{lo_x - 5:.2f} {lo_y - 5:.2f} {hi_x - lo_x + 10:.2f} {hi_y - lo_y + 10:.2f} re '
            ops = f'q {rect}{rect}W* n {dec}Q\n'
        elif kind == 'eo_hole':
            m = r.uniform(1, 20)
            ops = f'q {ox:.2f} {oy:.2f} {W:.2f} {H:.2f} re {lo_x - m:.2f} {lo_y - m:.2f} {hi_x - lo_x + 2 * m:.2f} {hi_y - lo_y + 2 * m:.2f} re W* n {dec}Q\n'
        elif kind == 'nz_hole_reversed':
            m = r.uniform(1, 20)
            a, b, c, d = lo_x - m, lo_y - m, hi_x + m, hi_y + m
            ops = f'q {ox:.2f} {oy:.2f} {W:.2f} {H:.2f} re {a:.2f} {b:.2f} m {a:.2f} {d:.2f} l {c:.2f} {d:.2f} l {c:.2f} {b:.2f} l h W n {dec}Q\n'
        elif kind == 'nz_far':
            subs = ''.join(f'{margin[0] + 6 * k:.2f} {margin[1]:.2f} {r.uniform(1, 4):.2f} {r.uniform(1, 4):.2f} re ' for k in range(r.randint(2, 5)))
            ops = f'q {subs}W n {dec}Q\n'
        elif kind == 'curve_far':
            ops = f'q {circle(margin[0] + 10, margin[1] + 10, r.uniform(2, 9))}W n {dec}Q\n'
        elif kind == 'intersect':
            xa = r.uniform(lo_x - 30, lo_x - 5)
            ops = f'q {ox:.2f} {oy:.2f} {xa - ox:.2f} {H:.2f} re W n {xa + 2:.2f} {oy:.2f} {W:.2f} {H:.2f} re W n {dec}Q\n'
        elif kind == 'text_clip':
            mode = r.choice([4, 5, 6, 7])
            ops = f'q BT {mode} Tr /FDx 6 Tf {margin[0]:.2f} {margin[1]:.2f} Td (.) Tj ET {dec}Q\n'
        elif kind in ('form_bbox', 'form_matrix'):
            fx = Stream(pdf, dec.encode('latin-1'))
            fx.Type, fx.Subtype = Name.XObject, Name.Form
            fx.Resources = Dictionary(Font=Dictionary(FDx=res.Font.FDx))
            if kind == 'form_bbox':
                fx.BBox = Array([margin[0], margin[1], margin[0] + r.uniform(1, 20), margin[1] + r.uniform(1, 20)])
            else:
                fx.BBox = Array([ox, oy, ox + W, oy + H])
                fx.Matrix = Array([1, 0, 0, 1, 0, -(H + 50)]) if r.random() < 0.5 else Array([r.uniform(0.001, 0.01), 0, 0, r.uniform(0.001, 0.01), margin[0], margin[1]])
            if '/XObject' not in res:
                res.XObject = Dictionary()
            res.XObject.FXd = pdf.make_indirect(fx)
            ops = 'q /FXd Do Q\n'
        elif kind == 'tz0':
            ops = ''.join(txt(b[2] + 0.3, b[5], b[4], pre='0 Tz ') for b in boxes)
        elif kind == 'size0':
            ops = ''.join(f'BT /FDx 0 Tf {b[2] + 0.3:.2f} {b[5]:.2f} Td (0) Tj ET\n' for b in boxes)
        elif kind == 'flat_tm':
            ops = ''.join(f'BT /FDx {b[4]:.2f} Tf 1 0 0 0 {b[2] + 0.3:.2f} {b[5]:.2f} Tm (0) Tj ET\n' for b in boxes)
        elif kind in ('white_over', 'black_over'):
            colour = '1 g' if kind == 'white_over' else r.choice(['0 g', '0 0 0 rg', '0.2 0.2 0.6 rg'])
            ops = dec + ''.join(f'q {colour} {b[2] + 0.25:.2f} {b[1] - r.uniform(0.5, 2):.2f} {b[4] * 0.6 + r.uniform(0.5, 3):.2f} {b[3] - b[1] + r.uniform(1, 4):.2f} re f Q\n' for b in boxes)
        elif kind in ('alpha_over', 'stacked_alpha', 'faint_over'):
            alpha = {'alpha_over': r.uniform(0.96, 0.99), 'stacked_alpha': r.uniform(0.8, 0.85), 'faint_over': r.uniform(0.7, 0.9)}[kind]
            if '/ExtGState' not in res:
                res.ExtGState = Dictionary()
            res.ExtGState.GSa = pdf.make_indirect(Dictionary(Type=Name.ExtGState, ca=alpha))
            colour = r.choice(['1 g', '0 g', '1 1 1 rg']) if kind == 'alpha_over' else '1 g'
            layers = 2 if kind == 'stacked_alpha' else 1
            box = lambda b: f'{b[2] + 0.25:.2f} {b[1] - 1:.2f} {b[4] * 0.6 + 1.5:.2f} {b[3] - b[1] + 2:.2f} re f '
            ops = dec + ''.join(f'q /GSa gs {colour} {box(b) * layers}Q\n' for b in boxes)
        elif kind == 'path_over':
            def poly(b):
                # A pentagon from just after the number over the decoy (the number's own glyphs stay clear).
                x0, cy, s = b[2] + 0.25, b[5] + b[4] * 0.35, b[4] * 0.6
                return f'{x0:.2f} {cy - s:.2f} m {x0 + 1.2 * s:.2f} {cy - s:.2f} l {x0 + 1.6 * s:.2f} {cy:.2f} l {x0 + 1.2 * s:.2f} {cy + s:.2f} l {x0:.2f} {cy + s:.2f} l h '
            ops = dec + 'q 1 1 1 rg ' + ''.join(poly(b) for b in boxes) + 'f Q\n'
        elif kind == 'V_shade_before':
            before = 'q 0.85 g ' + ''.join(f'{b[0] - 1:.2f} {b[1] - 1:.2f} {b[2] - b[0] + 2:.2f} {b[3] - b[1] + 2:.2f} re ' for b in boxes) + 'f Q\n'
        elif kind in ('V_fill_alpha', 'V_fill_multiply'):
            gs = Dictionary(Type=Name.ExtGState, ca=r.uniform(0.2, 0.6)) if kind == 'V_fill_alpha' else Dictionary(Type=Name.ExtGState, BM=Name.Multiply)
            if '/ExtGState' not in res:
                res.ExtGState = Dictionary()
            res.ExtGState.GSx = pdf.make_indirect(gs)
            colour = '1 g' if kind == 'V_fill_alpha' else r.choice(['1 g', '1 1 0.8 rg'])
            ops = f'q /GSx gs {colour} ' + ''.join(f'{b[0] - 1:.2f} {b[1] - 1:.2f} {b[2] - b[0] + 2:.2f} {b[3] - b[1] + 2:.2f} re ' for b in boxes) + 'f Q\n'
        elif kind == 'V_thin_rules':
            ops = 'q 0 g ' + ''.join(f'{b[0] - 2:.2f} {b[1] - 0.8:.2f} {b[2] - b[0] + 4:.2f} 0.5 re ' for b in boxes) + 'f Q\n'
        elif kind == 'V_clip_circle':
            before = f'q {circle(ox + W / 2, oy + H / 2, 0.75 * max(W, H))}W n\n'
        elif kind == 'V_clip_eo_ring':
            before = f'q {ox:.2f} {oy:.2f} {W:.2f} {H:.2f} re {margin[0]:.2f} {margin[1]:.2f} 3 3 re W* n\n'
        elif kind == 'V_text_clip_restored':
            before = f'q BT 7 Tr /FDx 6 Tf {margin[0]:.2f} {margin[1]:.2f} Td (.) Tj ET Q\n'
        opened = 'q\n' + before
        closed = 'Q\n' * (2 if kind in ('V_clip_circle', 'V_clip_eo_ring') else 1)
        page.contents_add(Stream(pdf, opened.encode('latin-1')), prepend=True)
        page.contents_add(Stream(pdf, (closed + ops).encode('latin-1')), prepend=False)
    pdf.save(out)
    print(kind)


if __name__ == '__main__':
    build(sys.argv[1], int(sys.argv[2]), sys.argv[3])
