/**
 * @file Frames whose document is written into the page (`<iframe srcdoc="…">`): a CMS that pastes
 * the report's tables as a separate document shows them in place, inside a frame, and a reader of
 * the page reads them there. The frame is replaced by its document's body (and the `<style>` rules
 * of its head), in a `<div>` keeping the frame's own attributes but `srcdoc` — a frame the page hides
 * stays hidden. Frames loading another URL (`src`) are not fetched: no network at run time. The rest
 * of the page is kept byte for byte (spliced by the parser's source positions, not re-serialized).
 */
import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseBounded } from './html-parser.js';

/** Frames inside frames' documents inlined down to this depth (a page nesting deeper is no report). */
const MAX_DEPTH = 3;

const HAS_SRCDOC = /<iframe\b[^>]*\ssrcdoc\s*=/i;

const parse = (html: string) => parseBounded(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true });
/** The source text of nodes, from the first one's start to the last one's end. */
const source = (html: string, nodes: readonly AnyNode[]): string =>
  nodes.length === 0 ? '' : html.slice(nodes[0]!.startIndex ?? 0, (nodes.at(-1)!.endIndex ?? html.length - 1) + 1);

function elements(nodes: readonly AnyNode[], name: string, into: Element[] = []): Element[] {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (n.name === name) into.push(n);
    else elements(n.children, name, into);
  }
  return into;
}

/** A frame document's content for the page: its head's `<style>` elements, then its body's (or, with no body, its top-level content but the head). */
function frameContent(doc: string): string {
  const root = parse(doc).children;
  const styles = elements(elements(root, 'head'), 'style').map((s) => source(doc, [s])).join('');
  const [body] = elements(root, 'body');
  const top = root.flatMap((n) => (isTag(n) && n.name === 'html' ? n.children : [n]));
  const content = body ? body.children : top.filter((n) => !(isTag(n) && n.name === 'head'));
  return styles + source(doc, content);
}

const attr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with each `<iframe srcdoc>` replaced by the document it holds; the page itself when it has none. */
export function inlineFrames(html: string, depth = 0): string {
  if (depth >= MAX_DEPTH || !HAS_SRCDOC.test(html)) return html;
  const frames = elements(parse(html).children, 'iframe').filter((f) => f.attribs['srcdoc'] !== undefined);
  let out = html;
  for (const f of frames.reverse()) {
    const attrs = Object.entries(f.attribs).filter(([k]) => k !== 'srcdoc').map(([k, v]) => ` ${k}="${attr(v)}"`).join('');
    const div = `<div${attrs}>${frameContent(inlineFrames(f.attribs['srcdoc']!, depth + 1))}</div>`;
    out = out.slice(0, f.startIndex ?? 0) + div + out.slice((f.endIndex ?? out.length - 1) + 1);
  }
  return out;
}
