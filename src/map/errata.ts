/**
 * @file Corrections the report states in its own text ('更正说明：…行政处罚…原为5120件，经核实应为5063件，
 * 特此更正。', '注：收费金额应为1671.84万元，表中1711.14万元系统计口径错误，以本注为准。'). A value is the
 * number printed in the table (spec), so the printed value is kept; but the report says it is wrong:
 * the field is flagged `correctedInText` (below 0.9), the corrected number joins its candidates, and a
 * `correction_note` warning quotes the sentence. Only a sentence that is a correction (a correction
 * word, or 应为/更正为… right before a number) and names a number equal to a field's printed value
 * marks that field; ordinary prose (同比增长, 较上年…) names no correction and marks nothing.
 */
import { normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { Line, Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import type { RowSpec } from '../template/index.js';
import { EPSILON } from '../solve/propagate.js';
import { toWanYuan, type MoneyUnit } from '../tables/money-units.js';
import { CELL_CORRECTION } from '../tables/tokenize-cell.js';

/** Words that make a sentence a correction of something printed. */
const CORRECTION_WORD = /更正|勘误|订正|有误|笔误|误为|误写|误填|误录|以本注为准|以此为准|以本说明为准|系[^。；;]{0,20}错误|数据错误|填报错误|统计错误/;
/** A corrected number: the one right after 应为 / 更正为 / 修正为 …. */
const CORRECTED_BEFORE = /(?:应为|应是|应当为|更正为|修正为|更改为|改为|订正为|调整为|实为|正确为|核实为|正确(?:的)?(?:数据|数字|数值|数)?为|(?:^|[,，:：\s])以)\s*$/;
/** Characters before a number that the patterns before it look at (the longest is a few words). */
const BEFORE_WINDOW = 64;
/**
 * The last characters of CORRECTED_BEFORE's words, then what starts a NUMBER match (CORRECTED_BEFORE
 * ends in `\s*$` just before it): a sentence with no number right after one of them marks no number corrected.
 */
const MAY_MARK = /[为是以]\s*-?\d/;
/** Row labels that name no row in running text. */
const GENERIC_LABELS = new Set(['其他', '总计', '合计']);
/** A number as prose prints it (thousands separators allowed). */
const NUMBER = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?/g;
/** Money units the prose may name after an amount (converted to 万元 by the table money-units.ts keeps). */
const PROSE_UNITS: readonly MoneyUnit[] = ['万元', '亿元', '千元', '元'];
const UNIT_AFTER = new RegExp(`^\\s*(${PROSE_UNITS.join('|')})`);

interface Mention {
  value: number;
  /** The number multiplied to 万元 when printed with a money unit. */
  wan: number | null;
  corrected: boolean;
  at: number;
}

/** Sentences of the report's text: running-text lines joined (a wrapped sentence), table rows each on their own. */
function sentences(lines: readonly Line[]): string[] {
  const blocks: string[] = [];
  // The running text as pieces, joined once: testing the text built so far (`/\d$/`, or a slice of it) at
  // each line flattens it each time, the square of a long run-on text (130 000 padding lines).
  let prose: string[] = [];
  let endsInDigit = false;
  for (const l of lines) {
    if (l.separated) {
      if (prose.length) blocks.push(prose.join(''));
      prose = [];
      endsInDigit = false;
      blocks.push(l.cells.join(' '));
    } else {
      // Digits on both sides of a line break are two numbers (a table printed one cell per line), never one.
      const text = l.cells.join('');
      prose.push(endsInDigit && /^\d/.test(text) ? ` ${text}` : text);
      if (text) endsInDigit = /\d$/.test(text);
    }
  }
  if (prose.length) blocks.push(prose.join(''));
  return blocks.flatMap((b) => b.split(/[。;；!！?？\n]/)).map((s) => s.trim()).filter(Boolean);
}

/** The numbers a sentence names, without years, dates, ordinals and percentages. */
function mentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const at = m.index ?? 0;
    // Only the words just before the number can hold a correction word or a label; a regex ending in
    // `$` run over the whole prefix costs its length, so a long sentence (a table run into prose, an
    // archive dump) would cost its length squared. A cut window starts with a character no pattern takes.
    const before = at > BEFORE_WINDOW ? `\u0000${sentence.slice(at - BEFORE_WINDOW, at)}` : sentence.slice(0, at);
    const after = sentence.slice(at + m[0].length);
    if (/^\s*(?:年|月|日|%|‰|个百分点|倍|部分|条|款|页|行|列|号)/.test(after) || /(?:第|表|附件|图)\s*$/.test(before) || /[\d.]$/.test(before)) continue;
    const value = Number(m[0].replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = UNIT_AFTER.exec(after)?.[1] as MoneyUnit | undefined;
    out.push({ value, wan: unit ? toWanYuan(value, unit) : null, corrected: CORRECTED_BEFORE.test(before), at });
  }
  return out;
}

function isCorrection(sentence: string, numbers: readonly Mention[]): boolean {
  return CORRECTION_WORD.test(sentence) || numbers.some((n) => n.corrected);
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < EPSILON;

/** The row labels of `key` (normalized), for tables 二 and 三. */
function labelsOf(key: string, rows: readonly RowSpec[]): readonly string[] {
  const [, rowKey] = /^[^.]+\.(.+)\.[^.]+$/.exec(key) ?? [];
  return rows.find((r) => r.key === rowKey)?.labels ?? [];
}

/**
 * Flags the fields whose printed value the report's text corrects; returns a warning per correction
 * sentence. `rows`: the template's rows of tables 二 and 三 by table id (their labels pick the field
 * a sentence names when several print the same number).
 */
export function flagCorrectedInText(fields: Map<string, SolvedField>, lines: readonly Line[], rows: Readonly<Record<string, readonly RowSpec[]>>): Warning[] {
  const warnings: Warning[] = [];
  for (const printed of sentences(lines)) {
    const sentence = toHalfWidth(printed);
    // (A number is marked corrected only right after a word ending in 为 or 是, or after 以 (CORRECTED_BEFORE): without one and a correction word, no correction.)
    if (!CORRECTION_WORD.test(sentence) && !MAY_MARK.test(sentence)) continue;
    const numbers = mentions(sentence);
    if (!isCorrection(sentence, numbers)) continue;
    const text = normalizeLabel(sentence);
    const corrected = numbers.filter((n) => n.corrected);
    // A value cell printing its correction ('22(更正为17)', read as 17 by tables/tokenize-cell, flagged marked) in a table
    // line run into one sentence: it names no other number of the line, and none at all when a marked field holds its 17.
    const cellForms = [...sentence.matchAll(CELL_CORRECTION)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, now: Number(m[1] ?? m[2] ?? m[3]) }));
    const formAt = (at: number): (typeof cellForms)[number] | undefined => cellForms.find((f) => at >= f.from && at < f.to);
    const readInCell = (now: number): boolean => [...fields.values()].some((f) => typeof f.value === 'number' && same(f.value, now) && f.flags.includes('marked'));
    const onlyCellForms = cellForms.length > 0 && corrected.every((n) => formAt(n.at)) && !CORRECTION_WORD.test(sentence.replace(CELL_CORRECTION, ' '));
    const mayName = (n: Mention): boolean => {
      const form = formAt(n.at);
      return !onlyCellForms || (form !== undefined && !readInCell(form.now));
    };
    const marked: string[] = [];
    const hits = numbers.filter((x) => !x.corrected && mayName(x)).map((n) => {
      const matching = [...fields].filter(([, f]) => typeof f.value === 'number' && (same(f.value, n.value) || (n.wan !== null && same(f.value, n.wan))));
      return { n, matching, named: matching.filter(([k]) => labelsOf(k, rows[k.split('.')[0]!] ?? []).some((l) => !GENERIC_LABELS.has(l) && text.includes(l))) };
    });
    // Fields whose row the sentence names; else, when it names a number it corrects to, every field printing a number it names
    // (several may print it: none can be told apart). A sentence naming neither ties no number to a cell ('表3中…有误').
    const byName = hits.some((h) => h.named.length > 0);
    for (const { n, matching, named } of hits) {
      const targets = byName ? named : corrected.length ? matching : [];
      const to = corrected.find((c) => c.at > n.at) ?? corrected[corrected.length - 1];
      for (const [key, f] of targets) {
        const flags = f.flags.includes('correctedInText') ? f.flags : [...f.flags, 'correctedInText' as const];
        const fix = to ? (to.wan !== null && n.wan !== null && same(f.value!, n.wan) ? to.wan : to.value) : null;
        const candidates = fix === null || same(fix, f.value!) ? f.candidates : [...new Set([...(f.candidates ?? [f.value!]), fix])];
        fields.set(key, { ...f, flags, ...(candidates ? { candidates } : {}) });
        marked.push(key);
      }
    }
    if (marked.length) {
      warnings.push({
        code: 'correction_note',
        message: `the report's text corrects a printed value: "${printed}"; the value printed in the table is kept (flagged correctedInText, below 0.9), the corrected number is among the field's candidates`,
        keys: [...new Set(marked)],
      });
    }
  }
  return warnings;
}
