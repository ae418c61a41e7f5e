#!/usr/bin/env node
/**
 * @file The two per-glyph passes of the PDF loader alone, old build against new, on the same
 * operator lists: `node scripts/bench-walk-ab.mjs OLD NEW [FILE.pdf ...]` (OLD, NEW: build
 * directories, e.g. a copy of dist/ under .tmp/; default files: the bench PDFs; `R=15` rounds).
 * Each page's operator list is read once (pdf.js set up as the loader sets it up), then every round
 * runs, per build in alternating order, the text walk without glyphs (`walkText`, as the text-object
 * cuts run it), with glyphs and the paint state (as the page cleaning runs it) and the text port
 * (`textFromOperators`) over all pages: CPU ms per round, medians, and the new/old ratio. A stage's
 * lap inside an extraction also carries other stages' garbage and code run cold; this measures the
 * function itself, which on 2 loaded cores an extraction-level A/B cannot (±10 % between runs).
 * Prints WALK DIFFERS / FROMOPS DIFFERS when the builds' results differ on a page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [A, B, ...named] = process.argv.slice(2);
const files = named.length ? named : (await import('./bench-stages.mjs')).benchPdfs();
const load = async (d) => {
  const at = resolve(d);
  return {
    walk: (await import(`${at}/pdf/text-walk.js`)).walkText,
    fromOps: (await import(`${at}/pdf/text-from-ops.js`)).textFromOperators,
  };
};
const [a, b] = [await load(A), await load(B)];
const { loadPdfJs, textWorker, workerFonts, FONT_FACE_PARAMS } = await import(`${resolve(A)}/pdf/pdfjs.js`);
const { PDFJS_PARAMS, withFastInflate } = await import(`${resolve(A)}/pdf/pdfjs-data.js`);
const { textOpCodes } = await import(`${resolve(A)}/pdf/op-codes.js`);
const { drawCodes } = await import(`${resolve(A)}/pdf/draw-ops.js`);
const lib = await loadPdfJs();
const draw = await drawCodes(lib, PDFJS_PARAMS);
const ops = { ...textOpCodes(lib), draw };
const pages = [];
for (const f of files) {
  await withFastInflate(async () => {
    const worker = await textWorker(lib);
    const fonts = workerFonts(worker);
    const doc = await lib.getDocument({ ...PDFJS_PARAMS, ...FONT_FACE_PARAMS, worker, data: new Uint8Array(readFileSync(f)) }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const list = await page.getOperatorList();
      pages.push({ list, frame: page.getViewport({ scale: 1 }).transform, fonts, view: page.view });
    }
  });
}
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const R = Number(process.env.R ?? 20);
const res = { walk: [[], []], walkG: [[], []], fromOps: [[], []] };
for (let r = 0; r < R; r++) {
  for (const [i, m] of (r % 2 ? [[0, a], [1, b]] : [[1, b], [0, a]])) {
    let t = cpu();
    for (const pg of pages) m.walk(pg.list, { ...ops, paint: undefined }, pg.frame, false);
    res.walk[i].push(cpu() - t);
    t = cpu();
    for (const pg of pages) m.walk(pg.list, ops, pg.frame, true);
    res.walkG[i].push(cpu() - t);
    t = cpu();
    for (const pg of pages) m.fromOps(pg.list, lib.OPS, pg.fonts, pg.view, lib.normalizeUnicode);
    res.fromOps[i].push(cpu() - t);
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
// same output?
for (const pg of pages) {
  const x = JSON.stringify(a.walk(pg.list, ops, pg.frame, true)), y = JSON.stringify(b.walk(pg.list, ops, pg.frame, true));
  if (x !== y) console.log('WALK DIFFERS');
  const u = JSON.stringify(a.fromOps(pg.list, lib.OPS, pg.fonts, pg.view, lib.normalizeUnicode)), v = JSON.stringify(b.fromOps(pg.list, lib.OPS, pg.fonts, pg.view, lib.normalizeUnicode));
  if (u !== v) console.log('FROMOPS DIFFERS');
}
console.log(`${pages.length} pages, ${R} rounds; ms per round (median): A → B (B/A)`);
for (const k of Object.keys(res)) console.log(`${k.padEnd(8)} ${med(res[k][0]).toFixed(1)} → ${med(res[k][1]).toFixed(1)}  (${(med(res[k][1]) / med(res[k][0])).toFixed(3)})`);
process.exit(0);
