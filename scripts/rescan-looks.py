#!/usr/bin/python3
"""Scans of a source PDF made another way than make-scans.mjs (issue 18, scan53): a family the OCR was
not tuned on. Each page is rendered grey by Ghostscript (`-sDEVICE=pnggray`) or pdftoppm (`-gray`),
then with PIL (Debian's python3-pil: run with /usr/bin/python3): uneven lighting (a linear or corner
shade, 8-28 % darker at its dark end), skew 0.2-1.5 deg either sign, a Gaussian blur of 0.3-0.8 px,
uniform noise of sigma 4-14 grey levels, JPEG quality 30-70; and wrapped back into a PDF by
  pil72  PIL's PDF writer at its default resolution (72: the page is the picture's pixels in points,
         so a 100 dpi A4 scan is a 827 x 1169 pt page),
  pil    PIL's PDF writer at the scan's resolution (an A4 page),
  gs72   Ghostscript's viewjpeg.ps through pdfwrite (the page is the picture's pixels in points).
The wrapper is the seed's residue mod 3 and the renderer
(seed // 3) mod 2 (so a run of seeds covers them all), every other draw comes from the seed; the look is written beside the scan (look.json) with the golden copied.

  /usr/bin/python3 scripts/rescan-looks.py SOURCE.pdf OUTDIR SEED [--dpi 100] [--render gs|ppm] [--wrap pil72|pil|gs72]
  -> OUTDIR/scan.pdf, OUTDIR/golden.json (from SOURCE's folder), OUTDIR/look.json
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from PIL import Image, ImageChops, ImageFilter

GS_VIEWJPEG = subprocess.run(['gs', '-q', '-dNODISPLAY', '-dNOSAFER', '-c', '(viewjpeg.ps) findlibfile { pop == } { pop (none) == } ifelse quit'],
                             capture_output=True, text=True).stdout.strip().strip('()')


def arg(name, default):
    return sys.argv[sys.argv.index(f'--{name}') + 1] if f'--{name}' in sys.argv else default


def draw_look(seed):
    r = random.Random(seed)
    look = {
        # By the seed's residues, so a run of seeds covers every render and wrapper.
        'render': ['gs', 'ppm'][(seed // 3) % 2],
        'wrap': ['pil72', 'pil', 'gs72'][seed % 3],
        'skew': round(r.uniform(0.2, 1.5) * r.choice([-1, 1]), 2),
        'blur': round(r.uniform(0.3, 0.8), 2),
        'noise': round(r.uniform(4, 14), 1),
        'quality': r.randint(30, 70),
        'shade': r.choice(['left', 'right', 'top', 'bottom', 'corner']),
        'shadeDepth': round(r.uniform(0.08, 0.28), 2),
    }
    return look, r


def render(src, page, dpi, how, stem):
    if how == 'gs':
        subprocess.run(['gs', '-q', '-o', f'{stem}.png', '-sDEVICE=pnggray', f'-r{dpi}', f'-dFirstPage={page}', f'-dLastPage={page}',
                        '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4', src], check=True)
        return f'{stem}.png'
    subprocess.run(['pdftoppm', '-gray', '-r', str(dpi), '-f', str(page), '-l', str(page), '-singlefile', src, stem], check=True)
    return f'{stem}.pgm'


def shade(img, where, depth):
    """Uneven lighting: the page multiplied by a ramp from 1 to 1 - depth."""
    w, h = img.size
    ramp = Image.linear_gradient('L')  # 256 x 256, black at top
    if where == 'corner':
        ramp = Image.radial_gradient('L')
    elif where == 'left':
        ramp = ramp.rotate(-90)
    elif where == 'right':
        ramp = ramp.rotate(90)
    elif where == 'top':
        ramp = ramp.rotate(180)
    ramp = ramp.resize((w, h), Image.BILINEAR).point(lambda v: int(255 - depth * 255 * (255 - v) / 255))
    return ImageChops.multiply(img, ramp)


def degrade(path, look, r, page):
    img = Image.open(path).convert('L')
    img = shade(img, look['shade'], look['shadeDepth'])
    img = img.rotate(look['skew'] + r.uniform(-0.1, 0.1), resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(look['blur']))
    # Seeded noise (PIL's effect_noise is not): uniform bytes scaled to the drawn sigma around 128.
    k = look['noise'] * 3 ** 0.5 / 128
    noise = Image.frombytes('L', img.size, r.randbytes(img.size[0] * img.size[1])).point(lambda v: int(128 + (v - 128) * k))
    img = ImageChops.add(img, noise, scale=1.0, offset=-128)
    return img


def main():
    src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    dpi = int(arg('dpi', '100'))
    look, r = draw_look(seed)
    look['render'] = arg('render', look['render'])
    look['wrap'] = arg('wrap', look['wrap'])
    look['dpi'] = dpi
    os.makedirs(out, exist_ok=True)
    pages = int(next(l for l in subprocess.run(['pdfinfo', src], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')).split()[1])
    tmp = tempfile.mkdtemp(prefix='rescan53-')
    try:
        jpegs = []
        for p in range(1, pages + 1):
            img = degrade(render(src, p, dpi, look['render'], os.path.join(tmp, f'p{p}')), look, r, p)
            jpg = os.path.join(tmp, f'p{p}.jpg')
            img.save(jpg, quality=look['quality'])
            jpegs.append(jpg)
        target = os.path.join(out, 'scan.pdf')
        if look['wrap'] == 'gs72':
            # viewJPEG draws at 1 px = 1 pt; the page is set to each picture's size first.
            sizes = [Image.open(j).size for j in jpegs]
            ps = ' '.join(f'<< /PageSize [{w} {h}] >> setpagedevice ({j}) viewJPEG showpage' for j, (w, h) in zip(jpegs, sizes))
            subprocess.run(['gs', '-q', '-dNOSAFER', '-sDEVICE=pdfwrite', '-dPassThroughJPEGImages=true', '-o', target, GS_VIEWJPEG, '-c', ps], check=True)
        else:
            ims = [Image.open(j) for j in jpegs]
            kw = {} if look['wrap'] == 'pil72' else {'resolution': float(dpi)}
            ims[0].save(target, save_all=True, append_images=ims[1:], **kw)
        golden = os.path.join(os.path.dirname(src), 'golden.json')
        if os.path.exists(golden):
            shutil.copy(golden, os.path.join(out, 'golden.json'))
        with open(os.path.join(out, 'look.json'), 'w') as f:
            json.dump(look, f)
        print(out, json.dumps(look))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
