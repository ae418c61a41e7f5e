/**
 * @file The page's own `<style>` rules that bear on whether text shows: their selectors and the
 * declarations the hidden-text pass reads (html-hidden). Only plain rules are kept; at-rule blocks
 * (`@media`, `@font-face`, …), selectors with pseudo-classes or pseudo-elements, and anything past
 * the caps are ignored (a rule not read never hides text). `::before`/`::after` rules are read by
 * html-generated (ruleBlocks).
 */
import { parseDecls, type Decl } from './css-values.js';

/** A rule: one selector (a selector list is split) and its declarations that matter. */
export interface StyleRule {
  selector: string;
  decls: Decl[];
}

/** Properties the hidden-text pass reads (html-hidden, html-layout); rules setting none of them are dropped. */
export const STYLE_PROPS = new Set([
  'display', 'visibility', 'opacity', 'font-size', 'color', 'background', 'background-color', 'position', 'left', 'top', 'right',
  'text-indent', 'clip', 'clip-path', 'width', 'height', 'max-width', 'max-height', 'overflow', 'transform', 'float',
  'content-visibility', 'mso-hide',
  // What only layout decides (html-layout): moved, clipped, squeezed, drawn over.
  'bottom', 'inset', 'margin', 'margin-left', 'margin-right', 'overflow-x', 'overflow-y', 'letter-spacing', 'z-index', 'box-shadow',
  'translate', 'rotate', 'scale', 'mask', 'mask-image',
]);

/** chars of CSS read from the page (real report pages carry a few KB; Word's exports ~30 KB). */
const MAX_CSS = 400_000;
/** Selectors kept (per kind of rule: plain, ::before/::after): each one costs a selector match over the article's DOM. */
export const MAX_RULES = 300;
/** chars. A longer selector is not a report page's. */
const MAX_SELECTOR = 200;

/**
 * The text of every `<style>` element of the page that is not inside an HTML comment. Word wraps its
 * CSS in `<!-- -->` inside `<style>`: those markers are dropped, the CSS kept.
 */
export function styleSheets(html: string): string {
  const out: string[] = [];
  let size = 0;
  const open = /<!--|<style\b[^>]*>/gi;
  for (let m = open.exec(html); m && size < MAX_CSS; m = open.exec(html)) {
    const start = m.index + m[0].length;
    const closer = m[0] === '<!--' ? /-->/g : /<\/style\s*>/gi;
    closer.lastIndex = start;
    const end = closer.exec(html);
    const stop = end ? end.index : html.length;
    if (m[0] !== '<!--') {
      const css = html.slice(start, stop).replace(/<!--|-->/g, '');
      out.push(css);
      size += css.length;
    }
    open.lastIndex = end ? end.index + end[0].length : html.length;
  }
  return out.join('\n').slice(0, MAX_CSS);
}

/** Index just past the block that opens at `open` (a `{`), counting nested braces. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/** A selector the pass can match statically: no pseudo-classes/elements, not too long. */
export function usable(selector: string): boolean {
  return selector !== '' && selector.length <= MAX_SELECTOR && !selector.includes(':') && !selector.includes('@');
}

/**
 * Each plain rule of a style sheet as its selector text and body, in source order (comments,
 * `@import`-like statements and at-rule blocks skipped).
 */
export function* ruleBlocks(sheet: string): Generator<{ head: string; body: string }> {
  const css = sheet.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ').replace(/@(?:import|charset|namespace)[^;{]*;/gi, ' ');
  let i = 0;
  while (i < css.length) {
    const brace = css.indexOf('{', i);
    if (brace < 0) break;
    const head = css.slice(i, brace).trim();
    if (head.startsWith('@')) {
      i = blockEnd(css, brace);
      continue;
    }
    const close = css.indexOf('}', brace);
    const body = css.slice(brace + 1, close < 0 ? css.length : close);
    i = close < 0 ? css.length : close + 1;
    yield { head, body };
  }
}

/** The plain rules of a style sheet that set a property the hidden-text pass reads, in source order. */
export function parseRules(sheet: string): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const { head, body } of ruleBlocks(sheet)) {
    if (rules.length >= MAX_RULES) break;
    const decls = parseDecls(body).filter((d) => STYLE_PROPS.has(d.prop));
    if (decls.length === 0) continue;
    for (const selector of head.split(',').map((s) => s.trim())) {
      if (usable(selector) && rules.length < MAX_RULES) rules.push({ selector, decls });
    }
  }
  return rules;
}
