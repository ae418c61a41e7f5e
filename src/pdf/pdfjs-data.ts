/**
 * @file How pdf.js gets its bytes in this package, a cost of its Node defaults cut with the same
 * bytes: the cMap and standard-font files are read once per process (`CachedBinaryData`).
 */
import { readFile } from 'node:fs/promises';

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
