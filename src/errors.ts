/**
 * @file The one error class for unusable input or calls. Document-quality problems are never
 * thrown: they become `warnings` in the report (`Warning` in model/document.ts).
 */

/** Stable error codes. Documented in the README ("Errors"); never renamed, only added. */
export const ERROR_CODES = [
  'E_INPUT_NOT_FOUND',
  'E_UNSUPPORTED_KIND',
  'E_EMPTY',
  'E_NOT_A_REPORT',
  'E_LIST_PAGE',
  'E_PDF_ENCRYPTED',
  'E_PDF_WRONG_PASSWORD',
  'E_PDF_CORRUPT',
  'E_PDF_NO_TEXT',
  'E_DECODE',
  'E_TOO_LARGE',
  'E_TIMEOUT',
  'E_INVALID_OPTIONS',
  'E_OUTPUT',
  'E_SCHEMA_VIOLATION',
  'E_INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Thrown when the input or the call cannot be used at all. */
export class XxgkError extends Error {
  override readonly name = 'XxgkError';
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Extra structured data (zod issues for options, page numbers, …). */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details;
  }

  /** The JSON form the CLI prints and `safeExtract` returns. */
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Wraps anything thrown by our own code into an `E_INTERNAL` error, keeping XxgkErrors. */
export function toXxgkError(error: unknown): XxgkError {
  if (error instanceof XxgkError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new XxgkError('E_INTERNAL', `internal error: ${message}`, { cause: error });
}
