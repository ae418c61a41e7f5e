#!/usr/bin/env node
/**
 * @file Build step after `tsc`: pdf.js's worker module (`pdfjs-dist/legacy/build/pdf.worker.min.mjs`)
 * with one change, written to dist/pdf/pdf.worker.text-VERSION.mjs (VERSION: the package's), which
 * `pdf/pdfjs.ts` loads instead of the package's module when the pdf.js installed is that version (the helpers' bundle, `bundle-cli.mjs`, takes the same
 * change through `patchWorker`). The change: `getOperatorList` decodes the pixels of every image
 * XObject a page paints (`PDFImage.buildImage(…).then(… createImageData …)`, fired after the image's
 * operator is added, run in this thread) and sends them to the page side for drawing; a document
 * read for text and drawing only (`TextPort`: the port says so, `skipsImagePixels`) never reads
 * them — its checks read a picture's operator (size, placement), not its pixels. On such a port the
 * worker sends what it sends for an image it failed to decode (no pixels) without decoding it.
 * Seals, logos and letterheads on real reports: a 700² PNG seal with its soft mask and a 900² JPEG
 * cost ~90 ms of CPU (the pdf.js text floor of the whole 5-page document ~130); OCR (which renders)
 * and any other port keep pdf.js's behaviour. Operators, their arguments and their order are
 * unchanged (the decode ran after the operator was added; its result went only to the page's objects).
 * Without the expected code in this pdf.js (another version) no file is written and the package's
 * module is loaded (the step says so); `bundle-cli.mjs` fails instead, so a release notices.
 *   node scripts/pdfjs-worker-patch.mjs            (part of `npm run build`)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
/** The package's worker module (stock). */
export const WORKER_FILE = require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
/** The pdf.js version the copy is made from: its name (`pdf/pdfjs.ts` `textWorkerModule`, beside dist/pdf/pdfjs.js). */
const VERSION = JSON.parse(readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')).version;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'pdf', `pdf.worker.text-${VERSION}.mjs`);

/**
 * The image decode of `buildPaintImageXObject` (minified, pdf.js 5): `PDFImage.buildImage({xref:this.xref,…})
 * .then(async e=>{…createImageData…return this._sendImgData(OBJ,DATA,GLOBAL)}).catch(e=>{…return
 * this._sendImgData(OBJ,null,GLOBAL)})` — a statement of its own; groups: the object id and the
 * global-cache flag of the failure branch's `_sendImgData`.
 */
const IMAGE_DECODE = /PDFImage\.buildImage\(\{xref:this\.xref,(?:(?!PDFImage\.buildImage)[^])*?createImageData\((?:(?!PDFImage\.buildImage)[^])*?return this\._sendImgData\((\w+),null,(\w+)\)\}\)/g;

/** The property of the worker's port (`this.handler.comObj`) that says no image pixels are read. */
export const SKIP_FLAG = 'skipsImagePixels';

/** `source` (the worker module) with the image decode skipped on a port that says so; null when the code is not found exactly once. */
export function patchWorker(source) {
  const found = [...source.matchAll(IMAGE_DECODE)];
  if (found.length !== 1) return null;
  return source.replace(IMAGE_DECODE, (decode, objId, global) => `this.handler.comObj?.${SKIP_FLAG}===true?this._sendImgData(${objId},null,${global}):${decode}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const patched = patchWorker(readFileSync(WORKER_FILE, 'utf8'));
  if (existsSync(OUT)) rmSync(OUT);
  if (!patched) {
    console.warn(`pdfjs-worker-patch: the image decode was not found in ${WORKER_FILE} (another pdf.js?): the package's worker is used, image pixels are decoded`);
  } else {
    mkdirSync(dirname(OUT), { recursive: true });
    // Its wasm decoders (JBIG2, OpenJPEG) find their files from the module's own URL: the package's, resolved where it runs.
    writeFileSync(OUT, patched.replaceAll('import.meta.url', 'import.meta.resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs")'));
  }
}
