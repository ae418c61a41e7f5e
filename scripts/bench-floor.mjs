/**
 * @file The pdf.js text floor `npm run bench` divides PDF extraction by: `getTextContent` on every
 * page, what any pdf.js-based text reader pays (the issue's reference), with pdf.js set up as the
 * library runs it (`PDFJS_PARAMS`, its in-thread worker on `TextPort`, `FONT_FACE_PARAMS`,
 * `withFastInflate`), in a process under the helpers' V8 flags (bench-flags.mjs): those settings make text content itself up to twice as fast (Chromium PDFs:
 * many text chunks cloned by the stock port), so against a stock floor the library looked faster
 * than the floor. `withOps` adds `getOperatorList` on every page (what a reader of text and rulings
 * would pay without choosing pages); `stock`: stock pdf.js (its own port and inflater, cMaps read
 * from disk per document), printed for reference.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { FONT_FACE_PARAMS, loadPdfJs, textWorker } from '../dist/pdf/pdfjs.js';
import { PDFJS_PARAMS, withFastInflate } from '../dist/pdf/pdfjs-data.js';

const require = createRequire(import.meta.url);
const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));
// The same pdf.js module the library uses, loaded the way it loads it (natives restored), at the
// first floor read (a bench run again under the helpers' flags, bench-flags.mjs, loads it once).
let loaded;

/** Reads the PDF `bytes` as the floor does; resolves to its page count. */
export async function floor(bytes, { withOps = false, stock = false } = {}) {
  const pdfjs = (loaded ??= await loadPdfJs());
  const read = async () => {
    const worker = stock ? undefined : await textWorker(pdfjs);
    const params = stock ? { cMapUrl: `${PDFJS}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${PDFJS}/standard_fonts/`, isEvalSupported: false, verbosity: 0 } : { ...PDFJS_PARAMS, ...FONT_FACE_PARAMS, ...(worker ? { worker } : {}) };
    const doc = await pdfjs.getDocument({ ...params, data: new Uint8Array(bytes) }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      if (withOps) await page.getOperatorList();
    }
    const n = doc.numPages;
    await doc.destroy();
    worker?.destroy();
    return n;
  };
  return stock ? read() : withFastInflate(read);
}

