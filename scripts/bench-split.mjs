#!/usr/bin/env node
/**
 * @file What pdf.js itself costs per page for the three ways a page's text can be had (issue 17: is
 * the loader's one parse, the operator list read into text by the port, dearer than the text floor,
 * and how much of it is pages that cannot hold a table?). After `npm run build`:
 *   node scripts/bench-split.mjs [--runs 5] [FILE.pdf ...]      (default: the bench's 11 PDFs)
 * Per document, pdf.js set up as the loader sets it up (`PDFJS_PARAMS`, `FONT_FACE_PARAMS`, a
 * `TextPort` worker, `withFastInflate`), under the helpers' V8 flags (bench-flags.mjs), three modes
 * interleaved in a rotating order, each run after one warm-up run:
 * - `text`: `getTextContent` on every page (the bench's text floor);
 * - `list`: `getOperatorList` on every page (what the loader asks pdf.js for);
 * - `list+port`: the same and `textFromOperators` (pdf/text-from-ops.ts: the text content read from
 *   the list, as the loader reads it).
 * CPU ms (this process, every thread) of each page's call, median over the runs, summed over the
 * pages that may hold a table (`mayHoldTable` of the page's text content: the pages whose operator
 * list the loader needs for rulings anyway) and over the others; and each document's open and
 * destroy. Printed per file and in all, and as a share of the `text` sum. Whether reading a page by
 * `getTextContent` and its operator list only where a table may be would pay: compare `text` and
 * `list+port` on the other pages. CPU time: the shared machine's load moves it far less than wall time.
 */
import { readFileSync } from 'node:fs';
import { FONT_FACE_PARAMS, loadPdfJs, textWorker, workerFonts } from '../dist/pdf/pdfjs.js';
import { PDFJS_PARAMS, withFastInflate } from '../dist/pdf/pdfjs-data.js';
import { textFromOperators } from '../dist/pdf/text-from-ops.js';
import { mayHoldTable } from '../dist/pdf/table-page.js';
import { drawCodes } from '../dist/pdf/draw-ops.js';
import { cpuMs, med } from './bench-clock.mjs';
import { HELPER_FLAGS, underHelperFlags } from './bench-flags.mjs';
import { benchPdfs } from './bench-stages.mjs';

const MODES = ['text', 'list', 'list+port'];

/** Reads `bytes` in `mode`: per page CPU ms (1-based), the open + destroy ms, and (mode `text`) each page's strings. */
async function readAs(lib, mode, bytes) {
  return withFastInflate(async () => {
    let t0 = cpuMs();
    const worker = await textWorker(lib);
    const doc = await lib.getDocument({ ...PDFJS_PARAMS, ...FONT_FACE_PARAMS, ...(worker ? { worker } : {}), data: new Uint8Array(bytes) }).promise;
    let openMs = cpuMs() - t0;
    const fonts = workerFonts(worker);
    const pageMs = [];
    const strs = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      t0 = cpuMs();
      if (mode === 'text') strs[p] = (await page.getTextContent()).items.map((it) => it.str ?? '');
      else {
        const list = await page.getOperatorList();
        if (mode === 'list+port' && fonts) textFromOperators(list, lib.OPS, fonts, page.view, lib.normalizeUnicode);
      }
      pageMs[p] = cpuMs() - t0;
      page.cleanup();
    }
    t0 = cpuMs();
    await doc.destroy();
    worker?.destroy();
    openMs += cpuMs() - t0;
    return { pageMs, openMs, strs };
  });
}

async function main() {
  underHelperFlags();
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 5;
  const named = args.filter((a, i) => a.endsWith('.pdf') && args[i - 1] !== '--runs');
  const files = named.length > 0 ? named : benchPdfs();
  const lib = await loadPdfJs();
  await drawCodes(lib, PDFJS_PARAMS);
  const seen = files.map(() => Object.fromEntries(MODES.map((m) => [m, []])));
  const tables = [];
  for (let r = 0; r <= runs; r++) {
    for (const [i, file] of files.entries()) {
      const bytes = readFileSync(file);
      for (let k = 0; k < MODES.length; k++) {
        const mode = MODES[(k + r + i) % MODES.length];
        const read = await readAs(lib, mode, bytes);
        if (mode === 'text' && !tables[i]) tables[i] = read.strs.map((s) => (s ? mayHoldTable(s) : false));
        if (r > 0) seen[i][mode].push(read);
      }
    }
  }
  const total = Object.fromEntries(MODES.map((m) => [m, { table: 0, other: 0, open: 0 }]));
  let tablePages = 0;
  let otherPages = 0;
  const rows = files.map((file, i) => {
    const pages = tables[i].length - 1;
    const row = { file: file.split('/').slice(-2).join('/'), pages, 'table pages': tables[i].slice(1).filter(Boolean).length };
    tablePages += row['table pages'];
    otherPages += pages - row['table pages'];
    for (const m of MODES) {
      let sum = 0;
      for (let p = 1; p <= pages; p++) {
        const ms = med(seen[i][m].map((x) => x.pageMs[p]));
        total[m][tables[i][p] ? 'table' : 'other'] += ms;
        sum += ms;
      }
      const open = med(seen[i][m].map((x) => x.openMs));
      total[m].open += open;
      row[`${m} ms`] = (sum + open).toFixed(1);
    }
    return row;
  });
  console.log(`pdf.js per page as the loader sets it up (${HELPER_FLAGS.join(' ')}), CPU ms, medians of ${runs} runs, modes interleaved`);
  console.table(rows);
  const floor = total.text.table + total.text.other + total.text.open;
  console.table(
    MODES.map((m) => {
      const t = total[m];
      const all = t.table + t.other + t.open;
      return { mode: m, [`${tablePages} table pages`]: t.table.toFixed(0), [`${otherPages} other pages`]: t.other.toFixed(0), 'open + destroy': t.open.toFixed(0), all: all.toFixed(0), '× text': (all / floor).toFixed(3) };
    }),
  );
}

await main();
