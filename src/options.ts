/**
 * @file ExtractOptionsSchema (strict zod) and resolveOptions(): validated once at the entry point,
 * then passed to stages as a frozen ResolvedOptions.
 */
import { z } from 'zod';
import { XxgkError } from './errors.js';
import { isKnownEncoding } from './load/decode.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './options-defaults.js';

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS };
/**
 * MiB of V8 heap for the process extracting a document (extract's helper, each batch worker). A
 * 50-page report needs a few hundred; a document that needs more is hostile and ends in E_TOO_LARGE.
 */
export const DEFAULT_MAX_HEAP_MB = 1536;

export const ExtractOptionsSchema = z
  .object({
    /** Input kind; `auto` sniffs the bytes (and the file extension). @default 'auto' */
    format: z.enum(['auto', 'pdf', 'html', 'text', 'docx', 'csv', 'json', 'xlsx']).default('auto'),
    /** Name recorded in `source.name` (defaults to the file's base name, or `input`). */
    name: z.string().optional(),
    /** Password for an encrypted PDF. */
    password: z.string().optional(),
    /** Text encoding: `auto` detects BOM / UTF-8 / UTF-16 / GB18030, or a name iconv-lite knows (gbk, big5, …). @default 'auto' */
    encoding: z
      .string()
      .default('auto')
      .refine(isKnownEncoding, { message: 'not a known encoding (e.g. utf-8, gb18030, gbk, big5, utf-16le, or auto)' }),
    /** Return the intermediate stages in `trace`. @default false */
    trace: z.boolean().default(false),
    /** Time budget per document in ms. @default 60000 */
    timeoutMs: z.number().int().positive().default(DEFAULT_TIMEOUT_MS),
    /** Largest input accepted, in bytes. @default 64 MiB */
    maxBytes: z.number().int().positive().default(DEFAULT_MAX_BYTES),
    /** Most PDF pages accepted. @default 500 */
    maxPages: z.number().int().positive().default(DEFAULT_MAX_PAGES),
    /** V8 heap limit of the helper process that extracts the document, MiB (E_TOO_LARGE over it). @default 1536 */
    maxHeapMb: z.number().int().min(64).default(DEFAULT_MAX_HEAP_MB),
    /**
     * OCR of PDF pages without text (scans, tables pasted as pictures): `auto` reads pages that
     * have no text layer and paint an image (or whose text layer cannot be decoded), `force` every
     * page, `off` none. Needs the optional OCR packages. Each page read by OCR adds 120 s to
     * `timeoutMs` (OCR takes 10–25 s a page on a quiet core, far more on a busy one). Off by
     * default: a broken or hostile PDF's textless pages would all be rendered. @default 'off'
     */
    ocr: z.enum(['auto', 'off', 'force']).default('off'),
    /**
     * A PDF text layer that cannot be decoded (fonts without a character map) read as a cipher of
     * glyph codes solved against the template's fixed texts and the tables' sums (`pdf/cipher.ts`)
     * instead of E_PDF_NO_TEXT; values flagged `deciphered`, capped unless identities confirm them.
     * Used only where OCR does not read those pages. @default false
     */
    decipher: z.boolean().default(false),
  })
  .strict();

/** What callers may pass. */
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
/** Fully defaulted options; stages accept only this. */
export type ResolvedOptions = Readonly<z.output<typeof ExtractOptionsSchema>>;

/** Validates and defaults user options; throws E_INVALID_OPTIONS naming the key and constraint. */
export function resolveOptions(user: unknown = {}): ResolvedOptions {
  const parsed = ExtractOptionsSchema.safeParse(user ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ');
    throw new XxgkError('E_INVALID_OPTIONS', `invalid options: ${detail}`, { details: parsed.error.issues });
  }
  return Object.freeze(parsed.data);
}
