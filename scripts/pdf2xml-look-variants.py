#!/usr/bin/env python3
"""pdftohtml -xml / -s of Chromium prints of CMS report pages (gen62 sources), in the looks that broke the
positioned-text reading (breaker44 h2): table 三's narrow header cells printed one character a line, counts
printed with '件' in their cells (the report's own unit column, or 件 added after every count of the last
table: '-jian4'), and an A5 page at 15 pt whose narrow table 二 shifts its rows ('-a5').
  python3 scripts/pdf2xml-look-variants.py SRC OUT [STEM...]   (SRC: a gen62 $ROOT/src with rNN.html + rNN.golden.json)
  → OUT/<stem>-<look>.{xml,s.html} + .golden.json each (looks: a4, a5, jian4). Score: node scripts/pdf2xml-look-score.mjs OUT."""
import os, re, shutil, subprocess, sys, tempfile

A5 = '@page{size:A5 !important;margin:12mm} body{font-size:15pt !important} h1,h2,h3,p,td{font-size:15pt !important}'

def looks(html):
    a5 = html.replace('</style>', A5 + '</style>', 1) if '</style>' in html else html.replace('</head>', f'<style>{A5}</style></head>', 1)
    i = html.rfind('<table'); j = html.find('</table>', i)
    jian = html if i < 0 or j < 0 else html[:i] + re.sub(r'>(\d+)<', r'>\1件<', html[i:j]) + html[j:]
    return {'a4': html, 'a5': a5, 'jian4': jian}

def run(cmd):
    return subprocess.run(cmd, capture_output=True, timeout=180).stdout

def main():
    src, out = sys.argv[1], sys.argv[2]
    stems = sys.argv[3:] or sorted(f[:-5] for f in os.listdir(src) if re.fullmatch(r'r\d\d\.html', f))
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp()
    for st in stems:
        html = open(f'{src}/{st}.html', encoding='utf-8').read()
        for look, h in looks(html).items():
            b = f'{st}-{look}'
            page = f'{work}/{b}.html'
            open(page, 'w', encoding='utf-8').write(h)
            pdf = f'{work}/{b}.pdf'
            run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf}', f'file://{page}'])
            if not os.path.exists(pdf): continue
            open(f'{out}/{b}.xml', 'wb').write(run(['pdftohtml', '-xml', '-i', '-stdout', '-enc', 'UTF-8', pdf]))
            d = tempfile.mkdtemp(dir=work); run(['pdftohtml', '-s', '-i', '-enc', 'UTF-8', pdf, f'{d}/o'])
            shutil.copy(f'{d}/o-html.html', f'{out}/{b}.s.html')
            for ext in ('xml', 's'): shutil.copy(f'{src}/{st}.golden.json', f'{out}/{b}.{ext}.golden.json' if ext == 's' else f'{out}/{b}.golden.json')
        print(st, flush=True)

main()
