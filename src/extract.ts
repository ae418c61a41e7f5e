/**
 * @file extract(): load → sections → meta → map (tables + solver) → checks → score, validated
 * against ReportSchema. `safeExtract` never throws for a bad document.
 */
import { capImplausible, capSpeckled, foreignOcr, smallPrintOcr, speckledCopy } from './score/speckled.js';
import { toXxgkError, XxgkError } from './errors.js';
import { extractInChild, inlineBounded, isolationMode } from './isolate.js';
import { checkInput, load, readInput, type ExtractInput } from './load/index.js';
import type { Mapped } from './map/index.js';
import type { LoadedDocument } from './model/document.js';
import { fastOptions } from './options-defaults.js';
import type { ExtractOptions, ResolvedOptions } from './options.js';
import { loadReportChecker } from './schema/json-check.js';
import type { Report } from './schema/report.js';
import { SCHEMA_VERSION } from './schema/version.js';
import type { FoundSection } from './sections/index.js';
import { lap } from './_internal/stage-clock.js';
import { withTimeout } from './_internal/timeout.js';
import { runBudgeted } from './_internal/work-budget.js';
import { checkReportFeatures } from './_internal/report-features.js';
import type { TypedReport } from './typed-report.js';

/** Intermediate results of every stage, for debugging a wrong field (`--trace DIR` writes one JSON file per stage). */
export interface ExtractTrace {
  lines: LoadedDocument['lines'];
  sections: Omit<FoundSection, 'body'>[];
  tables: Mapped['trace'];
  /** Loader stages (PDF: text items, rulings and grids per page). */
  load?: Record<string, unknown>;
}

/** Minimum standard sections for a document with no table values to still count as a report. */
const MIN_SECTIONS = 2;
/** Report headings found that make a document a report with no title read and no value placed (every table printed blank). */
const MIN_SECTIONS_UNTITLED = 4;

/**
 * Load warnings saying the text may not show every value printed (a picture, an OCR'd or hidden layer, text a font map or
 * the layout garbles): a table of labels alone is then not shown printed blank (map/blank-table labelsAloneBlank).
 */
const VALUES_DOUBTED: ReadonlySet<string> = new Set([
  'table_is_image', 'ocr_text_layer', 'ocr_used', 'ocr_text', 'hidden_text_dropped', 'generated_content', 'layout_dependent_text', 'overlapping_text',
  'text_garbled', 'pdf_text_garbled', 'pdf_text_undecodable', 'pdf_text_from_drawing', 'pdf_tounicode_conflict', 'pdf_text_deciphered',
  'pdf_row_broken', 'pdf_page_unreadable', 'docx_content_skipped', 'spreadsheet_error_cells',
]);

/** The stages after loading (`_internal/assemble-stages.ts`), loaded the first time a document is assembled in this process. */
type Stages = typeof import('./_internal/assemble-stages.js');

