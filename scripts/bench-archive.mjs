/**
 * @file The archive the batch benches run over: the bundled samples copied DOCS times into DIR/in
 * (100 to a folder), each with a serial appended so every copy has its own hash. One document in 16
 * is a PDF, as in a mixed web archive; the rest text and HTML.
 */
import { appendFileSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes the archive under `dir`/in and returns that folder. */
export function makeArchive(root, dir, docs) {
  const sources = readdirSync(join(root, 'samples')).filter((f) => /\.(txt|html|pdf)$/.test(f));
  const textSources = sources.filter((f) => !f.endsWith('.pdf'));
  const pdfSources = sources.filter((f) => f.endsWith('.pdf'));
  for (let i = 0; i < docs; i++) {
    const src = i % 16 === 0 ? pdfSources[(i / 16) % pdfSources.length] : textSources[i % textSources.length];
    const out = join(dir, 'in', String(Math.floor(i / 100)), `${i}-${src}`);
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(join(root, 'samples', src), out);
    appendFileSync(out, src.endsWith('.pdf') ? `\n% ${i}\n` : src.endsWith('.html') ? `\n<!-- ${i} -->\n` : `\n`.repeat(1 + (i % 7)) + `${' '.repeat(i % 13)}\n`);
  }
  return join(dir, 'in');
}
