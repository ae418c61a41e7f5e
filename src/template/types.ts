/**
 * @file Types of the template-as-data: which printed row labels map to which dotted keys.
 * The tables of 国办公开办函〔2021〕30号 and 〔2019〕60号 are described in `../shared/spec/TEMPLATE.md`.
 */

/** Template versions. `unknown` when the tables' vocabulary names neither. */
export type TemplateVersion = '2021' | '2019' | 'unknown';

/** One printed row of a statistics table. */
export interface RowSpec {
  /** Dotted key prefix under the table, e.g. `denied.stateSecret`. */
  key: string;
  /**
   * Distinctive label text, normalized (no numbering, punctuation or spaces). The first entry is
   * the template wording; others are variants seen in published reports.
   */
  labels: readonly string[];
  /** Column keys of this row in printed order. */
  columns: readonly string[];
  /** Columns that hold money (decimals kept, unit 万元). */
  money?: readonly string[];
  /** Columns that may be negative (2019 本年增/减). */
  signed?: readonly string[];
}

/** A statistics table of the template. */
export interface TableSpec {
  /** Section key, also the first segment of its dotted keys. */
  id: 'activeDisclosure' | 'requests' | 'reviewLitigation';
  rows: readonly RowSpec[];
}

/** An arithmetic identity: Σ `sum` = `total` (a single printed cell). */
export interface Identity {
  id: string;
  total: string;
  parts: readonly string[];
}