function assemble(loaded: LoadedDocument, stages: Stages): { report: Report; trace: ExtractTrace } {
  const { oneReport, findSections, scoreMeta, extractMeta, withLayerMeta, mapToReport, runChecks, scoreConfidence, capEvery, MISCODED_TEXT_CAP, keysToData, templateVersionField, yearAgainstTemplate } = stages;
  // Several reports in one document: only the document's is read, every stage from its lines alone (below 0.9 when which one it is is not determined).
  lap('load (rest)');
  const one = oneReport(loaded);
  const doc: LoadedDocument = one.warning ? { ...loaded, lines: [...one.lines], warnings: [...loaded.warnings, one.warning] } : loaded;
  const sections = findSections(doc.lines);
  lap('sections');
  const own = scoreMeta(extractMeta(doc));
  // A searchable scan read again by OCR: what its page pass lost of the meta, from the set-aside layer (score/layer-meta).
  const layerLines = doc.ocrLayer?.lines;
  const { fields: metaFields, ...meta } = layerLines ? withLayerMeta(own, scoreMeta(extractMeta({ ...doc, lines: layerLines }))) : own;
  lap('meta');
  // (A document holding several reports: its empty-cell boxes are counted over all of them, none weighed.)
  const boxes = doc.emptyCellBoxes !== undefined && !one.warning ? { emptyCellBoxes: doc.emptyCellBoxes } : {};
  const mapped = mapToReport(doc.lines, sections, meta.year, { valuesDoubted: doc.warnings.some((w) => VALUES_DOUBTED.has(w.code)), ...boxes });
  lap('table mapping');
  const placed = [...mapped.fields.values()].some((f) => f.value !== null);
  // (A title left unread beside a CMS byline, every table printed blank: six report headings still make it a report — fresh50 c07.)
  if (!placed && (sections.length < MIN_SECTIONS || (meta.title === null && sections.length < MIN_SECTIONS_UNTITLED))) {
    const list = doc.warnings.find((w) => w.code === 'list_page');
    if (list) throw new XxgkError('E_LIST_PAGE', `${doc.name}: a list or search page, not a report (${list.message})`);
    throw new XxgkError('E_NOT_A_REPORT', `${doc.name}: no report headings or statistics tables found`);
  }
  const values = new Map(mapped.template.keys.map((k) => [k, mapped.fields.get(k)?.value ?? null]));
  const na = new Set([...mapped.fields].filter(([, f]) => f.flags.includes('notApplicable')).map(([k]) => k));
  const checks = [...runChecks(mapped.template.identities, values, na), ...mapped.checks];
  lap('checks');
  const scored = scoreConfidence(mapped.template.keys, mapped.fields, mapped.placements, checks);
  if (one.uncertain && one.warning) {
    const capped = capEvery(scored, mapped.template.keys);
    if (capped.length > 0) one.warning.keys = capped;
  }
  // A dump of broken character maps (load/miscoded-text): any digit may be another glyph's.
  const garbled = doc.warnings.find((w) => w.code === 'text_garbled');
  if (garbled) {
    const capped = capEvery(scored, mapped.template.keys, MISCODED_TEXT_CAP);
    if (capped.length > 0) garbled.keys = capped;
  }
  // A speckled copy's OCR'd values no identity confirms: a speck may stand as a digit (score/speckled).
  // So are those of another program's OCR (a searchable scan's layer, a dump of it): it splits and drops digits.
  // And those of a table printed small for its scan (6.5–8 pt at 100 dpi): a faint digit lost or misread.
  if ((speckledCopy(doc.lines) || foreignOcr(doc.lines) || smallPrintOcr(doc.lines)) && capSpeckled(scored.fields, mapped.template.keys, checks).length > 0) capEvery(scored, mapped.template.keys, 1);
  // Any scan's OCR'd values no identity confirms whose length is unlike their row's (score/speckled `capImplausible`).
  if (capImplausible(scored.fields, values, mapped.template.keys, checks).length > 0) capEvery(scored, mapped.template.keys, 1);
  lap('score');
  const warnings = [...doc.warnings, ...mapped.warnings];
  const missingSections = 6 - sections.length;
  if (scored.doubted) {
    const { failed, checked, capped } = scored.doubted;
    warnings.push({ code: 'identities_mostly_failed', message: `${failed} of the ${checked} identities checked fail: the printed numbers are not what they seem (digits a viewer does not show, a broken font map, rows read from their neighbours); values no identity checks stay below 0.9`, keys: capped });
  }
  if (missingSections > 0) warnings.push({ code: 'sections_missing', message: `${missingSections} of the 6 standard sections not found` });
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: { name: doc.name, format: doc.kind, sha256: doc.sha256, bytes: doc.bytes, ...(doc.pages !== undefined ? { pages: doc.pages } : {}) },
    meta: { ...meta, templateVersion: mapped.version },
    // The year the tables' template allows (score/meta `yearAgainstTemplate`).
    metaFields: { ...yearAgainstTemplate(metaFields, meta, mapped.version, mapped.warnings), templateVersion: templateVersionField(mapped.version, mapped.warnings) },
    sections: sections.map((s) => ({ key: s.key, heading: s.heading, confidence: s.confidence, text: s.text })),
    data: keysToData(values) as Report['data'],
    fields: scored.fields,
    checks,
    confidence: scored.confidence,
    warnings,
  };
  const trace: ExtractTrace = { lines: doc.lines, sections: sections.map(({ body: _body, ...s }) => s), tables: mapped.trace, ...(doc.trace ? { load: doc.trace } : {}) };
  return { report, trace };
}

/** Options checked without zod when the build's schema of them accepts them (options-defaults.ts), by ExtractOptionsSchema otherwise. */
async function resolve(options: unknown): Promise<ResolvedOptions> {
  return fastOptions(options) ?? (await import('./options.js')).resolveOptions(options);
}

