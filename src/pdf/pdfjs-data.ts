/**
 * @file How pdf.js gets its bytes in this package, two costs of its Node defaults cut with the same
 * bytes: the cMap and standard-font files are read once per process (`CachedBinaryData`), and its
 * flate streams are inflated in one call instead of through web streams (`withFastInflate`); the
 * getDocument parameters every PDF is opened with (`PDFJS_PARAMS`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

type Chunk = Uint8Array;
type NativeDecompression = new (format: string) => { readable: unknown; writable: unknown };

/**
 * A `DecompressionStream` class for pdf.js's flate streams (`asyncGetBytesFromDecompressionStream`: one
 * write, close, read to the end), inflated in one `zlib.inflateSync` at close. Node's own runs each
 * stream through web streams, a Node stream adapter and zlib's thread pool: for the many small
 * streams of a report (page contents, read once for text and once more for the operator list; every
 * embedded font) that machinery cost more than the inflating, about a quarter of what text content +
 * operator lists cost (CPU, 11 PDFs). Same bytes and the same errors (truncated, corrupt: pdf.js
 * then falls back to its own inflater); any other format goes to Node's class.
 * Only the calls pdf.js makes are offered (no pipes): it is in place only while `withFastInflate` runs.
 * A stream inflated again in the same read (a page's content and its form XObjects: once for the text
 * content, once for the operator list) gets the bytes of the first time (`InflatedOnce`).
 */
function inflateAtOnce(native: NativeDecompression): NativeDecompression {
  const inflated = new InflatedOnce();
  return function DecompressionStream(format: string) {
    if (format !== 'deflate') return new native(format);
    const chunks: Chunk[] = [];
    let settle: { done: (bytes: Chunk) => void; fail: (error: unknown) => void } | undefined;
    const result = new Promise<Chunk>((done, fail) => (settle = { done, fail }));
    result.catch(() => undefined); // a stream written but never read (pdf.js gave up on it) is no unhandled rejection
    const ready = Promise.resolve();
    const writer = {
      ready,
      write: async (chunk: Chunk) => void chunks.push(chunk),
      close: async () => {
        try {
          // (A Node Buffer may lie in Node's shared pool, whose places are reused: never kept. pdf.js's are plain arrays.)
          const input = chunks.length === 1 && !Buffer.isBuffer(chunks[0]) ? chunks[0]! : null;
          let bytes = input ? inflated.take(input) : undefined;
          if (!bytes) {
            const out = inflateSync(input ?? Buffer.concat(chunks));
            bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
            if (input) inflated.keep(input, bytes);
          }
          settle!.done(bytes);
        } catch (error) {
          settle!.fail(error);
          throw error;
        }
      },
    };
    return {
      writable: { getWriter: () => writer },
      readable: {
        async *[Symbol.asyncIterator]() {
          yield await result;
        },
      },
    };
  } as unknown as NativeDecompression;
}

/** bytes. A stream inflated to more than this is not kept for a second read (an embedded font, read once). */
const KEEP_MAX_BYTES = 1 << 20;
/** bytes. What one read keeps at most, all streams together (streams whose second read never comes: a page read for text only). */
const KEEP_TOTAL_BYTES = 16 << 20;

/**
 * Inflated streams kept for their second read, by where their compressed bytes lie: pdf.js reads a
 * stream's compressed bytes as a view of the document's buffer, the same view each time (a stream
 * behind another filter or decryption is a fresh buffer each time: never found). pdf.js copies what
 * it reads out of the stream (`asyncGetBytesFromDecompressionStream`), so the bytes handed out
 * twice are never changed. A stream is let go at its second read; the total kept is bounded.
 */
class InflatedOnce {
  readonly #kept = new WeakMap<ArrayBufferLike, Map<string, Uint8Array>>();
  #total = 0;

