/**
 * @file The meta of a searchable scan read again by this OCR (`ocr: 'auto'`, LoadedDocument.ocrLayer): the
 * page's values come from this OCR's grids, far better than another program's text layer (tesseract's psm 6
 * layer drops most table values), but its page pass at 150 dpi can lose the title or the sign-off the layer
 * holds (gen60 tess-pdf: a title centred beside a sidebar read as nothing). Each of title, agency, year and
 * date this OCR left out, or read less sure than the layer by `MARGIN`, is taken from the layer's own reading
 * (its lines are flagged OCR'd: meta/score rules for OCR'd places apply there too). Both are OCR: neither
 * confirms the other, so nothing is raised by their agreeing.
 */
import type { MetaFieldInfo } from '../schema/report.js';
import type { ScoredMeta } from './meta.js';

/** How much surer the layer's reading must be to replace this OCR's. */
const MARGIN = 0.1;
const KEYS = ['title', 'agency', 'year', 'publishedAt'] as const;

/** The layer's source has no line in this reading: only where and what. */
const placeOnly = (info: MetaFieldInfo): MetaFieldInfo => (info.source ? { ...info, source: { from: info.source.from, ...(info.source.text !== undefined ? { text: info.source.text } : {}) } } : info);

/** `own` with the fields the layer reads and `own` does not (or reads less sure) taken from `layer`. */
export function withLayerMeta(own: ScoredMeta, layer: ScoredMeta): ScoredMeta {
  const out: ScoredMeta = { ...own, fields: { ...own.fields } };
  for (const key of KEYS) {
    if (layer[key] === null) continue;
    if (own[key] !== null && layer.fields[key].confidence < own.fields[key].confidence + MARGIN) continue;
    (out as unknown as Record<string, unknown>)[key] = layer[key];
    out.fields[key] = placeOnly(layer.fields[key]);
  }
  return out;
}
