/**
 * @file The recogniser: tesseract.js with the traineddata shipped as npm packages
 * (`@tesseract.js-data/chi_sim` for text, `@tesseract.js-data/eng` for digits: its LSTM data, and
 * its full data for the legacy classifier of the last single-cell reads), loaded from
 * node_modules — never downloaded. The packages are optional peer dependencies: `ocrAvailable()`
 * says whether they can be loaded. One worker per language per process, created on first use and
 * reused for every page and document (initialisation costs ~1 s). The legacy classifier learns
 * from every glyph it reads (its adaptive matcher), so it is reset at each document's first legacy
 * read (`newOcrDocument`): a document's reading does not depend on what the process read before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Grey } from './image.js';
import { toPgm } from './image.js';

const require = createRequire(import.meta.url);

/** How to install what OCR needs; quoted in the E_PDF_NO_TEXT message. */
export const OCR_INSTALL_HINT = 'npm install tesseract.js @tesseract.js-data/chi_sim @tesseract.js-data/eng @napi-rs/canvas@^0.1';

/** A recognised word with its box in the recognised image's pixels. */
/** A word holding an ideograph: the page pass keeps it whatever its confidence. */
export const HAN = /\p{Script=Han}/u;
/** Page-pass words below this confidence that hold no Han (nor, in a table, a digit) are scan noise. */
export const NOISE_CONFIDENCE = 0.5;

export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A single-line read: the text, its confidence and (digits) the alternatives per symbol. */
export interface OcrLine {
  text: string;
  confidence: number;
  /** Per character of `text`: other characters the recogniser considered (LSTM choices). */
  alternatives: string[][];
}

type Tess = typeof import('tesseract.js');
type Worker = Awaited<ReturnType<Tess['createWorker']>>;

/**
 * A worker's model: Chinese text, digits by the LSTM (`eng`, the `4.0.0_best_int` data), digits by
 * Tesseract's legacy shape classifier (`eng-legacy`, OEM 0 on the full `4.0.0` data, which carries
 * it). The two digit recognisers fail differently on small grey print (see `digits.ts`).
 */
type Model = 'chi_sim' | 'eng' | 'eng-legacy';

let lib: Promise<Tess | null> | undefined;
const workers = new Map<string, Promise<Worker>>();
/** The parameters last set on each worker: setting them costs ~0.3 s, so only changes are sent. */
const params = new Map<string, string>();

/** The legacy classifier's adapted templates are from an earlier document: reset before its next read. */
let legacyStale = false;

/**
 * A document starts: the legacy classifier's adapted templates (learnt from the glyphs of the
 * documents read before) are dropped before its next read. Reinitialising the worker's Tesseract
 * API (the data is already in its memory) costs a fraction of a second, only in documents that
 * reach the legacy reads. The LSTM workers learn nothing: they are kept as they are.
 */
export function newOcrDocument(): void {
  legacyStale = workers.has('eng-legacy');
}

async function configure(lang: Model, p: Record<string, string>): Promise<Worker> {
  const w = await worker(lang);
  if (lang === 'eng-legacy' && legacyStale) {
    // A new Tesseract API (same language, engine and init parameters): no adapted templates, and
    // none of the parameters set since.
    legacyStale = false;
    params.delete(lang);
    await w.reinitialize('eng', 0);
  }
  const key = JSON.stringify(p);
  if (params.get(lang) !== key) {
    await w.setParameters(p as never);
    params.set(lang, key);
  }
  return w;
}

async function loadLib(): Promise<Tess | null> {
  try {
    require.resolve('@tesseract.js-data/chi_sim/package.json');
    require.resolve('@tesseract.js-data/eng/package.json');
    require.resolve('@napi-rs/canvas');
    const m = (await import('tesseract.js')) as Tess & { default?: Tess };
    return m.default ?? m;
  } catch {
    return null;
  }
}

/** True when tesseract.js, both traineddata packages and the canvas are installed. */
export async function ocrAvailable(): Promise<boolean> {
  return (await (lib ??= loadLib())) !== null;
}

function langPath(lang: 'chi_sim' | 'eng', data = '4.0.0_best_int'): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), data);
}

/**
 * The worker thread's entry that drops Tesseract's progress notes from its stderr (`tess-worker.ts`),
 * when built (run from the TypeScript sources, as by the tests, tesseract.js's own is used).
 */
function workerPath(): { workerPath?: string } {
  const at = fileURLToPath(new URL('./tess-worker.js', import.meta.url));
  return existsSync(at) ? { workerPath: at } : {};
}

async function worker(model: Model): Promise<Worker> {
  let w = workers.get(model);
  if (!w) {
    w = (async () => {
      const t = await (lib ??= loadLib());
      if (!t) throw new Error('OCR packages are not installed');
      const quiet = { gzip: true, cacheMethod: 'none', logger: () => {}, errorHandler: () => {}, ...workerPath() };
      // OEM 0 = legacy classifier only (the full data has it; no dictionaries: digits are not words).
      if (model === 'eng-legacy') return t.createWorker('eng', 0, { langPath: langPath('eng', '4.0.0'), ...quiet }, { load_system_dawg: '0', load_freq_dawg: '0' });
      // OEM 1 = LSTM only; cacheMethod 'none': read the gzip traineddata in place, write nothing.
      return t.createWorker(model, 1, { langPath: langPath(model), ...quiet });
    })();
    workers.set(model, w);
  }
  return w;
}

