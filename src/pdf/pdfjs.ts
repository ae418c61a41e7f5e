/**
 * @file Loads pdf.js (legacy build, the one that runs on Node 20) for what this package uses it
 * for: text content and operator lists, never rendering. Two costs of a plain import are cut:
 * - the legacy build's core-js replaces `Array.prototype.push`, `JSON.parse` and `JSON.stringify`
 *   for the whole process with slower JavaScript versions (push: an edge case of non-writable
 *   lengths; JSON: the parse-with-source proposal) — in a profile of text + operator lists the
 *   push polyfill alone was 8% of the time, and it slowed every other stage too. The natives are
 *   put back once pdf.js and its worker module are loaded (the worker is imported here, so it
 *   cannot install them again later);
 * - in Node pdf.js `require`s the native `@napi-rs/canvas` package at import (to polyfill
 *   DOMMatrix, ImageData and Path2D for rendering): about a third of the import time. It gets a
 *   stand-in that loads the real package only if something renders (nothing here does);
 * - both modules polyfill `Response.prototype.bytes`, and reading the global `Response` loads
 *   Node's fetch implementation (undici): about a fifth of the import's CPU time (`deferResponse`).
 * - the package's minified modules are loaded (`pdf.min.mjs`, `pdf.worker.min.mjs`: the same build
 *   through terser, 1.8 MB of source instead of 3.4 MB): reading (UTF-8 decoding) and compiling
 *   the source was most of the import, which every process that reads a PDF pays (the helper
 *   of a cold `xxgk extract`); importing both took about a fifth less CPU (~300 → ~240 ms on the
 *   loaded machine). The types are the unminified module's (the same API).
 * And `FONT_FACE_PARAMS` cut a third: the glyph outlines pdf.js compiles for rendering; the
 * base64 encoding of fonts that then costs goes to Node's encoder (`fastBase64`).
 */
import { createRequire } from 'node:module';
import { readFontInfo, type FontTable } from './font-info.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const require = createRequire(import.meta.url);
let loading: Promise<PdfJs> | undefined;
/** The worker module loadPdfJs loaded (TEXT_WORKER_MODULE or WORKER_MODULE). */
let workerModule: Partial<WorkerModule> | undefined;
/** The worker module (untyped in pdfjs-dist: imported only for its side effect). */
const WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
/**
 * The worker module with image pixels left undecoded on a `TextPort` (dist/pdf/pdf.worker.text-VERSION.mjs,
 * made by the build from pdf.js VERSION, scripts/pdfjs-worker-patch.mjs: `TextPort.skipsImagePixels`);
 * the package's worker module when there is none for the pdf.js installed (sources run by the tests,
 * a pdf.js updated after the build: a worker of another version than the page side's is refused).
 */
const textWorkerModule = (version: string): string => `./pdf.worker.text-${version}.mjs`;
/** The page-side module (minified: see the file comment); typed as `pdf.mjs`. */
const PDFJS_MODULE: string = 'pdfjs-dist/legacy/build/pdf.min.mjs';

/**
 * Stand-ins for the package's classes: `new X()` gives a proxy whose real object is made on first
 * use (pdf.js builds one DOMMatrix at import time, in its canvas module, and uses it only to render).
 */
function lazyCanvas(real: () => Record<string, unknown>): Record<string, unknown> {
  const forward = (name: string) =>
    function (...args: unknown[]): object {
      let instance: object | undefined;
      const target = (): object => (instance ??= new (real()[name] as new (...a: unknown[]) => object)(...args));
      return new Proxy(
        {},
        {
          get: (_, key) => {
            const value = Reflect.get(target(), key) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target()) : value;
          },
          set: (_, key, value) => Reflect.set(target(), key, value),
          has: (_, key) => Reflect.has(target(), key),
          getPrototypeOf: () => Reflect.getPrototypeOf(target()),
        },
      );
    };
  return {
    DOMMatrix: forward('DOMMatrix'),
    ImageData: forward('ImageData'),
    Path2D: forward('Path2D'),
    createCanvas: (...args: unknown[]) => (real().createCanvas as (...a: unknown[]) => unknown)(...args),
  };
}

