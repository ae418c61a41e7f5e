/** @file Reading reports (report.json, results.jsonl, a folder of them) and goldens, keyed by stem. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Golden, Report } from '../index.js';
import { UsageError } from './command.js';

/** File name without folders and without `.golden.json` / `.json` / the source extension. */
export function stemOf(file: string): string {
  return basename(file).replace(/\.golden\.json$/, '').replace(/\.(json|pdf|html?|txt|md|docx)$/i, '');
}

async function filesIn(path: string, suffix: RegExp): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`${path}: no such file or folder`);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true });
  return entries.filter((e) => suffix.test(e)).map((e) => join(path, e)).sort();
}

/** Parses JSON read from `file`; a file that is not JSON (a source document passed by mistake) is a usage error. */
function parseJson<T>(text: string, file: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UsageError(`${file}: not JSON (compare reads extractions: report .json, results.jsonl or a folder; and goldens)`);
  }
}

/** Reports by stem of their source name. */
export async function readReports(path: string): Promise<Map<string, Report>> {
  const out = new Map<string, Report>();
  for (const file of await filesIn(path, /(results\.jsonl|\.json)$/)) {
    const text = await readFile(file, 'utf8');
    if (file.endsWith('.jsonl')) {
      for (const line of text.split('\n').filter(Boolean)) {
        const row = parseJson<{ file?: string; report?: Report }>(line, file);
        if (row.report) out.set(stemOf(row.file ?? row.report.source.name), row.report);
      }
    } else {
      const report = parseJson<Report>(text, file);
      if (report.schemaVersion) out.set(stemOf(report.source.name), report);
    }
  }
  return out;
}

/** Goldens by stem (`x.golden.json`, or `x/golden.json` named after its folder). */
export async function readGoldens(path: string): Promise<Map<string, Golden>> {
  const out = new Map<string, Golden>();
  for (const file of await filesIn(path, /golden\.json$/)) {
    const stem = basename(file) === 'golden.json' ? basename(join(file, '..')) : stemOf(file);
    out.set(stem, parseJson<Golden>(await readFile(file, 'utf8'), file));
  }
  return out;
}
