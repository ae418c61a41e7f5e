/** Types of scripts/zip-writer.mjs. */
export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Uncompressed size written in the headers (a bomb lies); the real size by default. */
  declared?: number;
  store?: boolean;
}
export function zip(entries: readonly ZipEntry[]): Buffer;
export function docx(body: string | Buffer, extra?: readonly ZipEntry[], declared?: number): Buffer;
