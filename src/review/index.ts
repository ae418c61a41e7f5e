/**
 * @file The review pages of a batch: `index.html` (every report, most in need of attention first)
 * and one page per report under `r/` (see `report-page.ts`). Written from results.jsonl in two
 * passes (the index needs every report's counts; each page its neighbours), one report in memory
 * at a time.
 */
import { makeDir } from '../_internal/make-dir.js';
import { join } from 'node:path';
import type { BatchRow, CarryMismatch, CrossYearMismatch } from '../batch/index.js';
import { attentionOf, byAttention } from '../export/attention.js';
import type { RowSource } from '../export/index.js';
import { writeFileStreamed } from '../export/write.js';
import { indexPageName, INDEX_PAGE_SIZE, renderIndex, type IndexEntry } from './index-page.js';
import { renderReportPage } from './report-page.js';

export { indexPageName, INDEX_PAGE_SIZE, renderIndex, type IndexEntry } from './index-page.js';
export { renderReportPage, type PageContext } from './report-page.js';

/** File name of a row's page under `r/`: by content hash, so links survive a re-run. */
function pageName(row: Pick<BatchRow, 'sha256' | 'file'>, i: number): string {
  return row.sha256 ? `${row.sha256.slice(0, 16)}.html` : `failed-${i + 1}.html`;
}

/** Writes `dir/index.html` (and `index-2.html` … past {@link INDEX_PAGE_SIZE} reports) and `dir/r/*.html`. */
export async function writeReviewSite(dir: string, rows: RowSource, crossYear: { pairs: number; mismatches: readonly CrossYearMismatch[]; carry?: readonly CarryMismatch[] | undefined }): Promise<{ index: string; pages: number }> {
  const count = new Map<string, number>();
  for (const m of crossYear.mismatches) for (const f of [m.current.file, m.previous.file]) count.set(f, (count.get(f) ?? 0) + 1);
  const entries: (IndexEntry & { id: string })[] = [];
  let i = 0;
  for await (const row of rows()) {
    const m = row.report?.meta;
    entries.push({ id: `${row.sha256}\u0000${row.file}`, href: `r/${pageName(row, i++)}`, file: row.file, title: m?.title ?? null, agency: m?.agency ?? null, year: m?.year ?? null, ...(row.report ? { confidence: row.report.confidence } : {}), ...(row.error ? { error: row.error.code } : {}), attention: attentionOf(row, count.get(row.file) ?? 0) });
  }
  entries.sort((a, b) => byAttention(a.attention, b.attention));
  const at = new Map(entries.map((e, n) => [e.id, n]));
  await makeDir(join(dir, 'r'));
  for await (const row of rows()) {
    const n = at.get(`${row.sha256}\u0000${row.file}`);
    if (n === undefined) continue;
    const rel = (k: number): string | undefined => (entries[k] ? `../${entries[k]!.href}` : undefined);
    const html = renderReportPage(row, { index: `../${indexPageName(Math.floor(n / INDEX_PAGE_SIZE))}`, position: `${n + 1} / ${entries.length}`, crossYear: crossYear.mismatches, carry: crossYear.carry ?? [], ...(rel(n - 1) ? { prev: rel(n - 1)! } : {}), ...(rel(n + 1) ? { next: rel(n + 1)! } : {}) });
    await writeFileStreamed(join(dir, entries[n]!.href), (w) => w.write(html));
  }
  const pages = Math.max(1, Math.ceil(entries.length / INDEX_PAGE_SIZE));
  for (let p = 0; p < pages; p++) await writeFileStreamed(join(dir, indexPageName(p)), (w) => w.write(renderIndex(entries, crossYear.pairs, p)));
  const index = join(dir, 'index.html');
  return { index, pages: entries.length };
}
