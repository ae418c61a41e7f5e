/**
 * @file htmlparser2 with a bounded stack of open elements. The parser keeps its open elements in an
 * array it `unshift`s and `shift`s at the front, so each tag costs time proportional to the depth:
 * a page of `<table><tr><td>` × n is quadratic (n = 100 000 did not end in minutes). Real pages
 * nest a few dozen levels; past `MAX_OPEN` the parser ignores further open tags (their text goes to
 * the deepest element kept, as a browser's flattened text would), so every tag costs O(MAX_OPEN)
 * and a page is linear in its length whatever its nesting.
 */
import { DomHandler, type Document } from 'domhandler';
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** Open elements kept. Real pages nest < 100; the article walk flattens below 400 anyway. */
export const MAX_OPEN = 512;

interface ParserInternals {
  stack: string[];
  emitOpenTag(name: string): void;
}

/** A Parser whose open tags beyond `maxOpen` nested elements are dropped (their close tags then close outer ones). */
export function boundedParser(cbs: Partial<Handler>, options: ParserOptions, maxOpen = MAX_OPEN): Parser {
  const parser = new Parser(cbs, options);
  const inner = parser as unknown as ParserInternals;
  const open = inner.emitOpenTag;
  inner.emitOpenTag = function (this: ParserInternals, name: string): void {
    if (this.stack.length < maxOpen) open.call(this, name);
  };
  return parser;
}

/** Parses an HTML string into a DOM (for cheerio) with the bounded parser. */
export function parseBounded(html: string, options: ParserOptions): Document {
  const handler = new DomHandler(undefined, options);
  boundedParser(handler, options).end(html);
  return handler.root;
}
