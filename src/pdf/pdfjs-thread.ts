/**
 * @file pdf.js's worker side on a second thread (`pdfjs-thread-worker.ts`), for documents read for
 * text and drawing only (OCR off). In one thread pdf.js's parsing (fonts, content streams,
 * operator lists: ~0.9× the text floor) and the page stages after it (rulings, the text walk,
 * layout: ~0.5×) run one after the other; with the parsing on its own thread the loader asks for
 * the next page's operator list before it works on the current one (`load-pdf.ts`), so the two
 * overlap on two cores. Messages are copied as between a browser's page and its worker (what the
 * in-thread `TextPort` saves is then paid on the worker's side, in parallel, except the copy's
 * reading here, ~0.15× the floor). One thread per process, started with the first document and
 * kept (its pdf.js loaded once); held (ref'd) only while a document is read. Without the compiled
 * thread file (jest running the sources) or when the thread cannot start, undefined: the caller
 * reads in this thread (`textWorker`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { FontTable } from './font-info.js';
import type { FontNote } from './pdfjs-thread-worker.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;
type Listener = (event: { data: unknown }) => void;

const THREAD_FILE = fileURLToPath(new URL('./pdfjs-thread-worker.js', import.meta.url));

/** The pdf.js worker on the thread, for getDocument's `worker`, and what the thread said of the fonts it loaded. */
export interface PdfThread {
  worker: PdfWorker;
  /** Fonts by pdf.js's loaded name, as `TextPort.fonts`. */
  fonts: FontTable;
  /** Holds the thread for one document (`docId`: its loading task's); call the result when the document is done. */
  hold(docId: string): () => void;
}

let starting: Promise<PdfThread | undefined> | undefined;

/** The process's pdf.js thread, started on first use; undefined where there is none (see the file comment; `XXGK_PDF_THREAD=0` turns it off). */
export function pdfThread(lib: PdfJs): Promise<PdfThread | undefined> {
  if (process.env.XXGK_PDF_THREAD === '0') return Promise.resolve(undefined);
  return (starting ??= start(lib));
}

async function start(lib: PdfJs): Promise<PdfThread | undefined> {
  if (!existsSync(THREAD_FILE)) return undefined;
  const { Worker: ThreadClass } = await import('node:worker_threads');
  let thread: Worker;
  try {
    // The heap limit of this thread's (a helper's `maxHeapMb`), not a worker's default.
    const limitMb = Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20);
    thread = new ThreadClass(THREAD_FILE, { resourceLimits: { maxOldGenerationSizeMb: limitMb } });
  } catch {
    return undefined;
  }
  thread.setMaxListeners(0);
  const ready = await new Promise<boolean>((resolve) => {
    const said = (m: { xxgkReady?: boolean } | null): void => {
      if (m?.xxgkReady === undefined) return;
      thread.off('message', said);
      resolve(m.xxgkReady);
    };
    thread.on('message', said);
    thread.once('error', () => resolve(false));
    thread.once('exit', () => resolve(false));
  });
  if (!ready) {
    void thread.terminate();
    return undefined;
  }
  thread.unref();
  let held = 0;
  // A thread that died is not used again: the next document starts another. One that dies while a
  // document is read leaves that document's requests unanswered: the process ends as it would have
  // with pdf.js in its own thread — aborted when out of memory (a helper's runner reports
  // E_TOO_LARGE), else with the thread's error.
  thread.once('error', (error: Error & { code?: string }) => {
    starting = undefined;
    if (held === 0) return;
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') process.abort();
    setImmediate(() => {
      throw error;
    });
  });
  thread.once('exit', () => (starting = undefined));
  const fonts: FontTable = new Map();
  thread.on('message', (m: Partial<FontNote>) => {
    if (m?.xxgkFont) fonts.set(m.xxgkFont[0], m.xxgkFont[1]);
  });
  const listeners = new Map<Listener, (data: unknown) => void>();
  const port = {
    postMessage: (message: unknown, transfer?: unknown[]): void => thread.postMessage(message, transfer as never),
    addEventListener(name: string, listener: Listener, options?: { signal?: AbortSignal }): void {
      const signal = options?.signal;
      if (signal?.aborted) return;
      const on = (data: unknown): void => {
        if (!(data as Partial<FontNote> | null)?.xxgkFont) listener.call(port, { data });
      };
      listeners.set(listener, on);
      thread.on('message', on);
      signal?.addEventListener('abort', () => port.removeEventListener(name, listener), { once: true });
    },
    removeEventListener(_name: string, listener: Listener): void {
      const on = listeners.get(listener);
      if (on) thread.off('message', on);
      listeners.delete(listener);
    },
    terminate(): void {},
  };
  const worker = new lib.PDFWorker({ port: port as never, verbosity: 0 });
  return {
    worker,
    fonts,
    hold(docId: string): () => void {
      if (held++ === 0) thread.ref();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const prefix = `g_${docId}_`;
        for (const name of fonts.keys()) if (name.startsWith(prefix)) fonts.delete(name);
        if (--held === 0) thread.unref();
      };
    },
  };
}
