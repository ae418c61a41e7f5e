/**
 * @file Pairs extractions with goldens before comparing: by the source's content hash when the
 * golden records it, else by name (the stem of the source file, or its case folder for a
 * `<case>/report.pdf` beside `<case>/golden.json`). A golden that matches more than one extraction
 * (or an extraction two goldens claim) is refused with every such golden and the reports it could be
 * named: a silent wrong pairing would report dozens of "wrong" fields that are not. A golden that
 * matches none is a document not extracted: compare counts it as failed and scores the rest.
 */
import { basename, dirname } from 'node:path';
import { CompareInputError, readGoldenEntries, readReportEntries, stemOf, type GoldenEntry, type ReportEntry } from './read.js';

/** A golden and the extraction it is compared with. */
export interface Pair {
  golden: GoldenEntry;
  report: ReportEntry;
}

/** The names an extraction answers to: its stem, and the folder it is in (case layout). */
function namesOf(file: string): string[] {
  const folder = basename(dirname(file));
  return folder && folder !== '.' ? [stemOf(file), folder] : [stemOf(file)];
}

/** Lists at most `n` items, then how many more. */
function some(items: readonly string[], n = 5): string {
  return items.length > n ? `${items.slice(0, n).join(', ')} … (${items.length - n} more)` : items.join(', ');
}

function candidatesFor(golden: GoldenEntry, reports: readonly ReportEntry[]): ReportEntry[] {
  if (golden.sha256) {
    const same = reports.filter((r) => r.sha256 === golden.sha256);
    if (same.length > 0) return same.slice(0, 1); // one content, whatever its paths
  }
  // A batch's document answers to each of its paths (`aliases`: the copies it was found under too).
  const pathsOf = (r: ReportEntry): string[] => [r.file, ...(r.aliases ?? [])];
  const exact = reports.filter((r) => pathsOf(r).includes(golden.name));
  if (exact.length === 1) return exact;
  const stem = stemOf(golden.name);
  const named = reports.filter((r) => pathsOf(r).some((f) => namesOf(f).includes(stem)));
  if (named.length > 0) return named;
  // A dump named after its source ('x.tsv.txt', 'x.pdf.txt') answers to the source's stem too: 'x.tsv.golden.json' is 'x'.
  return reports.filter((r) => pathsOf(r).some((f) => stemOf(stemOf(f)) === stem));
}

/** Goldens paired one to one, and the goldens no extraction answers to. */
export interface Pairing {
  pairs: Pair[];
  /** Goldens that name no extraction (a batch of part of the goldens' documents, or one that lost some). */
  unmatched: GoldenEntry[];
}

/**
 * Pairs every golden with at most one extraction. A single extraction with a single golden pair
 * when the hash does not contradict it. Throws {@link CompareInputError} naming each golden that
 * names several extractions and each extraction claimed by several goldens; goldens naming none are
 * returned in `unmatched` (refused too when no golden pairs: the folders are not each other's).
 */
export function pairGoldensPartly(reports: readonly ReportEntry[], goldens: readonly GoldenEntry[]): Pairing {
  if (goldens.length === 0) throw new CompareInputError('no goldens found (x.golden.json, <case>/golden.json, a report .json or results.jsonl)');
  if (reports.length === 0) throw new CompareInputError('no extractions found (report .json, results.jsonl or a folder of them)');
  if (reports.length === 1 && goldens.length === 1) {
    const [report, golden] = [reports[0]!, goldens[0]!];
    if (golden.sha256 && report.sha256 && golden.sha256 !== report.sha256) {
      throw new CompareInputError(`${golden.path} is a report of another document (sha256 ${golden.sha256.slice(0, 12)}…) than ${report.file} (${report.sha256.slice(0, 12)}…)`);
    }
    return { pairs: [{ golden, report }], unmatched: [] };
  }
  const pairs: Pair[] = [];
  const unmatched: GoldenEntry[] = [];
  const problems: string[] = [];
  const claimed = new Map<ReportEntry, GoldenEntry[]>();
  for (const golden of goldens) {
    const found = candidatesFor(golden, reports);
    if (found.length === 0) unmatched.push(golden);
    else if (found.length > 1) problems.push(`${golden.path}: ambiguous, '${golden.name}' names ${found.length} extractions: ${some(found.map((r) => r.file))}`);
    else {
      pairs.push({ golden, report: found[0]! });
      claimed.set(found[0]!, [...(claimed.get(found[0]!) ?? []), golden]);
    }
  }
  for (const [report, gs] of claimed) if (gs.length > 1) problems.push(`${report.file}: claimed by ${gs.length} goldens: ${some(gs.map((g) => g.path))}`);
  const all = pairs.length === 0 ? [...unmatched.map((g) => noExtraction(g, reports)), ...problems] : problems;
  if (all.length) throw cannotPair(all);
  return { pairs, unmatched };
}

/** The refusal naming every problem (the first 20, then how many more). */
function cannotPair(problems: readonly string[]): CompareInputError {
  return new CompareInputError(`cannot pair extractions with goldens:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … ${problems.length - 20} more` : ''}`);
}

/** Why a golden has no pair: the name (and hash) it was looked for by, among which extractions. */
export function noExtraction(golden: GoldenEntry, reports: readonly ReportEntry[]): string {
  return `${golden.path}: no extraction named '${golden.name}'${golden.sha256 ? ' or with its sha256' : ''} among ${reports.length} (${some(reports.map((r) => r.file))})`;
}

/**
 * Pairs every golden with exactly one extraction ({@link pairGoldensPartly}); a golden naming no
 * extraction is refused too, naming it.
 */
export function pairGoldens(reports: readonly ReportEntry[], goldens: readonly GoldenEntry[]): Pair[] {
  const { pairs, unmatched } = pairGoldensPartly(reports, goldens);
  if (unmatched.length) throw cannotPair(unmatched.map((g) => noExtraction(g, reports)));
  return pairs;
}

/** Reads extractions and goldens and pairs them (see {@link pairGoldensPartly}). */
export async function readPairs(actualPath: string, goldenPath: string): Promise<Pairing & { reports: ReportEntry[] }> {
  const reports = await readReportEntries(actualPath);
  return { ...pairGoldensPartly(reports, await readGoldenEntries(goldenPath)), reports };
}
