/**
 * @file ReportSchema: the public output contract of one extraction (`../shared/spec/TEMPLATE.md`,
 * "Output of one extraction"). The zod schema is the source of truth; `Report` is inferred from it.
 */
import { z } from 'zod';
import { ALL_KEYS } from '../template/index.js';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

/** Why a field's value is what it is. Each flag caps the field's confidence (see `score/`). */
export const FIELD_FLAGS = [
  'blank', // printed empty in a filled table: 0 by convention
  'derived', // not printed (or printed empty); computed from an identity
  'notApplicable', // printed —, /, 无, 不适用: null
  'missing', // the document does not have this field: null
  'position', // the row's label was lost; placed by its position in the table
  'repaired', // the row printed too many or too few numbers; placement chosen by the identities
  'segmented', // split out of a run of fused digits
  'ambiguous', // several readings remain: null, with `candidates`
  'labelFuzzy', // the row label matched the template only approximately
  'labelPartial', // the row label covered only part of the template label, or was joined from a neighbouring line
  'checkFailed', // an identity involving this field does not hold as printed
  'unitConverted', // printed in 元/千元/亿元 … (the unit table), normalised to 万元
  'unitAssumed', // money printed without a unit near it, or in a unit not in the table: taken as printed
  'unitUnsure', // the money unit is in doubt: stated twice differently, stated in words not understood, or none stated for an amount implausible in 万元 (below 0.8)
  'narrative', // chosen among readings left open by the identities, by a total the text states
  'corrected', // set by a person through a corrections file (`xxgk batch --corrections`); the reading is in `correction`
  'collapsed', // one printed value read as a run of identical cells (an archiver collapsed repeated lines)
  'joined', // one number read from two adjacent printed pieces ('1' / '62' → 162)
  'ocr', // read by OCR from a scan or a picture of a table
  'deciphered', // read from a PDF text layer without a character map, its glyph codes solved as a cipher against the template's fixed texts and the tables' sums (with `ocr`: OCR's trust rule)
  'negative', // a negative number where the template allows none (counts, amounts; only 本年增/减 is signed)
  'marked', // printed with a mark after the number that was left off: a trailing '.', '。' or '、', a footnote mark ('①', '*', '[1]', '注1'), a bracketed sub-count ('12（其中网上3）'); or apostrophes or spaces between its digits in one cell ('1'234', '12 345')
  'chineseNumeral', // printed as a Chinese numeral ('二十八', '二百四十九', '两百', '壹佰贰拾'): read as its number; or a malformed one ('十十', '二二'): not read
  'scaled', // printed with a scale word after the number ('3万', '1.2亿'): multiplied out (money: the word with 元 left off, '1.2亿' → 12000 万元)
  'approximate', // printed as an approximation ('约400', '1200余件', '300多件', '近500件', '400件左右'): the number as printed, not the count; below 0.9
  'cellWords', // its value cell printed words or signs around the number ('至少40', '40来', '估计40', '40以内', '≥40', '40（估算）'): the number as printed; below 0.9
  'correctedInText', // the report's own text says the printed value is wrong (更正说明, 注：…应为…): kept as printed, the corrected number among `candidates`
  'unconfirmed', // below 0.9 for no reason another flag names: nothing independent confirms it — no identity reaches it (a row of table 二), or the table's column order or the row's place is not confirmed (the table's warning says which)
] as const;

export const FieldFlagSchema = z.enum(FIELD_FLAGS);
export type FieldFlag = z.infer<typeof FieldFlagSchema>;

export const SourceRefSchema = z
  .object({
    page: z.number().int().positive().optional(),
    table: z.number().int().nonnegative().optional(),
    row: z.number().int().nonnegative().optional(),
    column: z.number().int().nonnegative().optional(),
    line: z.number().int().positive().optional(),
    text: z.string().optional(),
    strategy: z.enum(['ruled', 'whitespace']).optional(),
  })
  .strict();

export const FieldInfoSchema = z
  .object({
    confidence: z.number().min(0).max(1),
    flags: z.array(FieldFlagSchema),
    source: SourceRefSchema.optional(),
    /** With `ambiguous`: every value that survives the identities. With `correctedInText`: the printed value and the number the text corrects it to. With an OCR'd amount read as a whole number: as read and ÷ 100 (a decimal point the scan lost). */
    candidates: z.array(z.number()).optional(),
    /** With `corrected`: who set the value, why, and what had been read (value, confidence, flags, candidates). */
    correction: z
      .object({
        who: z.string(),
        why: z.string(),
        original: z
          .object({ value: z.number().nullable(), confidence: z.number().min(0).max(1), flags: z.array(FieldFlagSchema), candidates: z.array(z.number()).optional() })
          .strict(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

type Tree = { [k: string]: Tree | true };

function keysToTree(keys: readonly string[]): Tree {
  const root: Tree = {};
  for (const key of keys) {
    const parts = key.split('.');
    let node = root;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) node[p] = true;
      else node = (node[p] ??= {}) as Tree;
    });
  }
  return root;
}

function treeToSchema(tree: Tree): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(tree)) {
    shape[k] = (v === true ? z.number().nullable() : treeToSchema(v)).optional();
  }
  return z.object(shape).strict();
}

