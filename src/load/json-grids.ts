/**
 * @file Parsed JSON → the tables in it, walked generically: an array of row arrays is a table; an
 * array of objects is a table whose header row is their keys (records: `to_json(orient='records')`);
 * `{columns, index?, data}` is pandas' split orient (MultiIndex columns: one header row per level);
 * an object of objects of scalars is a table with the outer keys as row labels (pandas' index orient),
 * or as column names when the inner keys count the rows 0, 1, 2 … (its columns orient); `{schema, data}` is its table orient.
 * Anything else is walked into: a
 * string beside a table (`{"title": …, "rows": […]}`), or the key a table is stored under, is a
 * one-cell row (a title line); a string of several lines (a scraped article's text) is text, read as a
 * text file's lines are; a string of HTML markup (a CMS API's `content` holding the article) is a page,
 * read as an HTML file is — also when the CMS stored it escaped, once or twice (`&lt;table&gt;`); a teaser
 * field (`summary`, `description` …) beside a field holding an article is not read (it may hold
 * another year's text). A string of markup is never a table cell: an array of records or an object
 * of objects holding one (`[{id, title, content}]`, `{data: {title, content}}`) is walked into. An array
 * of strings (a spider's text nodes, `content: ["一、…", "962", …]`) is text, a string per line.
 */
import type { SavedGrid } from './grid-lines.js';
import { maxOf } from '../_internal/extremes.js';

/** A part of a JSON document: a saved table, an article's HTML, or its plain text. */
export type JsonPart = SavedGrid | { html: string } | { text: string };

/** Block and table tags: a string holding one is an HTML fragment, not a value or a line of text. */
const MARKUP = /<(?:p|div|table|tr|td|th|h[1-6]|br|span|section|article|li|tbody|strong|font)\b[^<>]*>/i;

/**
 * A block tag written with entities, once (`&lt;table&gt;`) or more (`&amp;lt;table&amp;gt;`): a CMS
 * that escaped the article's HTML before storing it in the JSON string.
 */
const ESCAPED_MARKUP = /&(?:amp;)*lt;(?:p|div|table|tr|td|th|h[1-6]|br|span|section|article|li|tbody|strong|font)\b/i;
/** escapes. More layers of escaping than this are not an article someone stored. */
const MAX_ESCAPES = 3;

/** The five entities an HTML escaper writes, decoded once (`&amp;` last, so `&amp;lt;` becomes `&lt;`). */
function unescapeOnce(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0*39;|&#x0*27;|&apos;/gi, "'").replace(/&amp;/g, '&');
}

/** `x` as HTML markup — unescaped as many times as it was escaped — or null when it holds no block tag. */
function asMarkup(x: string): string | null {
  let s = x;
  for (let i = 0; i <= MAX_ESCAPES; i++) {
    if (MARKUP.test(s)) return s;
    if (!ESCAPED_MARKUP.test(s)) return null;
    s = unescapeOnce(s);
  }
  return null;
}

/**
 * Keys of a teaser: a CMS record's summary or description beside its whole article (which may hold
 * another text: last year's report's opening). Not read when a sibling field holds an article.
 */
const TEASER_KEY = /^(?:summary|abstract|description|desc|digest|excerpt|intro(?:duction)?|brief|preview|snippet|teaser|seo[_-]?description|摘要|简介|导读)$/i;

/** levels. Deeper nesting is not a report's tables; it is not walked. */
const MAX_DEPTH = 32;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: Json): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: Json): boolean => v === null || typeof v !== 'object';
/** lines. A string of this many lines or more is an article's text, not a cell (a header cell wraps over two or three). */
const ARTICLE_LINES = 10;
const isArticle = (v: Json): boolean => typeof v === 'string' && (asMarkup(v) !== null || v.trim().split(/\r\n|\r|\n/).length >= ARTICLE_LINES);
/** A scalar that can be a table cell (not an article's HTML or text). */
const isCell = (v: Json): boolean => isScalar(v) && !isArticle(v);

/** A scalar as cell text ('' for null). */
export function cellText(v: Json): string {
  return v === null || typeof v === 'object' ? '' : String(v);
}

