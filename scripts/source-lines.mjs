#!/usr/bin/env node
/**
 * @file Whether each field's `source.line` points at the line of a text dump that holds what was read there: a number read
 * from a line must be printed on it; a blank row's 0 (flag 'blank') or a row read without values must have its label's first
 * characters on it. Counts fields checked and fields whose line misses, per file and in all. The kind it watches: line numbers
 * kept through a transform of the dump's lines (a label pile split into rows, de-doubled or joined lines, removed lines).
 *
 *   npm run build && node scripts/source-lines.mjs [--dist DIST] [--verbose] FILE|DIR…
 *   (DIRs: every .txt under them; e.g. the -layout dumps of `node scripts/layout-variants.mjs --write DIR`.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const flag = (n) => { const i = args.indexOf(n); if (i < 0) return null; const v = args[i + 1]; args.splice(i, 2); return v; };
const dist = resolve(flag('--dist') ?? 'dist');
const verbose = args.includes('--verbose');
const paths = args.filter((a) => !a.startsWith('--'));
const files = paths.flatMap(function walk(p) {
  return statSync(p).isDirectory() ? readdirSync(p).sort().flatMap((n) => walk(join(p, n))) : p.endsWith('.txt') || paths.includes(p) ? [p] : [];
});
const { extract } = await import(pathToFileURL(join(dist, 'entry.js')).href);

const flat = (o, p = '') => Object.entries(o ?? {}).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));
const squeeze = (s) => s.replace(/[\s\u3000]+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');

/** True when `line` holds what the field says it read there. */
export function lineHolds(line, value, source, flags) {
  if (typeof value === 'number' && !flags.includes('blank') && !(value === 0 && (source.text ?? '').includes('∅'))) {
    const digits = String(value);
    return new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}(?![\\d])`).test(line.replace(/(?<=\d),(?=\d{3})/g, ''));
  }
  const head = squeeze(source.text ?? '').slice(0, 3);
  return head === '' || squeeze(line).includes(head);
}

let checked = 0, missed = 0;
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  let rep;
  try { rep = await extract(file); } catch (e) { console.log(`${file}\tERROR ${e.code}`); continue; }
  const data = Object.fromEntries(flat(rep.data));
  let c = 0, m = 0;
  for (const [key, f] of Object.entries(rep.fields)) {
    const ln = f.source?.line;
    if (!ln || !(key in data) || data[key] === null || f.source.page !== undefined) continue;
    c++;
    if (!lineHolds(lines[ln - 1] ?? '', data[key], f.source, f.flags ?? [])) {
      m++;
      if (verbose) console.log(`  ${key}\t${data[key]}\tline ${ln}: ${(lines[ln - 1] ?? '').trim().slice(0, 60)}\t| ${f.source.text?.slice(0, 40)}`);
    }
  }
  checked += c; missed += m;
  if (m > 0 || verbose) console.log(`${file}\t${m}/${c}`);
}
console.log(`fields checked ${checked}, source.line missing what was read ${missed} (${checked ? ((100 * missed) / checked).toFixed(1) : 0}%)`);
