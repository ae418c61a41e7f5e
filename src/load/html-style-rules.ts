/**
 * @file The page's own `<style>` rules that bear on whether text shows: their selectors and the
 * declarations the hidden-text pass reads (html-hidden). Plain rules with selectors matched
 * exactly (types, classes, ids, attributes, descendant and child combinators) are applied. Rules
 * the pass cannot evaluate exactly are kept as `unsure` with a selector matching a superset of
 * their elements (html-unsure-rules): rules inside `@media` (not print-only), `@supports`,
 * `@container`, `@layer` and nested CSS, selectors with structural pseudo-classes (`:last-child`,
 * `:nth-child()`, `:not()`, …), sibling combinators (`+`, `~`) or `::first-letter`/`::first-line`.
 * Where such a rule changes whether an element's text shows, that text is not trusted, rather than
 * evaluated wrongly. Rules for user actions (`:hover`, `:focus`, …), other at-rules (`@font-face`,
 * `@page`, Word's `@list`) and anything past the caps are ignored. `::before`/`::after` rules are
 * read by html-generated (ruleBlocks).
 */
import { parseDecls, type Decl } from './css-values.js';

/** A rule: one selector (a selector list is split) and its declarations that matter. */
export interface StyleRule {
  selector: string;
  decls: Decl[];
  /** Not evaluated exactly: `selector` matches a superset of the rule's elements, which it may or may not apply to (file header). */
  unsure?: true;
}

/** Properties the hidden-text pass reads (html-hidden, html-layout); rules setting none of them are dropped. */
export const STYLE_PROPS = new Set([
  'display', 'visibility', 'opacity', 'font', 'font-size', 'color', 'background', 'background-color', 'background-image', 'background-size', 'position', 'left', 'top', 'right',
  'text-indent', 'clip', 'clip-path', 'width', 'height', 'max-width', 'max-height', 'overflow', 'transform', 'float',
  'content-visibility', 'mso-hide',
  // What only layout decides (html-layout): moved, clipped, squeezed, drawn over.
  'bottom', 'inset', 'margin', 'margin-left', 'margin-right', 'overflow-x', 'overflow-y', 'letter-spacing', 'z-index', 'box-shadow',
  'translate', 'rotate', 'scale', 'mask', 'mask-image',
  // Paint not computed, and what pushes text inside a clip (html-layout).
  'filter', 'mix-blend-mode', 'padding', 'padding-left', 'padding-right', 'word-spacing',
  '-webkit-text-fill-color', 'text-shadow', '-webkit-text-stroke', '-webkit-text-stroke-width', 'background-clip', '-webkit-background-clip', 'zoom',
  'direction', 'unicode-bidi', 'order', 'flex-direction', 'grid-column', 'grid-row', 'grid-area', 'min-width',
  // Tables built of divs (html-div-table): the grid's columns and an item's span.
  'grid-template-columns', 'grid-template', 'grid-column-start', 'grid-column-end', 'flex-flow',
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

/**
 * A selector the pass can match exactly: no pseudo-classes/elements but the logical ones (LOGICAL), no sibling combinators (the
 * generated spans html-generated inserts are siblings a browser does not have), not too long.
 */
export function usable(selector: string): boolean {
  const plain = selector.replace(LOGICAL, '');
  return selector !== '' && selector.length <= MAX_SELECTOR && !plain.includes(':') && !plain.includes('@') && !/[+~]/.test(plain.replace(/\[[^\]]*\]/g, ''));
}

/**
 * `:is()`, `:where()`, `:not()` (`:matches()`) of compound selectors (`span:not(.v)`, `td :is(.h, .k)`):
 * matched exactly by css-select, as a browser does; with a pseudo-class or a combinator inside they
 * stay unsure.
 */
export const LOGICAL = /:(?:is|where|not|matches)\(\s*[^():\s>+~,]+(?:\s*,\s*[^():\s>+~,]+)*\s*\)/gi;

/** The selectors of a selector list, split at its commas outside parentheses (`td :is(.a, .b), .c` is two). */
export function selectorList(head: string): string[] {
  return head.split(/,(?![^()]*\))/).map((s) => s.trim());
}

/** Conditional group at-rules whose rules may apply to the page on screen (`@media print` aside). */
const CONDITIONAL = /^@(media|supports|container|layer|scope|document|-moz-document)\b/i;
/** A media query for print only: its rules do not apply to the page as read on screen. */
const PRINT_ONLY = /^@media\s+(only\s+)?print\s*$/i;

/** A rule's text: its selector text, body (declarations only), and whether it is `unsure` (inside a conditional block, or nested). */
export interface RuleBlock {
  head: string;
  body: string;
  unsure: boolean;
}

/**
 * Each rule of a style sheet as its selector text and body, in source order (comments,
 * `@import`-like statements and other at-rule blocks skipped). Rules inside a conditional group
 * (CONDITIONAL, not print-only) and CSS-nested rules (`.a{ & span{…} }`: head `.a span`) come
 * `unsure`.
 */
