/**
 * @file PDF input via pdfjs-dist (legacy build, Node 20): positioned text items → lines of cells
 * (`layout/pdf-lines.ts`). cMaps and standard fonts are loaded from the package (without cMaps CJK
 * text comes out empty, silently). Rulings are not used yet: cells are split at horizontal gaps.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { XxgkError } from '../errors.js';
import { itemsToLines, type PdfItem } from '../layout/pdf-lines.js';
import type { Line, LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
/** Filesystem paths ending in '/', as pdf.js in Node expects (not file:// URLs). */
const CMAP_URL = `${join(PDFJS_DIR, 'cmaps')}/`;
const STANDARD_FONTS_URL = `${join(PDFJS_DIR, 'standard_fonts')}/`;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function errorFor(error: unknown, name: string, password: string | undefined): XxgkError {
  const n = (error as { name?: string }).name;
  if (n === 'PasswordException') {
    return password
      ? new XxgkError('E_PDF_WRONG_PASSWORD', `${name}: the password does not open this PDF`, { cause: error })
      : new XxgkError('E_PDF_ENCRYPTED', `${name}: the PDF is encrypted; pass a password`, { cause: error });
  }
  return new XxgkError('E_PDF_CORRUPT', `${name}: the PDF is corrupt or truncated`, { cause: error });
}

/** PDF bytes → document. */
export async function loadPdf(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    password: opts.password,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise.catch((error: unknown) => {
    throw errorFor(error, base.name, opts.password);
  });
  try {
    if (doc.numPages === 0) throw new XxgkError('E_PDF_CORRUPT', `${base.name}: the PDF has no pages`);
    const lines: Line[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const [a, b, , d, e, f] = it.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || 10;
        items.push({ str: it.str, x: e ?? 0, top: viewport.height - (f ?? 0) - size, width: it.width, size });
        chars += it.str.length;
      }
      lines.push(...itemsToLines(items, p));
      page.cleanup();
    }
    if (chars === 0) throw new XxgkError('E_PDF_NO_TEXT', `${base.name}: the PDF has no text layer (a scan?): OCR would be needed`);
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
    return { ...base, kind: 'pdf', pages: doc.numPages, lines, warnings: [], ...(info?.Title ? { metaTitle: info.Title } : {}) };
  } finally {
    await doc.destroy();
  }
}
