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
 */
function inflateAtOnce(native: NativeDecompression): NativeDecompression {
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
          const out = inflateSync(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
          settle!.done(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
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