/**
 * Throws E_SCHEMA_VIOLATION when the report does not match ReportSchema: checked against the
 * built JSON Schema of it when there is one (no zod loaded), else by the zod schema itself.
 */
async function validate(report: Report): Promise<void> {
  const check = loadReportChecker();
  if (check) {
    const path = check(report);
    if (path !== null) throw new XxgkError('E_SCHEMA_VIOLATION', `output does not match ReportSchema at ${path || '/'}`);
    return;
  }
  const { ReportSchema } = await import('./schema/report.js');
  const checked = ReportSchema.safeParse(report);
  if (!checked.success) {
    throw new XxgkError('E_SCHEMA_VIOLATION', `output does not match ReportSchema: ${checked.error.issues[0]?.message}`, { details: checked.error.issues });
  }
}

/**
 * Every stage in this process, under the document's work budget (`_internal/work-budget.ts`): its
 * clock when `clocked` (in the caller's process; a helper process is stopped from outside), its
 * step limit always.
 */
export async function extractInProcess(input: ExtractInput, opts: ResolvedOptions, clocked = false): Promise<{ report: Report; trace: ExtractTrace }> {
  return runBudgeted(clocked ? opts.timeoutMs : Infinity, () => extractStages(input, opts));
}

/** A reading assembled, or the error saying it is no report. */
function attempt(doc: LoadedDocument, stages: Stages): { report: Report; trace: ExtractTrace } | XxgkError {
  try {
    return assemble(doc, stages);
  } catch (error) {
    if (error instanceof XxgkError && (error.code === 'E_NOT_A_REPORT' || error.code === 'E_LIST_PAGE')) return error;
    throw error;
  }
}

/**
 * A document read two ways (LoadedDocument.alternative): both assembled, the one confirming more
 * values kept (the first on a tie; a searchable scan's two OCR readings by `outweighs`, a PDF text dump's paragraph rows
 * and boxes by `identitiesOutweigh`); a value both confirm differently is capped below 0.9 (score/readings.ts). A text
 * dump's boxes are assembled first, and kept without assembling its paragraph rows when they read table 三 whole with
 * every identity holding (`allIdentitiesHold`: nothing outweighs them; about half an extract's CPU time, fresh50 k2
 * pdf2txt-L0.3-full); likewise the boxes are not weighed when the paragraph rows so read it.
 */
function assembleEither(doc: LoadedDocument, alternative: NonNullable<LoadedDocument['alternative']>, stages: Stages): { report: Report; trace: ExtractTrace } {
  const reading = (): ReturnType<typeof attempt> => attempt({ ...doc, lines: alternative.lines, warnings: [...doc.warnings, alternative.warning], alternative: undefined }, stages);
  // A text dump's boxes first (they win on pdf2txt's full tables): read whole with every identity holding, nothing can
  // outweigh them and the paragraph rows are not assembled; nor the boxes where the paragraphs so read it.
  const boxes = alternative.boxes ? reading() : null;
  if (boxes && !(boxes instanceof XxgkError) && stages.allIdentitiesHold(boxes.report)) return boxes;
  const first = attempt({ ...doc, alternative: undefined }, stages);
  if (alternative.boxes && !(first instanceof XxgkError) && stages.allIdentitiesHold(first.report)) return first;
  const second = boxes ?? reading();
  if (first instanceof XxgkError && second instanceof XxgkError) throw first;
  if (first instanceof XxgkError) return second as Exclude<typeof second, XxgkError>;
  if (second instanceof XxgkError) return first;
  const layer = alternative.ocrLayer === true;
  const outweighs = layer ? stages.outweighs : alternative.boxes ? stages.identitiesOutweigh : (a: Report, b: Report): boolean => stages.confirmedCount(a) > stages.confirmedCount(b);
  const secondBetter = outweighs(second.report, first.report);
  const [kept, other] = secondBetter ? [second, first] : [first, second];
  stages.capDisagreeing(kept.report, other.report, layer ? 'the scan read by this OCR and as its own OCR layer' : undefined);
  // The layer's tables kept: the meta stays this OCR's, filled from the layer (score/layer-meta), the best of both.
  if (layer && secondBetter) keepMeta(kept.report, first.report);
  return kept;
}

