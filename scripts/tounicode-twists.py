#!/usr/bin/python3
"""Rewrites the /ToUnicode maps of a PDF's fonts that map digits, so that the text layer lies
about digits the page shows rightly (scripts/tounicode-twists.mjs; issue 17). The glyphs, codes
and font programs are left as they are: a viewer shows the right numbers, pdf.js's text content
(and pdftotext) read the lie.

Usage: tounicode-twists.py IN.pdf OUT.pdf MODE SEED [FONTS]
MODE:
- `swap`: two digits the font maps swap their characters (3 <-> 8);
- `dup`: one digit's code is mapped to another digit (3 -> '8': two glyphs read '8');
- `letter`: one digit's code is mapped to a letter that looks like it (0 -> 'O', 1 -> 'l', 8 -> 'B'…);
- `pua`: one digit's code is mapped to a private-use character (U+E000 + digit);
- `perm`: every digit mapped to another (a full permutation).
FONTS: `all` (default: every font mapping two digits or more, each its own draw) or `some` (a
random part of them, at least one and, when there are two or more, not all).
Prints one JSON line: the fonts rewritten and what was done to each. Needs python3-pikepdf."""
import json, random, re, sys
import pikepdf

LOOKALIKE = {'0': 'O', '1': 'l', '2': 'Z', '3': 'E', '4': 'A', '5': 'S', '6': 'b', '7': 'T', '8': 'B', '9': 'g'}


def parse_cmap(text):
    """code → (unicode string, code width in hex digits) from bfchar and bfrange blocks."""
    out = {}
    for blk in re.findall(r'beginbfchar(.*?)endbfchar', text, re.S):
        for a, b in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>', blk):
            out[int(a, 16)] = (bytes.fromhex(b).decode('utf-16-be', 'replace'), len(a))
    for blk in re.findall(r'beginbfrange(.*?)endbfrange', text, re.S):
        for a, b, c in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])', blk):
            lo, hi = int(a, 16), int(b, 16)
            if c.startswith('<'):
                v = bytes.fromhex(c[1:-1]).decode('utf-16-be', 'replace')
                for i in range(hi - lo + 1):
                    out[lo + i] = ((v[:-1] + chr(ord(v[-1]) + i)) if v else '', len(a))
            else:
                for i, x in enumerate(re.findall(r'<([0-9A-Fa-f]*)>', c)):
                    out[lo + i] = (bytes.fromhex(x).decode('utf-16-be', 'replace'), len(a))
    return out


def write_cmap(text, mapping):
    """The CMap `text` with its bfchar/bfrange blocks replaced by one bfchar entry per code."""
    head = re.split(r'\d+\s+begin(?:bfchar|bfrange)', text, maxsplit=1)[0]
    tail = text[text.rfind('endbf') :]
    tail = tail[tail.find('\n') + 1 :] if '\n' in tail else 'endcmap\n'
    lines = []
    items = sorted(mapping.items())
    for k in range(0, len(items), 100):
        chunk = items[k : k + 100]
        lines.append('%d beginbfchar' % len(chunk))
        for code, (uni, width) in chunk:
            lines.append('<%0*X> <%s>' % (width, code, uni.encode('utf-16-be').hex().upper()))
        lines.append('endbfchar')
    return head + '\n'.join(lines) + '\n' + tail


def twist(mapping, mode, r):
    """Applies `mode` to the digits of one font's map; returns what was done."""
    digits = {}
    for code, (u, _) in mapping.items():
        if len(u) == 1 and u in '0123456789':
            digits.setdefault(u, []).append(code)
    present = sorted(digits)
    if mode == 'swap':
        a, b = r.sample(present, 2)
        for code in digits[a]:
            mapping[code] = (b, mapping[code][1])
        for code in digits[b]:
            mapping[code] = (a, mapping[code][1])
        return {'swap': a + b}
    a = r.choice(present)
    if mode == 'dup':
        b = r.choice([d for d in '0123456789' if d != a])
        to = b
    elif mode == 'letter':
        to = LOOKALIKE[a]
    elif mode == 'pua':
        to = chr(0xE000 + int(a))
    elif mode == 'perm':
        shuffled = present[:]
        while any(x == y for x, y in zip(present, shuffled)):
            r.shuffle(shuffled)
        perm = dict(zip(present, shuffled))
        for d, codes in digits.items():
            for code in codes:
                mapping[code] = (perm[d], mapping[code][1])
        return {'perm': ''.join(present) + '>' + ''.join(shuffled)}
    else:
        raise SystemExit('unknown mode ' + mode)
    for code in digits[a]:
        mapping[code] = (to, mapping[code][1])
    return {mode: a + '>' + to}


def main():
    src, dst, mode, seed = sys.argv[1:5]
    which = sys.argv[5] if len(sys.argv) > 5 else 'all'
    r = random.Random(int(seed))
    pdf = pikepdf.open(src)
    fonts = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get('/Type') == '/Font' and '/ToUnicode' in obj:
            try:
                text = obj.ToUnicode.read_bytes().decode('latin-1')
            except Exception:
                continue
            mapping = parse_cmap(text)
            n = len({u for u, _ in mapping.values() if len(u) == 1 and u in '0123456789'})
            if n >= 2:
                fonts.append((obj, text, mapping))
    if not fonts:
        raise SystemExit('no font maps two digits: ' + src)
    chosen = fonts
    if which == 'some':
        k = 1 if len(fonts) < 3 else r.randint(1, len(fonts) - 1)
        chosen = r.sample(fonts, k)
    done = []
    for obj, text, mapping in chosen:
        what = twist(mapping, mode, r)
        obj.ToUnicode = pdf.make_stream(write_cmap(text, mapping).encode('latin-1'))
        done.append({'font': str(obj.get('/BaseFont', '')), **what})
    pdf.save(dst)
    print(json.dumps({'fonts': len(fonts), 'rewritten': done}))


main()