/** The keys of `records` in first-seen order. */
function keysOf(records: { [k: string]: Json }[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}

function rowsTable(rows: Json[][]): string[][] {
  return rows.map((r) => r.map(cellText));
}

function recordsTable(records: { [k: string]: Json }[]): string[][] {
  const keys = keysOf(records);
  return [keys, ...records.map((r) => keys.map((k) => cellText(r[k] ?? null)))];
}

/** pandas split: header rows from `columns` (one per level of a MultiIndex), then index + data. */
function splitTable(o: { [k: string]: Json }): string[][] {
  const columns = o['columns'] as Json[];
  const data = o['data'] as Json[][];
  const index = Array.isArray(o['index']) ? (o['index'] as Json[]) : null;
  const levels = maxOf(columns.map((c) => (Array.isArray(c) ? c.length : 1)), 1);
  const lead = index ? [''] : [];
  const head = Array.from({ length: levels }, (_, l) => [...lead, ...columns.map((c) => (Array.isArray(c) ? cellText(c[l] ?? null) : l === levels - 1 ? cellText(c) : ''))]);
  const label = (i: number): string[] => (index ? [Array.isArray(index[i]) ? (index[i] as Json[]).map(cellText).join(' ') : cellText(index[i] ?? null)] : []);
  return [...head, ...data.map((r, i) => [...label(i), ...(Array.isArray(r) ? r : [r]).map(cellText)])];
}

/** Keys that count the rows 0, 1, 2 … (a pandas RangeIndex written as object keys). */
const isRange = (keys: readonly string[]): boolean => keys.length > 0 && keys.every((k, i) => k === String(i));

/**
 * pandas index orient (`{row: {column: value}}`), or its columns orient (`{column: {row: value}}`)
 * when the inner keys are a RangeIndex (0, 1, 2 …) and the outer ones are not: then the outer keys
 * are the header, each inner object a column.
 */
function indexTable(o: { [k: string]: { [k: string]: Json } }): string[][] {
  const keys = keysOf(Object.values(o));
  if (isRange(keys) && !isRange(Object.keys(o))) {
    const columns = Object.keys(o);
    return [columns, ...keys.map((k) => columns.map((c) => cellText(o[c]![k] ?? null)))];
  }
  return [['', ...keys], ...Object.entries(o).map(([label, r]) => [label, ...keys.map((k) => cellText(r[k] ?? null))])];
}

/**
 * pandas table orient (`{schema: {fields: [{name}…], primaryKey}, data: [records]}`): the columns in
 * the schema's order. The index pandas glues in as a field (`index`, or each level of a MultiIndex,
 * listed in primaryKey) is a row label when it holds text; a RangeIndex's row numbers are dropped
 * (load/grid-header dropRowNumbers), never read as a first value.
 */
function tableSchemaTable(o: { [k: string]: Json }): string[][] {
  const schema = o['schema'] as { [k: string]: Json };
  const names = (schema['fields'] as Json[]).map((f) => (isObject(f) ? cellText(f['name'] ?? null) : ''));
  const data = (o['data'] as Json[]).filter(isObject);
  const key = new Set(Array.isArray(schema['primaryKey']) ? schema['primaryKey'].map(cellText) : []);
  const rows = data.map((r) => names.map((n) => cellText(r[n] ?? null)));
  // An index of row numbers (0, 1, 2 … down the rows) says nothing about the table: left out with its name.
  const numbering = names.map((n, j) => key.has(n) && rows.length > 0 && rows.every((r, i) => r[j] === String(i) || r[j] === String(i + 1)) && new Set(rows.map((r) => r[j])).size === rows.length);
  const keep = (cells: string[]): string[] => cells.filter((_, j) => !numbering[j]);
  return [keep(names.map((n) => (key.has(n) && /^(?:index|level_\d+)$/.test(n) ? '' : n))), ...rows.map(keep)];
}

const isTableSchema = (o: { [k: string]: Json }): boolean => {
  const schema = o['schema'];
  return isObject(schema ?? null) && Array.isArray((schema as { [k: string]: Json })['fields']) && Array.isArray(o['data']);
};
const isSplit = (o: { [k: string]: Json }): boolean => Array.isArray(o['columns']) && Array.isArray(o['data']);
const isIndex = (o: { [k: string]: Json }): o is { [k: string]: { [k: string]: Json } } => {
  const vs = Object.values(o);
  return vs.length > 0 && vs.every((v) => isObject(v) && Object.values(v).every(isCell));
};

/** A string field: HTML markup is a page, several lines are text, one line a title line. */
function stringPart(x: string): JsonPart {
  const html = asMarkup(x);
  if (html !== null) return { html };
  return /[\r\n]/.test(x.trim()) ? { text: x } : { rows: [[x]] };
}

/** The key of a text node's text (a spider's `[{type: 'text', text: '…'}, …]`). */
const NODE_TEXT_KEY = /^(?:text|content|value|txt|str|string|inner_?text|text_?content)$/i;
/** The other keys a text node may carry: what the node is and how it was drawn, never a value of the report. */
const NODE_KEY = /^(?:type|tag|tag_?name|node|node_?type|name|kind|style|class|class_?name|id|level|depth|bold|strong|italic|align|index|idx|order|seq|x|y|page|font|size|color|href|url)$/i;
/** An object that is one text node: one text field holding a string, the others describing the node. */
function isTextNode(r: Json): boolean {
  if (!isObject(r)) return false;
  const keys = Object.keys(r);
  const texts = keys.filter((k) => NODE_TEXT_KEY.test(k));
  return texts.length === 1 && typeof r[texts[0]!] === 'string' && keys.every((k) => NODE_TEXT_KEY.test(k) || (NODE_KEY.test(k) && isScalar(r[k]!)));
}
const textOfNode = (r: { [k: string]: Json }): Json => r[Object.keys(r).find((k) => NODE_TEXT_KEY.test(k))!]!;

/** Walks `v`, pushing tables, title lines, HTML and text to `out`. */
function walk(v: Json, out: JsonPart[], depth: number): void {
  if (depth > MAX_DEPTH || isScalar(v)) return;
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((r) => Array.isArray(r) && r.every(isCell))) return void out.push({ rows: rowsTable(v as Json[][]) });
    if (v.length > 1 && v.every(isTextNode)) return walk(v.map((r) => textOfNode(r as { [k: string]: Json })), out, depth + 1);
    if (v.length > 0 && v.every((r) => isObject(r) && Object.values(r).every(isCell))) return void out.push({ rows: recordsTable(v as { [k: string]: Json }[]) });
    // A spider's text nodes (`content: ["一、…", "962", "255", …]`): a run of strings is the article's lines, a string per line.
    let nodes: string[] = [];
    const flush = (): void => {
      if (nodes.length > 1) out.push({ text: nodes.join('\n') });
      else if (nodes.length === 1) out.push(stringPart(nodes[0]!));
      nodes = [];
    };
    for (const x of v) {
      if (typeof x === 'string' && !isArticle(x)) {
        nodes.push(x.replace(/[\r\n]+/g, ' '));
        continue;
      }
      flush();
      if (isArticle(x)) out.push(stringPart(x as string));
      else walk(x, out, depth + 1);
    }
    flush();
    return;
  }
  const o = v as { [k: string]: Json };
  if (isSplit(o)) return void out.push({ rows: splitTable(o) });
  if (isTableSchema(o)) return void out.push({ rows: tableSchemaTable(o) });
  if (isIndex(o)) return void out.push({ rows: indexTable(o) });
  const entries = Object.entries(o);
  const whole = entries.some(([k, x]) => !TEASER_KEY.test(k) && isArticle(x));
  for (const [k, x] of entries) {
    if (whole && TEASER_KEY.test(k) && isArticle(x)) continue;
    if (typeof x === 'string') out.push(stringPart(x));
    else if (!isScalar(x)) {
      if (!/^(?:tables?|rows|data|items|records|sheets?|\d+)$/i.test(k)) out.push({ rows: [[k]] });
      walk(x, out, depth + 1);
    }
  }
}

/** The tables, title lines, HTML and text of a parsed JSON document, in document order. */
export function jsonToParts(v: unknown): JsonPart[] {
  const out: JsonPart[] = [];
  walk(v as Json, out, 0);
  return out;
}