/** A loaded document checked for a report's character and assembled (both readings where it has two). */
function assembleDocument(doc: LoadedDocument, stages: Stages): { report: Report; trace: ExtractTrace } {
  checkReportFeatures(doc);
  return doc.alternative ? assembleEither(doc, doc.alternative, stages) : assemble(doc, stages);
}

/** `to` with the title, agency, year and date of `from` (and their evidence). */
function keepMeta(to: Report, from: Report): void {
  const { title, agency, year, publishedAt } = from.meta;
  const fields = from.metaFields;
  if (!fields || !to.metaFields) return;
  to.meta = { ...to.meta, title, agency, year, publishedAt };
  to.metaFields = { ...to.metaFields, title: fields.title, agency: fields.agency, year: fields.year, publishedAt: fields.publishedAt };
}

async function extractStages(input: ExtractInput, opts: ResolvedOptions): Promise<{ report: Report; trace: ExtractTrace }> {
  const doc = await load(input, opts);
  const stages = await import('./_internal/assemble-stages.js');
  let result: { report: Report; trace: ExtractTrace };
  try {
    result = assembleDocument(doc, stages);
  } catch (error) {
    // A PDF read through a cipher that made no report: the cipher is not solved, the document is read without it
    // (E_PDF_NO_TEXT when nothing else decodes, as when the cipher does not solve), never E_NOT_A_REPORT.
    if (!(doc.undeciphered && error instanceof XxgkError && error.code === 'E_NOT_A_REPORT')) throw error;
    result = assembleDocument(await doc.undeciphered(), stages);
  }
  lap('report');
  await validate(result.report);
  lap('output check');
  return result;
}

/**
 * Runs every stage where `extractDetailed` says. `withTrace` false: a helper process does not send
 * the trace back (`extract` drops it; see IsolateJob), and it comes back undefined.
 */
async function run(input: ExtractInput, options: ExtractOptions | undefined, withTrace: boolean): Promise<{ report: TypedReport; trace?: ExtractTrace }> {
  checkInput(input);
  const opts = await resolve(options);
  try {
    switch (isolationMode()) {
      case 'child': {
        const { bytes, name } = await readInput(input, opts);
        const named = Object.freeze({ ...opts, name });
        // Small text and HTML: bounded work, measured (isolate.ts); a second process would cost more than the document.
        if (inlineBounded(bytes, named)) return (await withTimeout(opts.timeoutMs, () => extractInProcess(bytes, named, true))) as { report: TypedReport; trace: ExtractTrace };
        return (await extractInChild(bytes, named, withTrace)) as { report: TypedReport; trace?: ExtractTrace };
      }
      case 'watched':
        return (await extractInProcess(input, opts)) as { report: TypedReport; trace: ExtractTrace };
      case 'timer':
        return (await withTimeout(opts.timeoutMs, () => extractInProcess(input, opts, true))) as { report: TypedReport; trace: ExtractTrace };
    }
  } catch (error) {
    throw toXxgkError(error);
  }
}

/**
 * Extracts one report and returns it with the trace of every stage. The work runs in a helper
 * process killed when `timeoutMs` or `maxHeapMb` is exceeded, except for small text and HTML
 * inputs, whose work is bounded below those budgets (see `isolate.ts`).
 */
export async function extractDetailed(input: ExtractInput, options?: ExtractOptions): Promise<{ report: TypedReport; trace: ExtractTrace }> {
  return (await run(input, options, true)) as { report: TypedReport; trace: ExtractTrace };
}

/**
 * Extracts one report: `data` and `fields` are typed per `meta.templateVersion` (see `typed-report.ts`).
 * @example
 * const report = await extract('report.pdf');
 * report.data.requests.newReceived.total; // number | null
 * report.fields['requests.newReceived.total'].confidence; // 0..1
 * getField(report, 'requests.granted.total'); // number | null; a key no template has does not compile
 */
export async function extract(input: ExtractInput, options?: ExtractOptions): Promise<TypedReport> {
  return (await run(input, options, false)).report;
}

/** Result of {@link safeExtract}. */
export type SafeExtractResult = { success: true; report: TypedReport } | { success: false; error: { code: XxgkError['code']; message: string } };

/** Like `extract`, but returns `{ success: false, error }` instead of throwing. */
export async function safeExtract(input: ExtractInput, options?: ExtractOptions): Promise<SafeExtractResult> {
  try {
    return { success: true, report: await extract(input, options) };
  } catch (error) {
    return { success: false, error: toXxgkError(error).toJSON() };
  }
}
