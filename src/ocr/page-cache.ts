/**
 * @file A development cache of OCR'd pages, for measuring the stages after OCR (grids → rows →
 * fields, meta) on scans without recognising them again (15–100 s a page): with the environment
 * variable `XXGK_OCR_CACHE=DIR` set, each page's OCR result is kept as DIR/<sha1 of its rendered
 * pixels and dpi>.json and read back when the same pixels come again. Off (nothing read or written)
 * when the variable is unset, as in every product use. A change to the OCR stages themselves
 * (rulings, cells, digits) needs an empty DIR.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grey } from './image.js';
import type { OcrPage } from './page.js';

const dir = (): string | undefined => process.env.XXGK_OCR_CACHE || undefined;
const keyOf = (img: Grey, dpi: number): string =>
  createHash('sha1').update(`${img.width}x${img.height}@${dpi}:`).update(img.data).digest('hex');

/** The page OCR'd earlier from the same pixels, when the cache is on and holds it. */
export function cachedPage(img: Grey, dpi: number): OcrPage | undefined {
  const d = dir();
  if (!d) return undefined;
  const at = join(d, `${keyOf(img, dpi)}.json`);
  if (!existsSync(at)) return undefined;
  const j = JSON.parse(readFileSync(at, 'utf8')) as Omit<OcrPage, 'cells'> & { cells: [string, OcrPage['cells'] extends Map<string, infer V> ? V : never][] };
  return { ...j, cells: new Map(j.cells) };
}

/** Keeps `page` in the cache when it is on; returns it. */
export function keepPage(img: Grey, dpi: number, page: OcrPage): OcrPage {
  const d = dir();
  if (!d) return page;
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, `${keyOf(img, dpi)}.json`), JSON.stringify({ ...page, cells: [...page.cells] }));
  return page;
}
