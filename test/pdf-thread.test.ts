/**
 * pdf.js on a thread of its own (`pdf/pdfjs-thread.ts`) gives what it gives in this thread: the
 * text content read from an operator list (the thread's font notes, its glyphs' categories) and
 * whole reports. The thread runs the compiled worker script, so this suite reads the built package
 * (`npm run build`) and skips without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers/paths.js';

const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'pdf', 'pdfjs-thread-worker.js'));
const maybe = built ? describe : describe.skip;
const dist = async <T>(file: string): Promise<T> => (await import(pathToFileURL(join(DIST, file)).href)) as T;
const SAMPLES = ['pdf-libreoffice-word.pdf', 'pdf-chromium-stacked.pdf', 'pdf-2019-chromium.pdf'];

type Lib = { getDocument(p: object): { promise: Promise<Doc>; docId: string }; OPS: Record<string, number>; normalizeUnicode: unknown };
type Doc = { numPages: number; getPage(n: number): Promise<Page>; destroy(): Promise<void> };
type Page = { view: number[]; getOperatorList(): Promise<unknown>; cleanup(): void };

maybe('pdf.js on its own thread (built package)', () => {
  it('reads the same text from the operator lists as the in-thread port, glyph categories included', async () => {
    type PdfJsModule = { FONT_FACE_PARAMS: object; loadPdfJs(): Promise<Lib>; textWorker(lib: Lib): Promise<{ destroy(): void } | undefined>; workerFonts(w: object): Map<string, unknown> };
    const { FONT_FACE_PARAMS, loadPdfJs, textWorker, workerFonts } = await dist<PdfJsModule>('pdf/pdfjs.js');
    const { PDFJS_PARAMS } = await dist<{ PDFJS_PARAMS: object }>('pdf/pdfjs-data.js');
    const { pdfThread } = await dist<{ pdfThread(lib: Lib): Promise<{ worker: object; fonts: Map<string, unknown>; hold(id: string): () => void } | undefined> }>('pdf/pdfjs-thread.js');
    const { textFromOperators } = await dist<{ textFromOperators(...a: unknown[]): unknown[] | null }>('pdf/text-from-ops.js');
    const lib = await loadPdfJs();
    const thread = await pdfThread(lib);
    expect(thread).toBeDefined();
    for (const name of SAMPLES) {
      const data = readFileSync(join(ROOT, 'samples', name));
      const read = async (worker: object, fonts: Map<string, unknown>, hold?: (id: string) => () => void): Promise<string> => {
        const task = lib.getDocument({ ...PDFJS_PARAMS, ...FONT_FACE_PARAMS, worker, data: new Uint8Array(data) });
        const release = hold?.(task.docId);
        const doc = await task.promise;
        const pages: unknown[] = [];
        for (let p = 1; p <= doc.numPages; p++) {
          const page = await doc.getPage(p);
          const items = textFromOperators(await page.getOperatorList(), lib.OPS, fonts, page.view, lib.normalizeUnicode);
          expect(items).not.toBeNull(); // the port vouched for the page (a glyph without its category would stop it)
          pages.push(items);
          page.cleanup();
        }
        await doc.destroy();
        release?.();
        return JSON.stringify(pages, (_k, v: unknown) => (typeof v === 'string' ? v.replace(/^g_d\d+_/, 'g_d_') : v));
      };
      const here = (await textWorker(lib))!;
      const inThread = await read(here, workerFonts(here));
      here.destroy();
      expect(await read(thread!.worker, thread!.fonts, thread!.hold)).toBe(inThread);
      expect([...thread!.fonts.keys()]).toEqual([]); // a document's fonts are let go with it
    }
  });

  it('gives the same reports with the thread as without (XXGK_PDF_THREAD=0)', async () => {
    const { extract } = await dist<{ extract(b: Uint8Array, o?: object): Promise<unknown> }>('index.js');
    const { setIsolated } = await dist<{ setIsolated(on: boolean): void }>('isolate.js');
    setIsolated(true); // in this process, as a helper or batch worker reads
    const strip = (r: unknown): string => JSON.stringify(r, (k, v: unknown) => (/^(timing|timings|elapsedMs|durationMs|ms|extractedAt)$/.test(k) ? undefined : v));
    const saved = process.env.XXGK_PDF_THREAD;
    try {
      for (const name of SAMPLES) {
        const bytes = readFileSync(join(ROOT, 'samples', name));
        process.env.XXGK_PDF_THREAD = '0';
        const without = strip(await extract(new Uint8Array(bytes), { name }));
        delete process.env.XXGK_PDF_THREAD;
        expect(strip(await extract(new Uint8Array(bytes), { name }))).toBe(without);
      }
    } finally {
      if (saved === undefined) delete process.env.XXGK_PDF_THREAD;
      else process.env.XXGK_PDF_THREAD = saved;
    }
  }, 120_000);
});