  take(input: Uint8Array): Uint8Array | undefined {
    const at = this.#kept.get(input.buffer);
    const key = `${input.byteOffset}:${input.byteLength}`;
    const bytes = at?.get(key);
    if (bytes) {
      at!.delete(key);
      this.#total -= bytes.byteLength;
    }
    return bytes;
  }

  keep(input: Uint8Array, bytes: Uint8Array): void {
    if (bytes.byteLength > KEEP_MAX_BYTES || this.#total + bytes.byteLength > KEEP_TOTAL_BYTES) return;
    let at = this.#kept.get(input.buffer);
    if (!at) this.#kept.set(input.buffer, (at = new Map()));
    at.set(`${input.byteOffset}:${input.byteLength}`, bytes);
    this.#total += bytes.byteLength;
  }
}

let inflating = 0;
let nativeDescriptor: PropertyDescriptor | undefined;

/**
 * Runs `read` (pdf.js reading documents) with `inflateAtOnce`'s class as the global `DecompressionStream`,
 * then puts Node's back (nested and overlapping calls share one swap). The swap is for the time of
 * the read only: nothing else in the process sees the narrower class, and pdf.js read outside it
 * (the bench's text floor) is stock.
 */
export async function withFastInflate<T>(read: () => Promise<T>, scope: { DecompressionStream?: unknown } = globalThis): Promise<T> {
  if (inflating === 0) {
    nativeDescriptor = Object.getOwnPropertyDescriptor(scope, 'DecompressionStream');
    const native = scope.DecompressionStream;
    if (typeof native !== 'function' || !nativeDescriptor?.configurable) return read();
    Object.defineProperty(scope, 'DecompressionStream', { configurable: true, writable: true, enumerable: nativeDescriptor.enumerable ?? false, value: inflateAtOnce(native as NativeDecompression) });
  }
  inflating++;
  try {
    return await read();
  } finally {
    if (--inflating === 0 && nativeDescriptor) Object.defineProperty(scope, 'DecompressionStream', nativeDescriptor);
  }
}

type BinaryKind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';
const BINARY_NAMES: Record<BinaryKind, string> = { cMapUrl: 'CMap', standardFontDataUrl: 'font', wasmUrl: 'wasm' };
/** File path → its bytes, for `CachedBinaryData`. */
const binaryFiles = new Map<string, Promise<Uint8Array>>();

/**
 * pdf.js's `BinaryDataFactory` for Node reads the cMap and standard-font files a document needs
 * from disk again for every document (a CJK report: the GB1 cMaps, a few hundred KiB through
 * `fs.promises.readFile`, its open/stat/read each time). This one reads each file once per process and
 * hands every document its own copy of the bytes (the worker may keep or transfer them). Pass the
 * class as getDocument's `BinaryDataFactory`.
 */
export class CachedBinaryData {
  readonly #urls: Record<BinaryKind, string | null>;

  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: Partial<Record<BinaryKind, string | null>>) {
    this.#urls = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }: { kind: BinaryKind; filename: string }): Promise<Uint8Array> {
    const base = this.#urls[kind];
    if (!(kind in BINARY_NAMES)) throw new Error(`Not implemented: ${kind}`);
    if (!base) throw new Error(`Ensure that the \`${kind}\` API parameter is provided.`);
    const path = `${base}${filename}`;
    let bytes = binaryFiles.get(path);
    if (!bytes) {
      bytes = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      binaryFiles.set(path, bytes);
    }
    try {
      return (await bytes).slice();
    } catch {
      binaryFiles.delete(path);
      throw new Error(`Unable to load ${BINARY_NAMES[kind]} data at: ${path}`);
    }
  }
}

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * getDocument parameters of every PDF this package reads (and of the bench's text floor, so that the
 * floor is pdf.js as the library runs it). cMaps and standard fonts from the package, as filesystem
 * paths ending in '/' (what pdf.js in Node expects, not file:// URLs), read once per process.
 */
export const PDFJS_PARAMS = {
  cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
  isEvalSupported: false,
  verbosity: 0,
  BinaryDataFactory: CachedBinaryData,
};
