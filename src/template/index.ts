/**
 * @file The template variants as data: rows, keys and identities for 2021 (three （六） rows),
 * 2021 with a single （六） row, and 2019. Everything downstream reads a {@link Template}.
 */
import { ACTIVE_ROWS_2019, ACTIVE_ROWS_2021 } from './active.js';
import {
  APPLICANT_COLUMNS,
  REQUEST_COLUMNS,
  REQUEST_ROWS_COMBINED,
  REQUEST_BLOCK_HEADINGS,
  REQUEST_OUTCOME_SECTION,
  REQUEST_ROWS_SPLIT,
  outcomeRowKeys,
} from './requests.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_KEYS } from './review.js';
import type { Identity, RowSpec, TemplateVersion } from './types.js';

export type { Identity, RowSpec, TableSpec, TemplateVersion } from './types.js';
export { REQUEST_COLUMNS, APPLICANT_COLUMNS } from './requests.js';
export { REVIEW_KEYS, REVIEW_GROUPS, REVIEW_COLUMNS } from './review.js';

/** A concrete table layout the mapper fills. */
export interface Template {
  version: Exclude<TemplateVersion, 'unknown'>;
  /** `combined`: （六）其他处理 printed as one row. */
  otherHandling: 'split' | 'combined';
  activeRows: readonly RowSpec[];
  requestRows: readonly RowSpec[];
  /** Every canonical dotted key, in printed order. */
  keys: readonly string[];
  identities: readonly Identity[];
}

function rowKeys(table: string, rows: readonly RowSpec[]): string[] {
  return rows.flatMap((r) => r.columns.map((c) => `${table}.${r.key}.${c}`));
}

function requestIdentities(rows: readonly RowSpec[]): Identity[] {
  const outcomes = outcomeRowKeys(rows);
  const byColumn = REQUEST_COLUMNS.flatMap((c): Identity[] => [
    {
      id: `requests.balance.${c}`,
      total: `requests.newReceived.${c}`,
      parts: [`requests.totalHandled.${c}`, `requests.carriedForward.${c}`, `-requests.carriedOver.${c}`],
    },
    { id: `requests.outcomes.${c}`, total: `requests.totalHandled.${c}`, parts: outcomes.map((r) => `requests.${r}.${c}`) },
  ]);
  const byRow = rows.map((r): Identity => ({
    id: `requests.rowTotal.${r.key}`,
    total: `requests.${r.key}.total`,
    parts: APPLICANT_COLUMNS.map((c) => `requests.${r.key}.${c}`),
  }));
  return [...byColumn, ...byRow];
}

const REVIEW_IDENTITIES: Identity[] = REVIEW_GROUPS.map((g) => ({
  id: `reviewLitigation.${g}.total`,
  total: `reviewLitigation.${g}.total`,
  parts: REVIEW_COLUMNS.filter((c) => c !== 'total').map((c) => `reviewLitigation.${g}.${c}`),
}));

function makeTemplate(version: Template['version'], otherHandling: Template['otherHandling']): Template {
  const activeRows = version === '2021' ? ACTIVE_ROWS_2021 : ACTIVE_ROWS_2019;
  const requestRows = otherHandling === 'split' ? REQUEST_ROWS_SPLIT : REQUEST_ROWS_COMBINED;
  return {
    version,
    otherHandling,
    activeRows,
    requestRows,
    keys: [
      ...rowKeys('activeDisclosure', activeRows),
      ...rowKeys('requests', requestRows),
      ...REVIEW_KEYS.map((k) => `reviewLitigation.${k}`),
    ],
    identities: [...requestIdentities(requestRows), ...REVIEW_IDENTITIES],
  };
}

/** 2021 template, three （六） rows: 200 fields. */
export const TEMPLATE_2021 = makeTemplate('2021', 'split');
/** 2021 template printed with one （六）其他处理 row: 186 fields. */
export const TEMPLATE_2021_COMBINED = makeTemplate('2021', 'combined');
/** 2019 template: 198 fields. */
export const TEMPLATE_2019 = makeTemplate('2019', 'combined');

/** Every key of every template variant (the schema allows exactly these). */
export const ALL_KEYS: readonly string[] = [
  ...new Set([...TEMPLATE_2021.keys, ...TEMPLATE_2021_COMBINED.keys, ...TEMPLATE_2019.keys]),
];

/**
 * Every row label of the template variants (tables 二 and 三) and table 三's block and outcome-section headings: the
 * words a label line of a dump may print whole (pdf/row-break: a row's first piece; layout/node-lines: a label split over
 * node lines joined).
 */
export const ROW_AND_HEADING_LABELS: readonly string[] = [
  ...new Set([
    ...[TEMPLATE_2021, TEMPLATE_2021_COMBINED, TEMPLATE_2019].flatMap((t) => [...t.activeRows, ...t.requestRows].flatMap((r) => r.labels)),
    REQUEST_OUTCOME_SECTION,
    ...REQUEST_BLOCK_HEADINGS,
  ]),
];

/** Keys of money amounts (万元, decimals allowed) in any variant: the rows' `money` columns (采购总金额, 收费金额). */
export const MONEY_KEYS: ReadonlySet<string> = new Set(
  [TEMPLATE_2021, TEMPLATE_2019].flatMap((t) => t.activeRows.flatMap((r) => (r.money ?? []).map((c) => `activeDisclosure.${r.key}.${c}`))),
);

/** Keys that may be negative in any variant: the rows' `signed` columns (2019 本年增/减). Every other field is a count or an amount, never negative. */
export const SIGNED_KEYS: ReadonlySet<string> = new Set(
  [TEMPLATE_2021, TEMPLATE_2019].flatMap((t) => t.activeRows.flatMap((r) => (r.signed ?? []).map((c) => `activeDisclosure.${r.key}.${c}`))),
);

/** The variant for a version and （六） layout. */
export function templateFor(version: Template['version'], otherHandling: Template['otherHandling']): Template {
  if (version === '2019') return TEMPLATE_2019;
  return otherHandling === 'split' ? TEMPLATE_2021 : TEMPLATE_2021_COMBINED;
}
