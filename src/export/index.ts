/**
 * @file Exports of a batch for people and spreadsheets, written from results.jsonl one report at
 * a time: `fields.csv` (long: one row per report × field), `results-2021.csv` / `results-2019.csv`
 * (wide, Chinese headers, one per template version), `codebook.csv` (wide header → key, location,
 * unit), and with `xlsx` the workbook `results.xlsx` (see `xlsx.ts`). Every text cell is
 * neutralised against formula injection (`csv-cell.ts`).
 */
import { join } from 'node:path';
import type { BatchRow } from '../batch/index.js';
import { csvLine } from './csv-cell.js';
import { CODEBOOK_HEAD, codebookRows, LONG_HEAD, longRows, sheetVersion, wideHead, wideRow } from './rows.js';
import { writeFileStreamed } from './write.js';

export { csvCell, csvLine, neutralise, parseCsv } from './csv-cell.js';
export { describeLocation, keysOfVersion, locationOf, type Location } from './location.js';
export { explainField, fieldStatus, FIELD_STATUSES, FLAG_ZH, STATUS_ZH, type FieldStatus } from './status.js';
export { attentionOf, attentionText, byAttention, type Attention } from './attention.js';
export { longRows, wideHead, wideRow, wideHeader, wideValue, codebookRows, sheetVersion } from './rows.js';

/** A source of batch rows that can be read more than once (each call a new pass over results.jsonl). */
export type RowSource = () => AsyncIterable<BatchRow>;

/** What the exports need besides the rows. */
export interface ExportContext {
  /** Cross-year findings naming each file (for the attention column). */
  crossYearByFile?: ReadonlyMap<string, number>;
}

/** Files written by {@link writeCsvExports}, relative to the output folder. */
export const CSV_EXPORTS = ['fields.csv', 'results-2021.csv', 'results-2019.csv', 'codebook.csv'] as const;

const BOM = '\uFEFF';

/** Writes fields.csv, the two wide CSVs and the codebook into `out` (UTF-8 with BOM for Excel). */
export async function writeCsvExports(out: string, rows: RowSource, ctx: ExportContext = {}): Promise<void> {
  await writeFileStreamed(join(out, 'fields.csv'), async (w) => {
    await w.write(BOM + csvLine(LONG_HEAD));
    for await (const row of rows()) for (const line of longRows(row)) await w.write(csvLine(line));
  });
  // Both wide CSVs in one pass over the rows (each pass parses every report again).
  await writeFileStreamed(join(out, 'results-2021.csv'), (w2021) =>
    writeFileStreamed(join(out, 'results-2019.csv'), async (w2019) => {
      const writers = { '2021': w2021, '2019': w2019 } as const;
      for (const version of ['2021', '2019'] as const) await writers[version].write(BOM + csvLine(wideHead(version)));
      for await (const row of rows()) {
        const version = sheetVersion(row);
        await writers[version].write(csvLine(wideRow(row, version, ctx.crossYearByFile?.get(row.file) ?? 0)));
      }
    }),
  );
  await writeFileStreamed(join(out, 'codebook.csv'), async (w) => {
    await w.write(BOM + csvLine(CODEBOOK_HEAD));
    for (const line of codebookRows()) await w.write(csvLine(line));
  });
}