/** A node of `data`: a number or null at the leaves, objects above them. */
export interface DataTree {
  [key: string]: DataTree | number | null | undefined;
}

/** `data`: nested by the dotted keys of both template versions; every leaf is a number or null. */
export const DataSchema = treeToSchema(keysToTree(ALL_KEYS)) as z.ZodType<DataTree>;

export const SectionKeySchema = z.enum(['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'other']);
export type SectionKey = z.infer<typeof SectionKeySchema>;

export const CheckSchema = z
  .object({
    id: z.string(),
    ok: z.boolean(),
    /** The sum of the parts as read. */
    expected: z.number().nullable(),
    /** The printed total. */
    actual: z.number().nullable(),
    keys: z.array(z.string()),
  })
  .strict();
export type Check = z.infer<typeof CheckSchema>;

export const WarningSchema = z
  .object({ code: z.string(), message: z.string(), keys: z.array(z.string()).optional() })
  .strict();

/** Why a meta value is what it is (`metaFields`). Each caps the value's confidence (see `score/meta.ts`). */
export const META_FLAGS = [
  'missing', // no place in the document states it: null
  'ambiguous', // the places that state it disagree: null, with `candidates`
  'conflict', // two or more printed places agree; a weaker one (the file name) says otherwise, or (year) the dates printed say it was not over: kept
  'unconfirmed', // stated in one place only
  'trimmed', // read after cutting page furniture (a breadcrumb, a site name) off its line
  'metadata', // read from metadata (`<title>`, PDF Title, crawl header, `<meta>` date), not the printed text
  'incomplete', // (title) without its year or the report's words, or starting mid-word: cut off or wrapped
  'damaged', // (title, agency) holds a character the input could not decode (U+FFFD, '生态�境厅'): a letter of it is unknown
  'misordered', // (title) its words before the year come out of a turned page's columns out of order ('局 第县石青1 2023年…'), or a running header printed over it is read into it: not the printed title
] as const;
export const MetaFlagSchema = z.enum(META_FLAGS);
export type MetaFlag = z.infer<typeof MetaFlagSchema>;

/** Where a meta value was read. */
export const META_SOURCES = ['title', 'metaTitle', 'byline', 'body', 'period', 'signOff', 'fileName', 'dateLabel', 'metaDate', 'tables', 'year'] as const;
export type MetaSource = (typeof META_SOURCES)[number];

/** Confidence and evidence of one meta value (`metaFields.agency`, …). */
export const MetaFieldInfoSchema = z
  .object({
    confidence: z.number().min(0).max(1),
    flags: z.array(MetaFlagSchema),
    /** The place the value was read (with `ambiguous`: absent). */
    source: z.object({ from: z.enum(META_SOURCES), line: z.number().int().positive().optional(), text: z.string().optional() }).strict().optional(),
    /** Every place that states the same value (`source` first). */
    agreeing: z.array(z.enum(META_SOURCES)).optional(),
    /** With `ambiguous` or `conflict`: every value read, the chosen one first. */
    candidates: z.array(z.union([z.string(), z.number()])).optional(),
  })
  .strict();
export type MetaFieldInfo = z.infer<typeof MetaFieldInfoSchema>;

/**
 * `metaFields`: confidence and evidence of each meta value; `meta` keeps the plain values.
 * `templateVersion` (absent in reports written before it was added): from the tables' words
 * (`tables`), or assumed from the report's year when no header word was read (`year`, `unconfirmed`).
 */
export const MetaFieldsSchema = z
  .object({ title: MetaFieldInfoSchema, agency: MetaFieldInfoSchema, year: MetaFieldInfoSchema, publishedAt: MetaFieldInfoSchema, templateVersion: MetaFieldInfoSchema.optional() })
  .strict();
export type MetaFields = z.infer<typeof MetaFieldsSchema>;

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z
      .object({
        name: z.string(),
        format: z.enum(['pdf', 'html', 'text', 'docx', 'csv', 'json', 'xlsx']),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        pages: z.number().int().nonnegative().optional(),
        bytes: z.number().int().nonnegative(),
      })
      .strict(),
    meta: z
      .object({
        title: z.string().nullable(),
        agency: z.string().nullable(),
        year: z.number().int().nullable(),
        templateVersion: z.enum(['2021', '2019', 'unknown']),
        publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      })
      .strict(),
    /** Confidence, flags and source of each meta value (absent in reports written before it was added). */
    metaFields: MetaFieldsSchema.optional(),
    sections: z.array(
      z
        .object({ key: SectionKeySchema, heading: z.string(), confidence: z.number().min(0).max(1), text: z.string() })
        .strict(),
    ),
    data: DataSchema,
    fields: z.record(z.string(), FieldInfoSchema),
    checks: z.array(CheckSchema),
    confidence: z.number().min(0).max(1),
    warnings: z.array(WarningSchema),
  })
  .strict();

/** One extraction's output. */
export type Report = z.infer<typeof ReportSchema>;
