/**
 * @file pdf.js's worker side in a thread of its own (`pdfjs-thread.ts` starts it): it parses the
 * documents' pages (fonts, content streams, operator lists: most of a PDF's CPU) while the thread
 * that asked goes on with the previous page's stages. Set up as `textWorker` sets up the in-thread
 * one: pdf.js loaded with the process's natives put back (`loadPdfJs`), flate streams inflated at
 * once (`withFastInflate`, renewed per document so each document keeps its own second-read cache),
 * fonts sent for drawing replaced by what `text-from-ops.ts` reads of them (`readFontInfo`), and a
 * shown glyph's `category` (a getter pdf.js keeps off the copy a message makes) made a plain field.
 */
import { parentPort } from 'node:worker_threads';
import { readFontInfo } from './font-info.js';
import { isFontForRendering, loadPdfJs, workerHandler, type Message } from './pdfjs.js';
import { withFastInflate } from './pdfjs-data.js';

/** What this thread sends besides pdf.js's messages: a font's port info (`FontTable` entry). */
export interface FontNote {
  xxgkFont: [string, ReturnType<typeof readFontInfo>];
}

type Listener = (event: { data: unknown }) => void;

const port = parentPort!;
const lib = await loadPdfJs();
const handler = await workerHandler();

/** The text-showing operators, whose arguments hold glyphs. */
const SHOWS = new Set([lib.OPS.showText, lib.OPS.showSpacedText, lib.OPS.nextLineShowText, lib.OPS.nextLineSetSpacingShowText]);
const exposed = new WeakSet<object>();

/** A glyph's `category` (pdf.js: a non-enumerable field set on first read) as an enumerable one, which a message's copy keeps. */
function exposeCategories(fnArray: readonly number[], argsArray: readonly unknown[]): void {
  for (let i = 0; i < fnArray.length; i++) {
    if (!SHOWS.has(fnArray[i]!)) continue;
    const args = argsArray[i];
    if (!Array.isArray(args)) continue;
    for (const arg of args) {
      if (!Array.isArray(arg)) continue;
      for (const glyph of arg as unknown[]) {
        if (glyph === null || typeof glyph !== 'object' || exposed.has(glyph)) continue;
        exposed.add(glyph);
        const category = (glyph as { category?: unknown }).category;
        if (category !== undefined) Object.defineProperty(glyph, 'category', { value: category, enumerable: true, configurable: true, writable: false });
      }
    }
  }
}

// One document's inflate cache at a time: renewed when the next document is opened.
let release: (() => void) | undefined;
port.on('message', (data: Message) => {
  if (data?.action !== 'GetDocRequest') return;
  release?.();
  void withFastInflate(() => new Promise<void>((done) => (release = done)));
});

const listeners = new Map<Listener, (data: unknown) => void>();
const shim = {
  postMessage(message: Message, transfer?: unknown[]): void {
    if (isFontForRendering(message)) {
      const [name, , data] = message.data as [unknown, unknown, { buffer?: unknown } | undefined];
      if (typeof name === 'string') port.postMessage({ xxgkFont: [name, readFontInfo(data?.buffer, name)] } satisfies FontNote);
      return;
    }
    const chunk = message.chunk;
    if (chunk && Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) exposeCategories(chunk.fnArray as number[], chunk.argsArray);
    port.postMessage(message, transfer as never);
  },
  addEventListener(_name: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    const on = (data: unknown): void => listener.call(shim, { data });
    listeners.set(listener, on);
    port.on('message', on);
    signal?.addEventListener('abort', () => shim.removeEventListener(_name, listener), { once: true });
  },
  removeEventListener(_name: string, listener: Listener): void {
    const on = listeners.get(listener);
    if (on) port.off('message', on);
    listeners.delete(listener);
  },
  terminate(): void {},
};

// Said before pdf.js's own 'ready' (which a worker on a port is not asked for).
port.postMessage({ xxgkReady: Boolean(handler) });
if (handler) handler.initializeFromPort(shim);
