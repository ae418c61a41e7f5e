#!/bin/bash
# Issue 15 (miner55): fresh54's generator (gen.py, print.mjs, derive.py, score.py: tester fresh54's, written from TEMPLATE.md
# only) with every report printed by Chromium and dumped by pdfminer `pdf2txt` (default, -L 0.3, -A).
# DENSE=1: every report ruled on A4 / Letter at 9-11 pt (a page of table 三's cell boxes: tables/box-bands' kind).
# Usage: [DENSE=1] scripts/pdfminer-bands/mk.sh SEED N OUTDIR   (needs chromium, playwright-core in node_modules, pdfminer)
# then:  node dist/cli/bin.js batch $(cat OUTDIR/pm.list) --out OUTDIR/out/TAG --workers 1 --timeout 300000
#        python3 OUTDIR/score.py TAG [TAG2]    (reads OUTDIR/out/TAG/results.jsonl; TAG2: diff)
set -e
S=$1; N=$2; D=$3; HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$D" && cp "$HERE"/{gen.py,derive.py,score.py} "$D"/
cd "$D" && export MROOT="$D"
python3 gen.py "$S" "$N" > gen.log
mkdir -p build/pdf && nice node "$HERE/print.mjs" > print.log
nice /usr/bin/python3 derive.py > derive.log 2>&1
grep -P '\tpdf2txt' in/manifest.tsv | cut -f1 | sed "s|^|$D/in/docs/|" > pm.list
echo done "$S" "$(wc -l < pm.list)"
