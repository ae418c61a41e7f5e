/** Types of year-list-title-variants.mjs for the TypeScript tests that import it. */
export interface YearListPage {
  html: string;
  truth: { title: string | null; agency: string; year: number };
  what: string;
  headerFooter?: boolean;
  fileName?: string;
}
export function yearListPage(kind: 'side' | 'pre' | 'nohead' | 'top' | 'prevnext' | 'dated' | 'cms' | 'float' | 'fragment', seed: number): YearListPage;
