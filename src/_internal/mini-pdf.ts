import { maxOf, minOf, pushAll } from './extremes.js';
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
  /**
   * A second font /F2 (Helvetica) with the widths (glyph units, 1000 = 1 em) and ToUnicode
   * characters given for some codes: the character maps producers and re-printers write.
   */
  f2?: { widths: Record<number, number>; toUnicode: Record<number, string> };
  /** Form XObjects /Fm0, /Fm1 … the content can paint (`/Fm0 Do`), each with its own matrix. */
  forms?: { content: string; matrix?: readonly number[]; bbox?: readonly number[] }[];
  /** Graphics-state dictionaries /GS0, /GS1 … (their entries, e.g. `/ca 0.5`) the content can set (`/GS0 gs`). */
  extGStates?: string[];
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** /F2's objects: the font dictionary (referring to the ToUnicode stream at `id + 1`) and that stream. */
function secondFont(f2: NonNullable<MiniPage['f2']>, id: number): string[] {
  const codes = Object.keys(f2.widths).map(Number);
  const first = minOf(codes);
  const last = maxOf(codes);
  const widths = Array.from({ length: last - first + 1 }, (_, i) => f2.widths[first + i] ?? 556).join(' ');
  const map = Object.entries(f2.toUnicode).map(([c, ch]) => `<${Number(c).toString(16).padStart(2, '0')}> <${[...ch].map((x) => hex4(x.codePointAt(0)!)).join('')}>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /F2U def /CMapType 2 def\n1 begincodespacerange <00> <ff> endcodespacerange\n${map.length} beginbfchar\n${map.join('\n')}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  return [`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar ${first} /LastChar ${last} /Widths [${widths}] /ToUnicode ${id + 1} 0 R >>`, `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`];
}

/** Builds a PDF 1.4 file from pages of content-stream operators (Helvetica as /F1). */
export function buildPdf(pages: readonly MiniPage[]): Uint8Array {
  const objects: string[] = [];
  /** Objects of one page: page, contents, then /F2 (2) and the forms. */
  const size = (p: MiniPage): number => 2 + (p.f2 ? 2 : 0) + (p.forms?.length ?? 0);
  const pageIds = pages.reduce<number[]>((ids, p, i) => [...ids, i === 0 ? 4 : ids[i - 1]! + size(pages[i - 1]!)], []);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const [i, page] of pages.entries()) {
    const id = pageIds[i]!;
    const box = `[0 0 ${page.width ?? 595} ${page.height ?? 842}]`;
    const f2Id = id + 2;
    const formId = f2Id + (page.f2 ? 2 : 0);
    const fonts = `/Font << /F1 3 0 R${page.f2 ? ` /F2 ${f2Id} 0 R` : ''} >>`;
    const forms = page.forms?.length ? ` /XObject << ${page.forms.map((_, k) => `/Fm${k} ${formId + k} 0 R`).join(' ')} >>` : '';
    const states = page.extGStates?.length ? ` /ExtGState << ${page.extGStates.map((g, k) => `/GS${k} << ${g} >>`).join(' ')} >>` : '';
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox ${box}${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Resources << ${fonts}${forms}${states} >> /Contents ${id + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(page.content, 'latin1')} >>\nstream\n${page.content}\nendstream`);
    if (page.f2) pushAll(objects, secondFont(page.f2, f2Id));
    for (const form of page.forms ?? []) {
      objects.push(`<< /Type /XObject /Subtype /Form /BBox ${form.bbox ? `[${form.bbox.join(' ')}]` : box}${form.matrix ? ` /Matrix [${form.matrix.join(' ')}]` : ''} /Resources << ${fonts} >> /Length ${Buffer.byteLength(form.content, 'latin1')} >>\nstream\n${form.content}\nendstream`);
    }
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