/** Puts a stand-in for `@napi-rs/canvas` in the CommonJS cache pdf.js requires it through. */
function deferCanvas(): void {
  let path: string;
  try {
    path = createRequire(require.resolve('pdfjs-dist/package.json')).resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdf.js copes (it only warns, and we never render)
  }
  const cache = require.cache;
  if (cache[path]) return;
  let real: Record<string, unknown> | undefined;
  const load = (): Record<string, unknown> => {
    if (!real) {
      delete cache[path];
      real = require(path) as Record<string, unknown>;
    }
    return real;
  };
  cache[path] = { id: path, filename: path, loaded: true, exports: lazyCanvas(load), children: [], paths: [] } as unknown as NodeJS.Module;
}

type WithBase64 = Uint8Array & { toBase64?: (this: Uint8Array, options?: unknown) => string };

/**
 * Node 20 has no `Uint8Array.prototype.toBase64`: core-js installs one in JavaScript, a byte at a
 * time, and pdf.js base64-encodes every font an operator list uses (its @font-face rule, which
 * `FONT_FACE_PARAMS` then drops: whole CJK fonts, megabytes) — a sixth of what the operator lists
 * cost. The call without options (the standard alphabet, padded) goes to Node's native encoder,
 * which gives the same string; any other call to the polyfill.
 */
