/**
 * @file Hostile shapes for the fuzzer (scripts/fuzz.mjs): deep nesting, huge lines, zip bombs, and
 * folders of symlinks for the batch listing. Each takes the PRNG (`random() ∈ [0, 1)`).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docx } from './zip-writer.mjs';

const OPENERS = ['<table><tr><td>', '<div>', '<ul><li>', '<b><i>', '<table><tbody><tr><th>', '<p><span>', '<blockquote>', '<font>'];
const CJK = '一二三四五六七八九十总计本年新收到申请件政府信息公开年度报告不予公开';

/** `<table><tr><td>` (or another opener) × up to 60 000, inserted at `at`, closed or not. */
export function nest(b, at, random) {
  const opener = OPENERS[Math.floor(random() * OPENERS.length)];
  const n = 1 + Math.floor(random() ** 2 * 60_000);
  const closer = random() < 0.5 ? '' : opener.replace(/<(\w+)[^>]*>/g, '</$1>').split('</').filter(Boolean).reverse().map((t) => `</${t}`).join('').repeat(n);
  return Buffer.concat([b.subarray(0, at), Buffer.from(opener.repeat(n)), Buffer.from(closer), b.subarray(at)]);
}

/** A line of up to ~3 MB without a newline (CJK, digits, spaces or one character repeated), or the whole file on one line. */
export function hugeLine(b, at, random) {
  if (random() < 0.3) return Buffer.from(b.toString('latin1').replace(/[\r\n]+/g, ' '), 'latin1');
  const chars = Math.floor(random() ** 2 * 1_000_000);
  const kind = Math.floor(random() * 4);
  let s;
  if (kind === 0) s = Array.from({ length: Math.min(chars, 50_000) }, () => CJK[Math.floor(random() * CJK.length)]).join('').repeat(Math.max(1, Math.floor(chars / 50_000)));
  else if (kind === 1) s = '1234567890 '.repeat(Math.ceil(chars / 11));
  else if (kind === 2) s = '0'.repeat(chars);
  else s = '总计\t1\t2\t3\t'.repeat(Math.ceil(chars / 10));
  return Buffer.concat([b.subarray(0, at), Buffer.from(s), b.subarray(at)]);
}

/** A .docx bomb: many elements, a lying header, a huge entry, deep nesting, or many entries. */
export function zipBomb(random) {
  const n = Math.floor(random() ** 2 * 3_000_000);
  switch (Math.floor(random() * 5)) {
    case 0:
      return docx(Buffer.alloc(n * 6, '<w:p/>'));
    case 1:
      return docx(Buffer.alloc(n * 20, ' '), [], 1000);
    case 2:
      return docx('<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>', [{ name: 'word/media/image1.png', data: Buffer.alloc(n * 100), declared: Math.floor(random() * 2 ** 32) }]);
    case 3:
      return docx('<w:tbl><w:tr><w:tc>'.repeat(Math.floor(n / 30)));
    default:
      return docx('<w:p/>', Array.from({ length: Math.floor(random() * 12_000) }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.alloc(0) })));
  }
}

/**
 * A folder tree with symlinks: links to parents and to the root (loops), to siblings, to files,
 * dangling ones. Returns the root, the real files made, and a cleanup.
 */
export function symlinkedFolders(random) {
  const root = mkdtempSync(join(tmpdir(), 'xxgk-fuzz-links-'));
  const dirs = [root];
  const files = [];
  for (let i = 0; i < 2 + Math.floor(random() * 6); i++) {
    const d = join(dirs[Math.floor(random() * dirs.length)], `d${i}`);
    mkdirSync(d);
    dirs.push(d);
  }
  for (let i = 0; i < 1 + Math.floor(random() * 6); i++) {
    const f = join(dirs[Math.floor(random() * dirs.length)], `f${i}.txt`);
    writeFileSync(f, `${i}`);
    files.push(f);
  }
  for (let i = 0; i < 1 + Math.floor(random() * 8); i++) {
    const at = dirs[Math.floor(random() * dirs.length)];
    const targets = [...dirs, ...files, '/nonexistent', '..', '.', '../..'];
    const target = targets[Math.floor(random() * targets.length)];
    try {
      symlinkSync(target, join(at, `l${i}${random() < 0.3 ? '.txt' : ''}`));
    } catch {
      // A name taken: fewer links this round.
    }
  }
  return { root, files, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
