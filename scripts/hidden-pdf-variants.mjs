#!/usr/bin/env node
/**
 * @file Hidden-content PDF variants (issue 17, "read what a viewer shows"): each seed takes a
 * bundled PDF sample and, on every table page, either draws a decoy '0' after every number and
 * hides it the way a viewer honours (clips by fill rule, text clips, a form's /BBox or /Matrix,
 * 0 Tz, size 0, a flat text matrix, an opaque fill painted over it later, translucent fills that
 * leave it unseen or faint), or paints the page's
 * own numbers in ways that keep them visible (shading before them, translucent or multiplied fills
 * after them, thin rules, clips that hold them). The variant is made by `hidden-pdf-variants.py`
 * (Debian python3-pikepdf, poppler-utils' pdftotext -bbox for the numbers' places); the sample's
 * golden is the truth (a decoy read is ×10: every identity still holds, so it would be confident).
 *
 *   npm run build && nice node scripts/hidden-pdf-variants.mjs [--seeds 1..24] [--show]
 * Files go to `.tmp/hidden-pdf-variants/`. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runSampleVariants, seedRange } from './sample-variants.mjs';

const OUT = join(ROOT, '.tmp', 'hidden-pdf-variants');
mkdirSync(OUT, { recursive: true });
const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pdf')).sort();
const { argv, from, to } = seedRange('1..24');

await runSampleVariants({
  from,
  to,
  argv,
  title: ' (hidden-pdf-variants)',
  variant(seed) {
    const sample = SAMPLES[seed % SAMPLES.length];
    const out = join(OUT, `${seed}-${sample}`);
    const kind = execFileSync('/usr/bin/python3', [join(ROOT, 'scripts', 'hidden-pdf-variants.py'), join(ROOT, 'samples', sample), String(seed), out], { encoding: 'utf8' }).trim();
    return { sample, name: `${seed}-${sample}`, bytes: readFileSync(out), label: `${sample} ${kind}` };
  },
});
