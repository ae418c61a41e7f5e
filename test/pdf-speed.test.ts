/**
 * The PDF loader's shortcuts give what the plain computations give: items found per grid cell
 * through the slots (page-layout), text-object starts with only the read operators unpacked, and
 * the native base64 encoder put in place of core-js's after pdf.js loads, the global
 * `Response` left unloaded while pdf.js is imported, the worker port of text-only documents, the
 * cMap files read once and flate streams inflated at once.
 */
import { buildGrids } from '../src/pdf/grid.js';
import { layoutPage } from '../src/pdf/page-layout.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import type { Segment } from '../src/pdf/rulings.js';
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';
import { copyMessage, deferResponse, FONT_FACE_PARAMS, loadPdfJs, TextPort, textWorker } from '../src/pdf/pdfjs.js';
import { textObjectStarts } from '../src/pdf/text-objects.js';
import { CachedBinaryData, withFastInflate } from '../src/pdf/pdfjs-data.js';
import { deflateSync, inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { patchWorker, WORKER_FILE } from '../scripts/pdfjs-worker-patch.mjs';

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });
const item = (str: string, x: number, top: number, width = 10, height = 10): PdfItem => ({ str, x, top, width, height, size: height });

describe('grid cells of a page', () => {
  // 3 columns × 3 rows; the top-left cell spans two rows, the bottom row's last two columns are one cell.
  const grid = buildGrids({
    horizontal: [h(0, 0, 300), h(40, 100, 300), h(80, 0, 300), h(120, 0, 300)],
    vertical: [v(0, 0, 120), v(100, 0, 120), v(200, 0, 80), v(300, 0, 120)],
  })[0]!;
  /** What every cell holds by the plain test: its box holds the item's centre, edges included. */
  const plain = (items: PdfItem[]): string[] =>
    grid.cells.map((c) =>
      items
        .filter((it) => it.x + it.width / 2 >= c.x1 && it.x + it.width / 2 <= c.x2 && it.top + it.height / 2 >= c.y1 && it.top + it.height / 2 <= c.y2)
        .map((it) => it.str)
        .sort()
        .join(''),
    );
  /** A cell's characters in order; the space a cell's text keeps between numbers shown apart (pdf/apart-numbers) is no item. */
  const sorted = (texts: string[]): string[] => texts.map((t) => [...t.replace(/ /g, '')].sort().join(''));

  it('is the set of items whose centre each cell holds, items on a boundary in both cells', () => {
    expect(grid.cells.length).toBe(7);
    const items = [
      item('甲', 40, 15),
      item('乙', 40, 55), // spanned cell, second slot
      item('1', 145, 15),
      item('2', 245, 55),
      item('边', 95, 35), // centre on x = 100 and y = 40: four slots, three cells
      item('3', 195, 95, 10, 10), // centre x = 200 inside the merged bottom-right cell
      item('4', 145, 115, 10, 10), // centre y = 120: on the bottom edge
    ];
    const laid = layoutPage(items, [grid], 1, 0);
    const texts = laid.grids[0]!.cells.map((c) => c.text);
    expect(sorted(texts)).toEqual(plain(items));
    expect(texts.filter((t) => t.includes('边')).length).toBe(3);
  });

  it('agrees with the plain test on random items', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const items = Array.from({ length: 30 }, (_, i) => item(String(i % 10), Math.round(rnd() * 31) * 10 - 5, Math.round(rnd() * 13) * 10 - 5));
      const laid = layoutPage(items, [grid], 1, 0).grids[0];
      expect(sorted(laid ? laid.cells.map((c) => c.text) : grid.cells.map(() => ''))).toEqual(plain(items));
    }
  });
});

describe('text-object starts', () => {
  const ops = { save: 1, restore: 2, transform: 3, beginText: 4, setTextMatrix: 5, moveText: 6, setLeadingMoveText: 7, setLeading: 8, nextLine: 9, showText: 10, showSpacedText: 11, nextLineShowText: 12, nextLineSetSpacingShowText: 13, paintFormXObjectBegin: 14, paintFormXObjectEnd: 15 };
  it('reads matrices, moves and leading; a show operator starts the object at the current line', () => {
    const glyphs = [{ unicode: '1' }, { unicode: '2' }];
    const list = {
      fnArray: [1, 3, 4, 5, 10, 2, 4, 8, 6, 9, 12, 4, 7, 11],
      argsArray: [null, [2, 0, 0, 2, 10, 20], null, [[1, 0, 0, 1, 100, 700]], [glyphs], null, null, [12], [50, 600], null, [glyphs], null, [5, -14], [glyphs]],
    };
    const starts = textObjectStarts(list, ops, [1, 0, 0, 1, 0, 0]);
    // First object under the CTM (×2, +10/+20); the second after Td then T* and ' (two leading steps of 12); the third after TD (leading 14).
    expect(starts).toEqual([
      { x: 210, y: 1420 },
      { x: 50, y: 576 },
      { x: 5, y: -14 },
    ]);
  });
});

