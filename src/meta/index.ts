/**
 * @file meta: title, agency, year reported on and publication date, from the printed text first
 * and metadata (crawl header, `<title>`, PDF Title) second.
 */
import { isoDate } from '../_internal/iso-date.js';
import { toHalfWidth } from '../layout/normalize-text.js';
import type { Line, LoadedDocument } from '../model/document.js';

/** The report's identity as printed. */
export interface Meta {
  title: string | null;
  agency: string | null;
  year: number | null;
  publishedAt: string | null;
}

/** lines. The title is looked for this far from the top. */
const TITLE_WINDOW = 40;
/** lines. A signature date is looked for this far from the end. */
const SIGNATURE_WINDOW = 12;

const REPORT_TITLE = /政府信息公开.{0,6}年度报告|年度报告.{0,4}政府信息公开/;
const TITLE_PARTS = /^(.*?)\s*((?:19|20)\d{2})\s*年\s*度?\s*(?:的)?\s*(?:政府)?\s*信息公开/;
const DATE = /((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?/;
const DATE_LABEL = /(发布时间|发布日期|成文日期|日期)\s*[:：]?\s*/;

function text(line: Line | undefined): string {
  return line ? line.cells.filter((c) => c !== '').join(' ').trim() : '';
}

function cleanTitle(raw: string): string {
  return raw.replace(/^#+\s*/, '').replace(/^(标题|title)\s*[:：]\s*/i, '').trim();
}

function findTitle(lines: readonly Line[], metaTitle?: string): string | null {
  for (let i = 0; i < Math.min(lines.length, TITLE_WINDOW); i++) {
    const t = cleanTitle(text(lines[i]));
    if (!REPORT_TITLE.test(t) || t.length > 60) continue;
    // A title printed on two lines: '洪泽区人民政府' / '2023 年政府信息公开工作年度报告'.
    const prev = cleanTitle(text(lines[i - 1]));
    if (/^\s*(?:19|20)\d{2}/.test(t) && prev && prev.length <= 25 && !/[。，：]/.test(prev)) return `${prev}${t}`;
    return t;
  }
  return metaTitle ? cleanTitle(metaTitle) : null;
}

/** A date standing alone on a line ('2026年1月16日', '(2026年1月23日)') or after 发布时间. */
function dateOnLine(raw: string): string | null {
  const t = toHalfWidth(raw).trim();
  const labelled = DATE_LABEL.exec(t);
  const rest = labelled ? t.slice((labelled.index ?? 0) + labelled[0].length) : t;
  const m = DATE.exec(rest);
  if (!m) return null;
  const alone = rest.replace(DATE, '').replace(/[\s()（）:：\d]/g, '') === '';
  return labelled || alone ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

function findDate(lines: readonly Line[], year: number | null): string | null {
  const head = lines.slice(0, TITLE_WINDOW);
  const tail = lines.slice(-SIGNATURE_WINDOW).reverse();
  for (const line of [...tail, ...head]) {
    const d = dateOnLine(text(line));
    if (d && (year === null || Number(d.slice(0, 4)) > year)) return d;
  }
  return null;
}

/** Extracts meta from the loaded document. */
export function extractMeta(doc: Pick<LoadedDocument, 'lines' | 'metaTitle' | 'metaDate'>): Meta {
  const title = findTitle(doc.lines, doc.metaTitle);
  const parts = title ? TITLE_PARTS.exec(toHalfWidth(title)) : null;
  const year = parts?.[2] ? Number(parts[2]) : null;
  const agency = parts?.[1]?.trim() || null;
  return { title, agency, year, publishedAt: findDate(doc.lines, year) ?? doc.metaDate ?? null };
}
