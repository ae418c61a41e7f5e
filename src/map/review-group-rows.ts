/**
 * @file Table 四 printed one row per group: 行政复议, 行政诉讼未经复议直接起诉 and 行政诉讼复议后起诉
 * as row labels, each followed on its line by its five results, under one header line naming the
 * results (类别 结果维持 结果纠正 其他结果 尚未审结 总计). The row labels name the groups, so no group
 * header is printed to confirm their order (map/header-order looks for one): the rows do, when each
 * group's line prints exactly the five values read for that group. Narrow cells do not matter here:
 * a Ghostscript `txtwrite` or `pdftotext -layout` dump keeps each row on its line.
 */
import type { Line } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { REVIEW_COLUMNS, REVIEW_GROUP_WORDS, REVIEW_GROUPS, LITIGATION_WORD } from '../template/review.js';
import { REVIEW_COLUMN_HEADER, wordsOf } from './header-words.js';

/** A line's label (its text before the first digit) and the numbers after it; null when anything but numbers follows. */
function labelAndValues(line: Line): { label: string; values: number[] } | null {
  // Space-aligned dumps only (lines with cell starts: the kind read here); an HTML or PDF table is left capped as it was read.
  if (!line.starts) return null;
  const text = line.cells.join(' ');
  const at = text.search(/\d/);
  if (at < 0) return null;
  const cells = text.slice(at).trim().split(/\s+/);
  if (!cells.every((c) => /^\d+$/.test(c))) return null;
  return { label: normalizeLabel(text.slice(0, at)), values: cells.map(Number) };
}

/** The group a row label names: its group word alone, a litigation group with or without 行政诉讼 before it. */
function groupOf(label: string): string | null {
  const hit = REVIEW_GROUP_WORDS.find(([w, g]) => label === w || (g !== 'review' && label === LITIGATION_WORD + w));
  return hit ? hit[1] : null;
}

/** A digit-free line naming the five result words once each, in the template's order. */
function resultsInOrder(lines: readonly Line[]): boolean {
  const keys = REVIEW_COLUMN_HEADER.map((w) => w[1]);
  return lines.some((l) => {
    const text = normalizeLabel(l.cells.join(' '));
    if (/\d/.test(text)) return false;
    const named = wordsOf(text, REVIEW_COLUMN_HEADER).map((w) => w[1]);
    return named.length === keys.length && named.every((k, i) => k === keys[i]);
  });
}

/**
 * The table prints one row per group, in the template's order, each line labelled by its group and
 * printing the five values `fields` holds for it, under a result header in the template's order:
 * the groups' and the results' order are both confirmed.
 */
export function groupRowsConfirmed(lines: readonly Line[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const rows = lines.map(labelAndValues).filter((r): r is NonNullable<typeof r> => r !== null && r.label !== '');
  if (rows.length !== REVIEW_GROUPS.length || !rows.every((r, i) => groupOf(r.label) === REVIEW_GROUPS[i])) return false;
  const printsRead = rows.every((r, i) => r.values.length === REVIEW_COLUMNS.length
    && r.values.every((v, c) => fields.get(`reviewLitigation.${REVIEW_GROUPS[i]}.${REVIEW_COLUMNS[c]}`)?.value === v));
  return printsRead && resultsInOrder(lines);
}