function fastBase64(): void {
  const polyfill = (Uint8Array.prototype as WithBase64).toBase64;
  if (typeof polyfill !== 'function') return;
  Object.defineProperty(Uint8Array.prototype, 'toBase64', {
    value: function toBase64(this: Uint8Array, options?: unknown): string {
      if (options === undefined && this instanceof Uint8Array && this.byteLength > 0) return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
      return polyfill.call(this, options);
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

type Bodied = { arrayBuffer(): Promise<ArrayBuffer>; bytes?: unknown };
/** pdf.js's polyfill of `Response.prototype.bytes` (Node 20 has none). */
const responseBytes = async function (this: Bodied): Promise<Uint8Array> {
  return new Uint8Array(await this.arrayBuffer());
};

/**
 * pdf.js (both modules) polyfills `Response.prototype.bytes` as it is imported, and reading the
 * global `Response` makes Node load its whole fetch implementation (undici): ~45% of the CPU time
 * of importing pdf.js, in every process that reads a PDF, for a class only its annotation editor
 * uses. During the import the global is a stand-in that already has `bytes`; afterwards it is
 * Node's own lazy getter again, which gets pdf.js's polyfill the first time something reads it.
 * Returns the function that puts the global back. `scope`: the global object (a parameter for tests).
 */
export function deferResponse(scope: object = globalThis): () => void {
  const own = Object.getOwnPropertyDescriptor(scope, 'Response');
  const lazy = own?.get;
  if (!own || !lazy || !own.configurable) return () => undefined; // already loaded (or not Node's lazy global): nothing to save
  Object.defineProperty(scope, 'Response', { configurable: true, enumerable: own.enumerable, get: () => ({ prototype: { bytes: responseBytes } }), set: own.set });
  return () => {
    Object.defineProperty(scope, 'Response', {
      ...own,
      get(this: unknown) {
        const real = lazy.call(this) as { prototype?: Bodied } | undefined;
        if (real?.prototype && typeof real.prototype.bytes !== 'function') real.prototype.bytes = responseBytes;
        return real;
      },
    });
  };
}

/** pdf.js, loaded once per process, with the process's own natives in place. */
export function loadPdfJs(): Promise<PdfJs> {
  return (loading ??= (async () => {
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toBase64: (Uint8Array.prototype as WithBase64).toBase64 };
    deferCanvas();
    const restoreResponse = deferResponse();
    let lib: PdfJs;
    try {
      lib = (await import(PDFJS_MODULE)) as PdfJs;
      // The fake worker pdf.js runs in Node uses `globalThis.pdfjsWorker` when it is there.
      workerModule = (await import(textWorkerModule(lib.version)).catch(() => import(WORKER_MODULE))) as Partial<WorkerModule>;
    } finally {
      restoreResponse();
    }
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    if (!natives.toBase64) fastBase64();
    return lib;
  })());
}

/**
 * A stand-in `ownerDocument` that takes pdf.js's @font-face rules and drops them: in Node pdf.js
 * has no FontFace, so by default (`disableFontFace`) its worker compiles the outline of every
 * glyph an operator list shows, for a canvas to draw them as paths (in a profile of text +
 * operator lists on WPS PDFs: 9% of the time, a third of what the operator lists add). Text
 * content and the operators (paths, text positions, images) are the same either way; only
 * rendering needs the outlines, so these parameters are for documents that are not rendered
 * (OCR renders pages: it keeps pdf.js's defaults).
 */
const FONT_RULES_DROPPED = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/** getDocument parameters for a document read for its text and drawing only, never rendered. */
export const FONT_FACE_PARAMS = { disableFontFace: false, ownerDocument: FONT_RULES_DROPPED } as const;

type Message = { action?: string; data?: unknown; callbackId?: unknown; chunk?: { fnArray?: unknown; argsArray?: unknown; items?: unknown } };
type Listener = (event: { data: unknown }) => void;

/** A worker-to-page message that only rendering reads: a font's program, sent for the page to draw with it. */
const isFontForRendering = (m: Message): boolean => m.action === 'commonobj' && m.callbackId === undefined && Array.isArray(m.data) && m.data[1] === 'Font';

/** Levels of nesting `flatCopy` copies by hand (a stream's pull: 1; a page request's `data`: 2). */
const FLAT_DEPTH = 2;
/** Keys of an object `flatCopy` copies by hand (pdf.js's control messages have at most 7). */
const FLAT_KEYS = 12;
const NOT_FLAT = Symbol('not flat');

/**
 * `value` copied as `structuredClone` copies it, when it is made only of primitives (bigints and
 * symbols excepted) and plain objects of at most FLAT_KEYS keys nested at most `depth` levels:
 * pdf.js's control messages (a stream's pull, a page or text request, most replies), sent a couple
 * of hundred times per document, where `structuredClone`'s fixed cost showed in profiles.
 * NOT_FLAT for anything else (arrays, typed arrays, errors, functions…: cloned by `structuredClone`).
 */
function flatCopy(value: unknown, depth: number): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint')) return value;
  if (depth === 0 || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return NOT_FLAT;
  const keys = Object.keys(value);
  if (keys.length > FLAT_KEYS) return NOT_FLAT;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = flatCopy((value as Record<string, unknown>)[k], depth - 1);
    if (v === NOT_FLAT) return NOT_FLAT;
    out[k] = v;
  }
  return out;
}

/** A chunk's other fields (a text chunk's font styles, an operator list's flags) copied by hand when flat, else cloned. */
function cloneRest(rest: Record<string, unknown>): Record<string, unknown> {
  const flat = flatCopy(rest, FLAT_DEPTH + 1);
  return flat !== NOT_FLAT ? (flat as Record<string, unknown>) : structuredClone(rest);
}

/**
 * What the page side receives for a worker message: a chunk of an operator list or of text content
 * with its arrays copied and its elements as they are (see `TextPort`); a flat control message
 * copied by hand (`flatCopy`); anything else cloned.
 */
export function copyMessage(message: Message, transfer: unknown[] | undefined): unknown {
  const { chunk } = message;
  if (chunk && Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {
    return { ...message, chunk: { ...cloneRest({ ...chunk, fnArray: null, argsArray: null }), fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
  }
  if (chunk && Array.isArray(chunk.items)) return { ...message, chunk: { ...cloneRest({ ...chunk, items: null }), items: chunk.items.slice() } };
  const flat = transfer?.length ? NOT_FLAT : flatCopy(message, FLAT_DEPTH + 1);
  if (flat !== NOT_FLAT) return flat;
  return structuredClone(message, transfer ? ({ transfer } as Parameters<typeof structuredClone>[1]) : undefined);
}

/**
 * The message port between pdf.js's page side and its worker, both in this thread (what pdf.js's
 * own "fake worker" in Node uses, `LoopbackPort`), for documents read for text and drawing only.
 * Two costs of the stock port are cut, with the same text content and operator lists:
 * - every message is copied with `structuredClone`: an operator list's arguments are arrays of
 *   glyph objects (one per character shown), so cloning them cost about as much as building them
 *   (on the corpus WPS PDFs, a sixth of the whole extraction); text content items likewise. The
 *   worker empties its `fnArray` and `argsArray` after sending them (so those two are copied) and
 *   starts a new `items` array, but builds fresh argument arrays for every operator and fresh
 *   items, and never changes one it has sent (it transfers the typed arrays among them, which
 *   detaches them in a real worker): those pass as they are;
 * - each font the operator lists use is sent to the page side for drawing; there it is
 *   base64-encoded into an @font-face rule (`FONT_FACE_PARAMS` drops the rule): whole CJK fonts,
 *   megabytes, per document. Those messages are not delivered (nothing here draws); what
 *   `text-from-ops.ts` needs of each font (name, matrix, writing mode, Type3) is kept (`fonts`).
 * Every other message is cloned as pdf.js does. And the worker (the build's, `textWorkerModule`)
 * decodes no image's pixels for it (`skipsImagePixels`): the page side gets what it gets for an
 * image that failed to decode; the operator list is the same.
 */
export class TextPort {
  /** Read by the build's worker (scripts/pdfjs-worker-patch.mjs): images painted are not decoded, nothing draws them. */
  readonly skipsImagePixels = true;
  /** The fonts the worker sent for drawing, as `text-from-ops.ts` reads them (their programs dropped). */
  readonly fonts: FontTable = new Map();
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: Message, transfer?: unknown[]): void {
    if (isFontForRendering(message)) return this.#noteFont(message);
    const data = copyMessage(message, transfer);
    void this.#deferred.then(() => {
      for (const listener of [...this.#listeners.keys()]) listener.call(this, { data });
    });
  }

  #noteFont(message: Message): void {
    const [name, , data] = message.data as [unknown, unknown, { buffer?: unknown } | undefined];
    if (typeof name === 'string') this.fonts.set(name, readFontInfo(data?.buffer, name));
  }

  addEventListener(_name: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    const remove = () => this.removeEventListener(_name, listener);
    signal?.addEventListener('abort', remove);
    this.#listeners.set(listener, signal ? () => signal.removeEventListener('abort', remove) : null);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, off] of this.#listeners) off?.();
    this.#listeners.clear();
  }
}

type WorkerModule = { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };

/**
 * A pdf.js worker in this thread on a `TextPort`, for one document read for text and drawing
 * only (with `FONT_FACE_PARAMS`): pass it as getDocument's `worker` and destroy it after the
 * document. Undefined when this pdf.js does not offer what it needs (the stock worker is used).
 */
export async function textWorker(lib: PdfJs): Promise<InstanceType<PdfJs['PDFWorker']> | undefined> {
  await loadPdfJs();
  const handler = workerModule?.WorkerMessageHandler;
  if (typeof handler?.initializeFromPort !== 'function') return undefined;
  const port = new TextPort();
  handler.initializeFromPort(port);
  const worker = new lib.PDFWorker({ port: port as never, verbosity: 0 });
  PORT_FONTS.set(worker, port.fonts);
  return worker;
}

const PORT_FONTS = new WeakMap<object, FontTable>();

/** The fonts `worker`'s operator lists used so far (`TextPort.fonts`); undefined for another worker. */
export function workerFonts(worker: object | undefined): FontTable | undefined {
  return worker ? PORT_FONTS.get(worker) : undefined;
}
