#!/usr/bin/env python3
"""Tilts every page's content of a PDF by a small angle about the page centre, as a page placed at
an angle or an object-rotate tool does: the content stream is wrapped in
`q cos sin -sin cos tx ty cm ... Q` (text, rulings and images turn together).

    /usr/bin/python3 scripts/tilt-pdf.py IN.pdf OUT.pdf DEGREES   (positive: counter-clockwise as displayed)
Needs pikepdf (Debian python3-pikepdf). Used by scripts/pdf-printers.mjs (`tilt*` re-prints).
"""
import math
import sys

import pikepdf


def tilt(src, out, degrees):
    pdf = pikepdf.open(src)
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    for page in pdf.pages:
        box = [float(x) for x in page.mediabox]
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        page.contents_coalesce()
        body = page.obj.Contents.read_bytes()
        cm = f'q {c:.6f} {s:.6f} {-s:.6f} {c:.6f} {cx - c * cx + s * cy:.3f} {cy - s * cx - c * cy:.3f} cm\n'
        page.obj.Contents = pdf.make_stream(cm.encode() + body + b'\nQ\n')
    pdf.save(out)


if __name__ == '__main__':
    tilt(sys.argv[1], sys.argv[2], float(sys.argv[3]))