/**
 * Recognises Chinese text: a page (`block` false: automatic segmentation) or one table cell
 * (`block` true: one block of text, maybe wrapped). Words with their boxes.
 */
export async function recognizeText(img: Grey, block = false): Promise<OcrWord[]> {
  const w = await configure('chi_sim', { tessedit_pageseg_mode: block ? '6' : '3', preserve_interword_spaces: '1', user_defined_dpi: '300' });
  const r = await w.recognize(Buffer.from(toPgm(img)), {}, { blocks: true, text: false });
  const out: OcrWord[] = [];
  for (const b of r.data.blocks ?? []) {
    for (const p of b.paragraphs) {
      for (const l of p.lines) {
        for (const wd of l.words) out.push({ text: wd.text, confidence: wd.confidence / 100, ...wd.bbox });
      }
    }
  }
  return out;
}

/** Characters a numeric cell may hold. */
const DIGIT_WHITELIST = '0123456789.,-/';

/**
 * Recognises one numeric cell (a raw single line, digits only: PSM 13 reads lone digits that PSM 7
 * drops). `legacy`: by the legacy classifier instead of the LSTM (no per-symbol alternatives).
 */
export async function recognizeDigits(img: Grey, psm: '7' | '8' | '13' = '13', legacy = false): Promise<OcrLine> {
  const w = await configure(legacy ? 'eng-legacy' : 'eng', { tessedit_pageseg_mode: psm, tessedit_char_whitelist: DIGIT_WHITELIST, lstm_choice_mode: '2', user_defined_dpi: '300' });
  const r = await w.recognize(Buffer.from(toPgm(img)), {}, { blocks: true, text: true, hocr: true });
  const text = (r.data.text ?? '').replace(/\s+/g, '');
  return { text, confidence: (r.data.confidence ?? 0) / 100, alternatives: choicesFromHocr(r.data.hocr ?? '', text) };
}

/** A word of a digit line: its text, confidence, horizontal extent and per-symbol alternatives. */
export interface OcrDigitWord extends OcrLine {
  x0: number;
  x1: number;
}

/**
 * Recognises a strip of numbers (one table row's cells side by side, wide gaps between them) as
 * one line: the LSTM reads digits better in a line than one by one, and one call per row replaces
 * one per cell. Words with their extents, so each is given back to the cell it was taken from.
 */
export async function recognizeDigitLine(img: Grey): Promise<OcrDigitWord[]> {
  const w = await configure('eng', { tessedit_pageseg_mode: '7', tessedit_char_whitelist: DIGIT_WHITELIST, lstm_choice_mode: '2', user_defined_dpi: '300' });
  const r = await w.recognize(Buffer.from(toPgm(img)), {}, { blocks: false, text: false, hocr: true });
  return wordsFromHocr(r.data.hocr ?? '');
}

/** The words of an hOCR line (`ocrx_word` spans: bbox, x_wconf, then the symbols' LSTM choices). */
export function wordsFromHocr(hocr: string): OcrDigitWord[] {
  const out: OcrDigitWord[] = [];
  for (const part of hocr.split(/<span class='ocrx_word'/).slice(1)) {
    const head = /title='bbox (\d+) \d+ (\d+) \d+; x_wconf (\d+)'>([^<]*)/.exec(part);
    if (!head) continue;
    const text = head[4]!.replace(/\s+/g, '');
    if (text === '') continue;
    const alternatives: string[][] = Array.from({ length: text.length }, () => []);
    part.split(/id='lstm_choices_/).slice(1).forEach((g, i) => {
      if (i >= text.length) return;
      const chars = [...g.matchAll(/<span class='ocrx_cinfo'[^>]*>([^<])<\/span>/g)].map((m) => m[1]!);
      alternatives[i] = [...new Set(chars.filter((c) => c !== text[i] && /\d/.test(c)))];
    });
    out.push({ text, confidence: Number(head[3]) / 100, x0: Number(head[1]), x1: Number(head[2]), alternatives });
  }
  return out;
}

/**
 * With `lstm_choice_mode` 2 the hOCR lists, per symbol, the characters the LSTM considered
 * (`<span class='ocrx_cinfo' …>c</span>` inside `ocr_symbol`/`lstm_choices`). Unparseable output
 * gives no alternatives (the reading stands alone).
 */
function choicesFromHocr(hocr: string, text: string): string[][] {
  const out: string[][] = Array.from({ length: text.length }, () => []);
  const symbols = [...hocr.matchAll(/<span class='ocrx_cinfo'[^>]*>(?:(?!<\/span>).)*?<\/span>/gs)];
  if (symbols.length === 0) return out;
  const groups = hocr.split(/<span class='ocr_symbol'/).slice(1);
  groups.forEach((g, i) => {
    if (i >= out.length) return;
    const chars = [...g.matchAll(/<span class='ocrx_cinfo'[^>]*>([^<])<\/span>/g)].map((m) => m[1]!);
    out[i] = [...new Set(chars.filter((c) => c !== text[i] && /\d/.test(c)))];
  });
  return out;
}

/** Stops the workers (tests, batch shutdown). */
export async function stopOcr(): Promise<void> {
  const all = [...workers.values()];
  workers.clear();
  params.clear();
  legacyStale = false;
  await Promise.all(all.map(async (w) => (await w.catch(() => null))?.terminate()));
}
