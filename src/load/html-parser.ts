/**
 * @file htmlparser2 with a bounded stack of open elements. The parser keeps its open elements in an
 * array it `unshift`s and `shift`s at the front, so each tag costs time proportional to the depth:
 * a page of `<table><tr><td>` × n is quadratic (n = 100 000 did not end in minutes). Real pages
 * nest a few dozen levels; past `MAX_OPEN` the parser ignores further open tags (their text goes to
 * the deepest element kept, as a browser's flattened text would), so every tag costs O(MAX_OPEN)
 * and a page is linear in its length whatever its nesting.
 *
 * It also closes what a browser closes when a table part opens (HTML's "in table" insertion modes):
 * a `<td>`, `<tr>` or row group closes the open cell or row and anything left open inside it. Old CMS
 * pages omit the optional end tags (`<TR><TD><P><FONT>19</FONT><TD>…`): htmlparser2 only closes an
 * open cell when it is the innermost element, so the unclosed `<P>` nested every later cell and row
 * inside the first cell.
 */
import { DomHandler, type Document, type DomHandlerOptions } from 'domhandler';
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** Open elements kept. Real pages nest < 100; the article walk flattens below 400 anyway. */
export const MAX_OPEN = 512;

interface ParserInternals {
  stack: string[];
  cbs: Partial<Handler>;
  emitOpenTag(name: string): void;
}

/**
 * For a table part opening, the elements that end its context (the innermost of them decides) and
 * those of them it closes with everything inside; the others stay open (it goes inside them).
 */
const TABLE_PARTS: ReadonlyMap<string, { ends: ReadonlySet<string>; closes: ReadonlySet<string> }> = (() => {
  const cell = new Set(['td', 'th']);
  const group = new Set(['tbody', 'thead', 'tfoot']);
  return new Map([
    ...[...cell].map((n) => [n, { ends: new Set([...cell, 'tr', ...group, 'table']), closes: cell }] as const),
    ['tr', { ends: new Set([...cell, 'tr', ...group, 'table']), closes: new Set([...cell, 'tr']) }] as const,
    ...[...group].map((n) => [n, { ends: new Set([...cell, 'tr', ...group, 'table']), closes: new Set([...cell, 'tr', ...group]) }] as const),
  ]);
})();

/**
 * Closes the open elements a table part `name` implies closed: up to its context's innermost element,
 * that element too when the part ends it (a cell ends a cell). Nothing when no table is open.
 */
function closeForTablePart(p: ParserInternals, name: string): void {
  const part = TABLE_PARTS.get(name);
  if (!part) return;
  const at = p.stack.findIndex((n) => part.ends.has(n));
  if (at < 0 || !p.stack.includes('table')) return;
  const count = part.closes.has(p.stack[at]!) ? at + 1 : at;
  for (let i = 0; i < count; i++) p.cbs.onclosetag?.(p.stack.shift()!, true);
}

/** Elements a depth limit read as text: how many, and how many of them tables (their cells then read as text, not as a table). */
export interface DepthCut {
  elements: number;
  tables: number;
}

/**
 * A Parser whose open tags beyond `maxOpen` nested elements are dropped (their close tags then
 * close outer ones), each counted in `cut` when given.
 */
export function boundedParser(cbs: Partial<Handler>, options: ParserOptions, maxOpen = MAX_OPEN, cut?: DepthCut): Parser {
  const parser = new Parser(cbs, options);
  const inner = parser as unknown as ParserInternals;
  const open = inner.emitOpenTag;
  inner.emitOpenTag = function (this: ParserInternals, name: string): void {
    if (options.xmlMode !== true) closeForTablePart(this, name);
    if (this.stack.length < maxOpen) open.call(this, name);
    else if (cut) (cut.elements++, name === 'table' && cut.tables++);
  };
  return parser;
}

/** Parses an HTML string into a DOM (for cheerio) with the bounded parser; the tags it dropped are counted in `cut`. */
export function parseBounded(html: string, options: ParserOptions & DomHandlerOptions, cut?: DepthCut): Document {
  const handler = new DomHandler(undefined, options);
  boundedParser(handler, options, MAX_OPEN, cut).end(html);
  return handler.root;
}
