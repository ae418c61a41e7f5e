#!/usr/bin/env python3
"""The text Python's docx2txt (pypi `docx2txt` 0.8/0.9, `docx2txt.process`) makes of a .docx, its
code restated with the standard library (the package is not on Debian): every <w:t> text in document
order, '\t' for <w:tab>, '\n' for <w:br>/<w:cr>, and '\n\n' at the start of every <w:p> — so every
paragraph, and every table cell (a cell holds at least one paragraph), stands on a line of its own
after a blank line, and an empty cell or paragraph adds two more line breaks; headers first, then the
body, then footers; the whole stripped. Used by scripts/converter-text-variants.mjs.

    python3 scripts/docx2txt.py FILE.docx > FILE.txt
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def xml2text(xml):
    text = ''
    for child in ET.fromstring(xml).iter():
        if child.tag == W + 't':
            text += child.text if child.text is not None else ''
        elif child.tag == W + 'tab':
            text += '\t'
        elif child.tag in (W + 'br', W + 'cr'):
            text += '\n'
        elif child.tag == W + 'p':
            text += '\n\n'
    return text


def process(path):
    text = ''
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for name in names:
            if re.match('word/header[0-9]*.xml', name):
                text += xml2text(z.read(name))
        text += xml2text(z.read('word/document.xml'))
        for name in names:
            if re.match('word/footer[0-9]*.xml', name):
                text += xml2text(z.read(name))
    return text.strip()


if __name__ == '__main__':
    sys.stdout.write(process(sys.argv[1]))
