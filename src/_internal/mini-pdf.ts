/**
 * @file A minimal PDF writer: pages of raw content-stream operators, with a correct xref table.
 * Used to derive pdf.js's path draw codes at run time (`pdf/draw-ops.ts`) and by tests that need
 * small, exactly known PDFs (0 pages, huge page counts, paths only).
 */

/** One page: its content stream (PDF operators) and its size in pt. */
export interface MiniPage {
  content: string;
  width?: number;
  height?: number;
  /** The page's /Rotate (degrees clockwise, a multiple of 90). */
  rotate?: number;
}

/** Builds a PDF 1.4 file from pages of content-stream operators (Helvetica as /F1). */
export function buildPdf(pages: readonly MiniPage[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const [i, page] of pages.entries()) {
    const box = `[0 0 ${page.width ?? 595} ${page.height ?? 842}]`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox ${box}${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(page.content, 'latin1')} >>\nstream\n${page.content}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
