/**
 * @file Stage 3, sections: lines → the six standard sections in document order, each with its
 * heading as printed, a confidence, its text and its line range (tables are looked for there).
 */
import type { Line } from '../model/document.js';
import type { SectionKey } from '../schema/report.js';
import { matchHeading, type HeadingMatch } from './match-heading.js';

/** A found section. `start`/`end` index into the document's lines (end exclusive). */
export interface FoundSection {
  key: SectionKey;
  heading: string;
  confidence: number;
  start: number;
  end: number;
  text: string;
  /** The section's lines; text that followed the heading on its own line comes first. */
  body: Line[];
}

function lineText(line: Line): string {
  return line.cells.filter((c) => c !== '').join(' ');
}

/** Picks, for each key, its best-scoring heading line (the first one on ties). */
function pickHeadings(lines: readonly Line[]): (HeadingMatch & { index: number })[] {
  const best = new Map<SectionKey, HeadingMatch & { index: number }>();
  // A long dump repeats its lines (a table printed many times): each distinct text is matched once.
  const memo = new Map<string, HeadingMatch | null>();
  lines.forEach((line, index) => {
    const text = lineText(line);
    let match = memo.get(text);
    if (match === undefined) memo.set(text, (match = matchHeading(text)));
    if (!match) return;
    const prev = best.get(match.key);
    if (!prev || match.score > prev.score) best.set(match.key, { ...match, index });
  });
  return [...best.values()].sort((a, b) => a.index - b.index);
}

/** Finds the standard sections. Sections not found are simply absent (a warning is raised later). */
export function findSections(lines: readonly Line[]): FoundSection[] {
  const heads = pickHeadings(lines);
  return heads.map((h, i) => {
    const end = heads[i + 1]?.index ?? lines.length;
    const headLine = lines[h.index];
    const rest: Line[] = h.rest.trim() && headLine ? [{ ...headLine, cells: [h.rest.trim()], separated: false }] : [];
    const body = [...rest, ...lines.slice(h.index + 1, end)];
    const text = body.map(lineText).join('\n');
    return { key: h.key, heading: h.heading, confidence: Math.round(h.score * 100) / 100, start: h.index, end, text, body };
  });
}
