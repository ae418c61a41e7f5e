/** @file Reading reports (report.json, results.jsonl, a folder of them) and goldens, keyed by stem. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Golden, Report } from '../index.js';

/** File name without folders and without `.golden.json` / `.json` / the source extension. */
export function stemOf(file: string): string {
  return basename(file).replace(/\.golden\.json$/, '').replace(/\.(json|pdf|html?|txt|md|docx)$/i, '');
}

async function filesIn(path: string, suffix: RegExp): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true });
  return entries.filter((e) => suffix.test(e)).map((e) => join(path, e)).sort();
}

/** Reports by stem of their source name. */
export async function readReports(path: string): Promise<Map<string, Report>> {
  const out = new Map<string, Report>();
  for (const file of await filesIn(path, /(results\.jsonl|\.json)$/)) {
    const text = await readFile(file, 'utf8');
    if (file.endsWith('.jsonl')) {
      for (const line of text.split('\n').filter(Boolean)) {
        const row = JSON.parse(line) as { file?: string; report?: Report };
        if (row.report) out.set(stemOf(row.file ?? row.report.source.name), row.report);
      }
    } else {
      const report = JSON.parse(text) as Report;
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
    out.set(stem, JSON.parse(await readFile(file, 'utf8')) as Golden);
  }
  return out;
}
