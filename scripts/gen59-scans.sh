#!/usr/bin/env bash
# Scans of breakit59-like reports (issue 18, scan40): 9 Chromium A4 prints of gen59's reports (序号 columns, caption
# rows, footnotes, split table 三, transposed table 四, blank zeros, 件 suffixes) scanned by make-scans.mjs, three each
# --look speckle | grey | photocopy, 100–150 dpi, skew 0.3–0.8°, one at a time.
#   ROOT=/tmp/x/g59 SEED0=916000 [GEN59=/tmp/gen59] [REPO=.] bash scripts/gen59-scans.sh   → $ROOT/docs/scan-<look>/rNN.pdf
# Score: cd $GEN59 && XXGK_OCR_CACHE=DIR KINDS='^scan' ROOT=$ROOT node score.mjs DIST OUT (ocr:'auto'; slow: 1–5 min a scan).
set -e
: "${ROOT:?ROOT=dir}" "${SEED0:?SEED0=base seed}"
GEN59=${GEN59:-/tmp/gen59}; REPO=$(cd "${REPO:-$(dirname "$0")/..}" && pwd)
export ROOT SEED0
[ -f "$ROOT/src/r36.golden.json" ] || (cd "$GEN59/gen" && nice node gen.mjs > "$ROOT.gen.txt")
mkdir -p "$ROOT/work/pdf"
looks=(speckle grey photocopy); dpis=(100 120 150 110 130 140 100 125 145); j=0
for s in r02 r03 r06 r08 r13 r18 r29 r31 r27; do
  look=${looks[$((j % 3))]}; dpi=${dpis[$j]}; f=$ROOT/work/pdf/chrome-a4-$s.pdf
  if [ ! -f "$f" ]; then d=$(mktemp -d -p "$ROOT/work"); cp "$ROOT/src/$s.html" "$d/report.html"
    nice chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$f" "$d/report.html" 2>/dev/null; rm -rf "$d"; fi
  out=$ROOT/docs/scan-$look; mkdir -p "$out"
  if [ ! -f "$out/$s.pdf" ]; then w=$ROOT/work/scan-$s; rm -rf "$w"
    nice node "$REPO/scripts/make-scans.mjs" --variants 1 --seed $((SEED0 + 100 + j)) --dpi "$dpi" --from "$f" --golden "$ROOT/src/$s.golden.json" --out "$w" --look "$look" --skew 0.3-0.8 > /dev/null
    cp "$w"/*.pdf "$out/$s.pdf"; echo "$s $look $dpi"; fi
  j=$((j + 1))
done
