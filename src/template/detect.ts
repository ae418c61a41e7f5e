/**
 * @file Template version and （六） layout from the tables' vocabulary (TEMPLATE.md, "detect by").
 * Column headers decide the version; the year only breaks a tie, with a warning.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Warning } from '../model/document.js';
import type { MetaFieldInfo } from '../schema/report.js';
import type { Template } from './index.js';
import { ACTIVE_COLUMN_WORDS_2019, ACTIVE_COLUMN_WORDS_2021 } from './active.js';

/** Table 二's 2021 column words. */
const MARKERS_2021: readonly string[] = Object.values(ACTIVE_COLUMN_WORDS_2021);
/** Table 二's 2019 column words found in no 2021 table, and its two rows the 2021 template dropped. */
const W2019 = ACTIVE_COLUMN_WORDS_2019;
const MARKERS_2019 = [W2019.created, W2019.published, W2019.totalPublic, W2019.prevItems, '政府集中采购', W2019.amount, '其他对外管理服务事项'];
/** Every marker of either version: words a narrow cell may wrap, read again with their pieces joined (map/stacked-header). */
export const TEMPLATE_MARKERS: readonly string[] = [...MARKERS_2021, ...MARKERS_2019];
/** Labels of the three 2021 （六） sub-rows (any one is enough; their heads too, for truncated labels). */
const SPLIT_MARKERS = ['逾期不补正', '逾期未按收费通知', '不再处理其政府信息公开申请', '申请人无正当理由', '申请人逾期未按'];
/** The label of （六） itself: printed with no sub-row label, （六） is one row. */
const COMBINED_MARKER = '其他处理';

/** The detected layout, or `unknown` with the reasons. */
export interface Detection {
  version: Template['version'] | 'unknown';
  otherHandling: Template['otherHandling'];
  warnings: Warning[];
}

function count(text: string, markers: readonly string[]): number {
  return markers.filter((m) => text.includes(m)).length;
}

/**
 * Detects the template from the normalized text of the table sections (or the whole document).
 * The （六） layout comes from the labels present: a sub-row label means three sub-rows, else
 * '其他处理' means one row. Only when neither survived does `requestRowCount` (rows of table 三 that
 * print values; label fragments on rows of empty cells are not rows) decide: 25 mean three sub-rows.
 */
export function detectTemplate(tableText: string, year: number | null, requestRowCount: number): Detection {
  const text = normalizeLabel(tableText);
  const n2021 = count(text, MARKERS_2021);
  const n2019 = count(text, MARKERS_2019);
  const warnings: Warning[] = [];
  let version: Detection['version'] = n2021 > n2019 ? '2021' : n2019 > n2021 ? '2019' : 'unknown';
  if (n2021 > 0 && n2019 > 0) {
    warnings.push({ code: 'template_mixed', message: `tables use both template vocabularies (2021: ${n2021}, 2019: ${n2019}); read as ${version}` });
  }
  if (version === 'unknown' && year !== null) {
    version = year >= 2021 ? '2021' : '2019';
    warnings.push({ code: 'template_from_year', message: `no template column headers found; ${version} assumed from the year ${year}` });
  }
  if (year !== null && version !== 'unknown' && (version === '2021') !== year >= 2021) {
    warnings.push({ code: 'template_year_mismatch', message: `the tables follow the ${version} template but the report is on ${year}` });
  }
  const split = count(text, SPLIT_MARKERS) > 0 || (!text.includes(COMBINED_MARKER) && requestRowCount >= 25);
  return { version, otherHandling: version === '2019' || !split ? 'combined' : 'split', warnings };
}

/**
 * `metaFields.templateVersion` from the detection's outcome: read from the tables' words (0.95), both
 * vocabularies present (`conflict`, 0.6), assumed from the year (`unconfirmed`, 0.5), or unknown.
 */
export function templateVersionField(version: Detection['version'], warnings: readonly Warning[]): MetaFieldInfo {
  if (version === 'unknown') return { confidence: 0, flags: ['missing'] };
  if (warnings.some((w) => w.code === 'template_from_year')) return { confidence: 0.5, flags: ['unconfirmed'], source: { from: 'year' } };
  if (warnings.some((w) => w.code === 'template_mixed')) return { confidence: 0.6, flags: ['conflict'], source: { from: 'tables' } };
  return { confidence: 0.95, flags: [], source: { from: 'tables' } };
}