export function* ruleBlocks(sheet: string): Generator<RuleBlock> {
  const css = sheet.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ').replace(/@(?:import|charset|namespace)[^;{]*;/gi, ' ');
  yield* blocksIn(css, false, '');
}

/** The rules of `css` (a sheet, or the inside of a block), `unsure` when inside one, nested under the selector `outer`. */
function* blocksIn(css: string, unsure: boolean, outer: string): Generator<RuleBlock> {
  let i = 0;
  while (i < css.length) {
    const brace = css.indexOf('{', i);
    if (brace < 0) break;
    const before = css.slice(i, brace);
    // After a nested block's declarations (`color:red; & span{…}`), the head starts past the last ';'.
    const head = before.slice(before.lastIndexOf(';') + 1).trim();
    const end = blockEnd(css, brace);
    const inner = css.slice(brace + 1, css[end - 1] === '}' ? end - 1 : end);
    i = end;
    if (head.startsWith('@')) {
      if (CONDITIONAL.test(head) && !PRINT_ONLY.test(head)) yield* blocksIn(inner, true, outer);
      continue;
    }
    const full = outer ? nestedSelector(outer, head) : head;
    if (!inner.includes('{')) {
      yield { head: full, body: inner, unsure };
      continue;
    }
    // CSS nesting: the declarations are the text outside the nested blocks.
    yield { head: full, body: inner.replace(/[^;{}]*\{[^{}]*\}/g, ';'), unsure };
    yield* blocksIn(inner, true, full);
  }
}

/** The selector of a rule `inner` nested in `outer` (`&` is the outer one; without it, a descendant). */
function nestedSelector(outer: string, inner: string): string {
  const outs = selectorList(outer);
  return selectorList(inner).flatMap((sel) => outs.map((o) => (sel.includes('&') ? sel.replace(/&/g, o) : `${o} ${sel}`))).join(', ');
}

/** Pseudo-classes of user actions and states a static page is not in: their rules are not read. */
const DYNAMIC = /:(hover|focus|focus-within|focus-visible|active|visited|target|checked|indeterminate|placeholder-shown|autofill|invalid|user-invalid)\b|::?(before|after|selection|placeholder|marker|backdrop|-webkit-|-moz-)/i;

/**
 * A selector matching every element `selector` may apply to, for a rule not evaluated exactly:
 * pseudo-classes and `::first-letter`/`::first-line` dropped (`td > span:last-child` → `td >
 * span`), a sibling combinator's left side dropped (`.a + span` → `span`). Null for a selector of
 * a user action or a `::before`/`::after`, or one too long.
 */
export function supersetSelector(selector: string): string | null {
  if (selector === '' || selector.length > MAX_SELECTOR || selector.includes('@') || DYNAMIC.test(selector)) return null;
  // Each pseudo-class (innermost first: `:not(:nth-child(2))`) becomes a mark; a compound of marks only is `*`.
  let sel = selector.trim();
  for (let k = 0; k < 4 && sel.includes(':'); k++) sel = sel.replace(/::?[a-z-]+(?:\([^()]*\)|(?![\w(-]))/gi, '\u0001');
  if (sel.includes(':') || /[()]/.test(sel)) return null;
  sel = sel.replace(/(^|[\s>+~])\u0001+(?=$|[\s>+~])/g, '$1*').replace(/\u0001/g, '');
  return sel.replace(/[^\s>+~]+\s*[+~]\s*/g, '').trim() || '*';
}

/** The selector of the element a `::before`/`::after` selector generates content in (`*` when bare), or null for another selector. */
function generatedBase(selector: string): string | null {
  const m = /^(.*?)::?(before|after)$/i.exec(selector.trim());
  return m ? m[1]!.trim() || '*' : null;
}

/** The rules of a style sheet that set a property the hidden-text pass reads, in source order (file header: `unsure` ones). */
export function parseRules(sheet: string): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const { head, body, unsure } of ruleBlocks(sheet)) {
    if (rules.length >= MAX_RULES) break;
    const all = parseDecls(body);
    const decls = all.filter((d) => STYLE_PROPS.has(d.prop));
    const digits = all.some((d) => d.prop === 'content' && /\d/.test(d.value));
    if (decls.length === 0 && !digits) continue;
    for (const selector of selectorList(head)) {
      if (rules.length >= MAX_RULES) break;
      const generated = generatedBase(selector);
      if (generated !== null) {
        // Digits a `::before`/`::after` adds where html-generated cannot place them exactly: the element's text is not trusted.
        const superset = digits && (unsure || !usable(generated)) ? supersetSelector(generated) : null;
        if (superset) rules.push({ selector: superset, decls: [{ prop: 'content', value: 'digits' }], unsure: true });
        continue;
      }
      if (decls.length === 0) continue;
      if (!unsure && usable(selector)) rules.push({ selector, decls });
      else {
        const superset = supersetSelector(selector);
        if (superset) rules.push({ selector: superset, decls, unsure: true });
      }
    }
  }
  return rules;
}
