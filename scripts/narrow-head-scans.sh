#!/bin/bash
# @file Scans of small offices' borderless reports whose table 三 / 四 headers print one character per
# line (issue 18; ocr51's look, made one command by ocr52): for each seed S in FIRST..LAST, a source from
# `scan-report-sources.mjs --seeds S..S --sparse --borderless --narrow-head` (the seed draws template
# year, print (Chromium/LibreOffice), small print, where page breaks cut table 三's band: its foot of a
# page, beside the 勾稽关系 note, …) and one grey scan of it by `make-scans.mjs` at 100/120/150 dpi (S mod 3
# = 1/2/0), skew 0.3–1°, JPEG quality 45–70, seeded by S. Score with `ocr-loss.mjs` or any extract.
#   scripts/narrow-head-scans.sh OUT FIRST LAST   → OUT/src/sS/{report.pdf,golden.json,look.json}, OUT/scans/sS/*.pdf
# Seeds used so far (docs/development.md): ocr51 dev 1151001–1151003, ocr51 held-out 1151501–1151506 (ocr52's dev),
# ocr52 held-out 1152501–1152505.
set -e
cd "$(dirname "$0")/.."
OUT=$1
nice node scripts/scan-report-sources.mjs --seeds "$2..$3" --sparse --borderless --narrow-head --out "$OUT/src"
for s in $(seq "$2" "$3"); do
  dpi=$(( s % 3 == 0 ? 150 : (s % 3 == 1 ? 100 : 120) ))
  nice node scripts/make-scans.mjs --variants 1 --seed "$s" --dpi "$dpi" --skew 0.3-1 --quality 45-70 --look grey --from "$OUT/src/s$s/report.pdf" --out "$OUT/scans/s$s"
done