describe('base64 of bytes after pdf.js loads', () => {
  it('is the standard padded alphabet for any length and offset; options still reach the polyfill', async () => {
    await loadPdfJs();
    const proto = Uint8Array.prototype as Uint8Array & { toBase64?: (o?: unknown) => string };
    expect(typeof proto.toBase64).toBe('function');
    const bytes = new Uint8Array(300).map((_, i) => (i * 151 + 7) % 256);
    for (const [from, to] of [[0, 0], [0, 1], [1, 3], [5, 104], [17, 300]] as const) {
      const part = bytes.subarray(from, to) as typeof proto;
      expect(part.toBase64!()).toBe(Buffer.from(bytes.subarray(from, to)).toString('base64'));
    }
    const url = (bytes.subarray(0, 30) as typeof proto).toBase64!({ alphabet: 'base64url', omitPadding: true });
    expect(url).toBe(Buffer.from(bytes.subarray(0, 30)).toString('base64url'));
  });
});

describe('the global Response while pdf.js is imported', () => {
  it('is a stand-in that does not load the real class; afterwards the real one, with pdf.js polyfill, on first use', async () => {
    class Real {
      async arrayBuffer(): Promise<ArrayBuffer> {
        return new Uint8Array([1, 2, 3]).buffer;
      }
    }
    let loads = 0;
    const scope = {};
    // As Node defines it: a configurable getter that loads the implementation when first read.
    Object.defineProperty(scope, 'Response', { configurable: true, enumerable: false, get: () => (loads++, Real), set: () => undefined });
    const restore = deferResponse(scope);
    const during = (scope as { Response: { prototype: { bytes?: unknown } } }).Response;
    expect(typeof during.prototype.bytes).toBe('function'); // pdf.js's check finds nothing to polyfill
    expect(loads).toBe(0);
    restore();
    expect(loads).toBe(0);
    const after = (scope as { Response: typeof Real }).Response;
    expect(after).toBe(Real);
    expect(loads).toBe(1);
    const bytes = await (new after() as Real & { bytes: () => Promise<Uint8Array> }).bytes();
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('is left alone when it is already a plain value', () => {
    const scope = { Response: 1 };
    deferResponse(scope)();
    expect(scope.Response).toBe(1);
  });

  it('is the real class again after pdf.js loads', async () => {
    await loadPdfJs();
    expect(typeof Response).toBe('function');
    expect(typeof (Response.prototype as { bytes?: unknown }).bytes).toBe('function');
  });
});

describe('the worker port of documents read for text and drawing only', () => {
  it('copies an operator list chunk\'s arrays (the worker empties them after sending) and passes their elements as they are', () => {
    const glyphs = [{ unicode: '1', width: 500 }];
    const fnArray = [44, 45];
    const argsArray: unknown[] = [[glyphs], null];
    const got = copyMessage({ chunk: { fnArray, argsArray, lastChunk: false, length: 2 } } as never, undefined) as { chunk: { fnArray: number[]; argsArray: unknown[]; lastChunk: boolean; length: number } };
    fnArray.length = 0;
    argsArray.length = 0;
    expect(got.chunk.fnArray).toEqual([44, 45]);
    expect(got.chunk.argsArray).toHaveLength(2);
    expect((got.chunk.argsArray[0] as unknown[])[0]).toBe(glyphs); // not cloned
    expect(got.chunk).toMatchObject({ lastChunk: false, length: 2 });
  });

  it('clones any other message, as pdf.js\'s own port does', () => {
    const data = { nested: [1, 2] };
    const got = copyMessage({ action: 'GetPage', data } as never, undefined) as { data: typeof data };
    expect(got.data).toEqual(data);
    expect(got.data).not.toBe(data);
  });

  it('copies flat control messages by hand, deep and equal to what structuredClone gives; clones the rest', () => {
    const pull = { sourceName: 'p', targetName: 'w', stream: 6, streamId: 3, desiredSize: undefined as number | undefined };
    const request = { action: 'GetPage', callbackId: 4, data: { pageIndex: 2 } };
    for (const m of [pull, request]) {
      const expected = structuredClone(m);
      const clone = jest.spyOn(globalThis, 'structuredClone');
      const got = copyMessage(m as never, undefined);
      expect(clone).not.toHaveBeenCalled(); // copied by hand
      clone.mockRestore();
      expect(got).toStrictEqual(expected);
      expect(got).not.toBe(m);
    }
    expect((copyMessage(request as never, undefined) as typeof request).data).not.toBe(request.data);
    // Arrays, errors, functions, deep nesting: structuredClone's copy (or its DataCloneError).
    const reason = { action: 'x', data: { error: new Error('boom') } };
    const error = (copyMessage(reason as never, undefined) as typeof reason).data.error;
    expect(error).not.toBe(reason.data.error);
    expect(error.message).toBe('boom');
    expect(() => copyMessage({ action: 'x', data: { f: () => 1 } } as never, undefined)).toThrow();
    const deep = { action: 'x', data: { a: { b: { c: 1 } } } };
    expect(copyMessage(deep as never, undefined)).toStrictEqual(deep);
  });

  it('does not deliver fonts sent for drawing; delivers the rest', async () => {
    const port = new TextPort();
    const seen: unknown[] = [];
    port.addEventListener('message', (e) => seen.push(e.data));
    port.postMessage({ action: 'commonobj', data: ['f1', 'Font', { buffer: new ArrayBuffer(8) }] });
    port.postMessage({ action: 'commonobj', data: ['img1', 'Image', { width: 1 }] });
    port.postMessage({ action: 'commonobj', data: ['f2', 'Font', {}], callbackId: 3 }); // a request awaits its answer: delivered
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.map((m) => (m as { data: unknown[] }).data[0])).toEqual(['img1', 'f2']);
  });

  it('gives the same text content and operator lists as pdf.js\'s own worker', async () => {
    const lib = await loadPdfJs();
    const data = readFileSync(join(ROOT, 'samples', 'pdf-libreoffice-word.pdf'));
    const read = async (worker: Awaited<ReturnType<typeof textWorker>>): Promise<string> => {
      const doc = await lib.getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false, ...FONT_FACE_PARAMS, ...(worker ? { worker } : {}) } as never).promise;
      const out: unknown[] = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const text = await page.getTextContent();
        const list = await page.getOperatorList();
        out.push(text.items, list.fnArray, list.argsArray);
      }
      await doc.destroy();
      worker?.destroy();
      // Typed arrays as plain arrays; objects by their own properties (a clone drops prototypes); font names without the document's number.
      return JSON.stringify(out, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : typeof v === 'string' ? v.replace(/^g_d\d+_/, 'g_d_') : v));
    };
    const worker = await textWorker(lib);
    expect(worker).toBeDefined();
    expect(await read(worker)).toBe(await read(undefined));
  });
});

describe('images painted on a page read for text and drawing only (the build\'s worker, scripts/pdfjs-worker-patch.mjs)', () => {
  type Posted = { action?: string; data?: unknown[] };
  /** A TextPort that notes the image objects the worker sends (an Image's data: its pixels, or null). */
  class NotingPort extends TextPort {
    readonly images: unknown[] = [];
    override postMessage(message: Posted, transfer?: unknown[]): void {
      const d = message.data;
      if ((message.action === 'obj' && d?.[2] === 'Image') || (message.action === 'commonobj' && d?.[1] === 'Image')) this.images.push(d[d.length - 1]);
      super.postMessage(message as never, transfer);
    }
  }
  /** The worker module `patch` made of the package's (imported from a temp file), the natives pdf.js's core-js replaces put back. */
  const workerFrom = async (source: string): Promise<{ WorkerMessageHandler: { initializeFromPort(port: unknown): void } }> => {
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const file = join(mkdtempSync(join(tmpdir(), 'xxgk-worker-')), 'worker.mjs');
    writeFileSync(file, source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(WORKER_FILE).href)));
    const mod = (await import(pathToFileURL(file).href)) as { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    return mod;
  };
  const read = async (mod: Awaited<ReturnType<typeof workerFrom>>): Promise<{ lists: string; images: unknown[] }> => {
    const lib = await loadPdfJs();
    const port = new NotingPort();
    mod.WorkerMessageHandler.initializeFromPort(port);
    const worker = new lib.PDFWorker({ port: port as never, verbosity: 0 });
    const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'pdf-table-images.pdf'))), verbosity: 0, isEvalSupported: false, ...FONT_FACE_PARAMS, worker } as never).promise;
    const out: unknown[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const list = await (await doc.getPage(p)).getOperatorList();
      out.push(list.fnArray, list.argsArray);
    }
    await new Promise((r) => setTimeout(r, 50)); // the decodes run after the operator list is sent
    await doc.destroy();
    worker.destroy();
    // Object ids without the document's number.
    return { lists: JSON.stringify(out, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : typeof v === 'string' ? v.replace(/^g_d\d+_/, 'g_d_').replace(/^d\d+_/, 'd_') : v)), images: port.images };
  };

  it('are not decoded: the same operator lists, the page side gets no pixels (the package\'s worker decodes them)', async () => {
    const stock = readFileSync(WORKER_FILE, 'utf8');
    const patched = patchWorker(stock);
    expect(patched).not.toBeNull();
    const before = await read(await workerFrom(stock));
    const after = await read(await workerFrom(patched!));
    expect(after.lists).toBe(before.lists);
    // The fixture paints five pictures (three tables, a seal with its soft mask): decoded by the package's worker, not by the build's.
    expect(before.images.length).toBeGreaterThanOrEqual(4);
    expect(before.images.every((img) => img !== null && typeof img === 'object')).toBe(true);
    expect(after.images).toEqual(before.images.map(() => null));
  });

  it('says so on the port the loader reads with; the change is found exactly once in this pdf.js', () => {
    expect(new TextPort().skipsImagePixels).toBe(true);
    const stock = readFileSync(WORKER_FILE, 'utf8');
    expect(patchWorker(stock)!.length).toBeGreaterThan(stock.length);
    expect(patchWorker(stock + stock)).toBeNull();
  });
});

/** What pdf.js's `asyncGetBytesFromDecompressionStream` does with a DecompressionStream: the bytes as hex, or the error. */
async function inflateAsPdfJs(bytes: Uint8Array): Promise<string> {
  try {
    const { readable, writable } = new DecompressionStream('deflate');
    const writer = writable.getWriter();
    await writer.ready;
    writer.write(bytes).then(async () => {
      await writer.ready;
      await writer.close();
    }).catch(() => undefined);
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('hex');
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('flate streams inflated at once while a PDF is read', () => {
  const z = deflateSync(Buffer.from('BT /F1 12 Tf (0123) Tj ET\n'.repeat(500)));
  const cases = {
    whole: z,
    truncated: z.subarray(0, z.length - 9),
    'without its checksum': z.subarray(0, z.length - 4),
    'with trailing bytes': Buffer.concat([z, Buffer.from('\r\nendstream')]),
    corrupt: Buffer.concat([z.subarray(0, 20), Buffer.alloc(30, 0xff), z.subarray(50)]),
    empty: Buffer.alloc(0),
  };

  it.each(Object.entries(cases))('give what Node\'s DecompressionStream gives: %s', async (_name, bytes) => {
    const native = await inflateAsPdfJs(new Uint8Array(bytes));
    expect(await withFastInflate(() => inflateAsPdfJs(new Uint8Array(bytes)))).toBe(native);
  });

  it('are inflated by the stand-in only during the read, nested reads included; other formats by Node\'s class', async () => {
    const Native = globalThis.DecompressionStream;
    await withFastInflate(async () => {
      expect(globalThis.DecompressionStream).not.toBe(Native);
      await withFastInflate(async () => undefined);
      expect(globalThis.DecompressionStream).not.toBe(Native);
      expect(new DecompressionStream('gzip')).toBeInstanceOf(Native);
    });
    expect(globalThis.DecompressionStream).toBe(Native);
    await expect(withFastInflate(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(globalThis.DecompressionStream).toBe(Native);
  });

  /** The chunk pdf.js would be handed for `bytes` (not copied, as pdf.js copies it: so a kept one is recognisable). */
  const firstChunk = async (bytes: Uint8Array): Promise<Uint8Array> => {
    const { readable, writable } = new DecompressionStream('deflate');
    const writer = writable.getWriter();
    void writer.write(bytes).then(() => writer.close());
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) return chunk;
    throw new Error('no chunk');
  };

  it('inflate a stream read twice in one read once: a page content, read for the text and again for the operator list', async () => {
    // (pdf.js hands over views of its own plain arrays: the document's bytes, a decoded stream's buffer.)
    const file = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7 junk '), z, Buffer.from(' trailer')]));
    const view = (): Uint8Array => new Uint8Array(file.buffer, file.byteOffset + 14, z.length);
    await withFastInflate(async () => {
      const first = await firstChunk(view());
      expect(Buffer.from(first).equals(inflateSync(z))).toBe(true);
      // The same bytes at the same place of the same buffer: the first inflate's bytes, once.
      expect(await firstChunk(view())).toBe(first);
      const third = await firstChunk(view());
      expect(third).not.toBe(first);
      expect(Buffer.from(third).equals(inflateSync(z))).toBe(true);
      // The same bytes elsewhere (another buffer: a decoded or decrypted stream) are inflated anew.
      const copy = await firstChunk(new Uint8Array(z));
      expect(copy).not.toBe(third);
      expect(await firstChunk(new Uint8Array(z))).not.toBe(copy);
    });
    // Nothing is kept from one read to the next.
    const kept = await withFastInflate(() => firstChunk(view()));
    expect(await withFastInflate(() => firstChunk(view()))).not.toBe(kept);
  });

  it('keep no stream inflating to more than a MiB (an embedded font, read once)', async () => {
    const big = new Uint8Array(deflateSync(Buffer.alloc((1 << 20) + 1, 0x41)));
    const small = new Uint8Array(deflateSync(Buffer.alloc(1 << 20, 0x41)));
    await withFastInflate(async () => {
      const first = await firstChunk(big);
      expect(first.byteLength).toBe((1 << 20) + 1);
      expect(await firstChunk(big)).not.toBe(first);
      // (A MiB is kept.)
      const kept = await firstChunk(small);
      expect(await firstChunk(small)).toBe(kept);
    });
  });

  it('give pdf.js the same text content and operator lists, with the cMaps read once', async () => {
    const lib = await loadPdfJs();
    const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const params = { cMapUrl: `${dir}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${dir}/standard_fonts/`, verbosity: 0, isEvalSupported: false };
    const read = async (file: string, cached: boolean): Promise<string> => {
      const doc = await lib.getDocument({ ...params, ...(cached ? { BinaryDataFactory: CachedBinaryData } : {}), data: new Uint8Array(readFileSync(join(ROOT, 'samples', file))) } as never).promise;
      const out: unknown[] = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        out.push((await page.getTextContent()).items, (await page.getOperatorList()).fnArray);
      }
      await doc.destroy();
      // Font names without the document's number.
      return JSON.stringify(out, (_k, v: unknown) => (typeof v === 'string' ? v.replace(/^g_d\d+_/, 'g_d_') : v));
    };
    for (const file of ['pdf-libreoffice-word.pdf', 'pdf-chromium-web.pdf']) {
      const stock = await read(file, false);
      expect(await withFastInflate(() => read(file, true))).toBe(stock);
      expect(await withFastInflate(() => read(file, true))).toBe(stock);
    }
  });
});

describe('cMap and standard-font files', () => {
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const data = new CachedBinaryData({ cMapUrl: `${dir}/cmaps/`, standardFontDataUrl: null });

  it('are the file\'s bytes, a copy of its own for every document', async () => {
    const a = await data.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' });
    expect(Buffer.from(a).equals(readFileSync(join(dir, 'cmaps', 'UniGB-UCS2-H.bcmap')))).toBe(true);
    a.fill(0);
    const b = await data.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' });
    expect(Buffer.from(b).equals(readFileSync(join(dir, 'cmaps', 'UniGB-UCS2-H.bcmap')))).toBe(true);
  });

  it('fail as pdf.js\'s reader fails: a missing file, a kind without a path', async () => {
    await expect(data.fetch({ kind: 'cMapUrl', filename: 'missing.bcmap' })).rejects.toThrow(`Unable to load CMap data at: ${dir}/cmaps/missing.bcmap`);
    await expect(data.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSans.pfb' })).rejects.toThrow('Ensure that the `standardFontDataUrl` API parameter is provided.');
  });
});
