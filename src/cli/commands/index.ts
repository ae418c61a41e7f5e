/**
 * @file Every `xxgk` subcommand as data: arguments, options with their help, and the module with
 * its code (imported only when the command runs, so `--help` and a text extraction start fast).
 * To add an option: one line here, then read it from `opts` in the command's file. A command
 * that parses its own arguments (`parse` in command.ts) is declared with `raw: true`.
 */
import { integerAtLeast, knownEncoding, type CommandSpec } from '../command.js';

const FORMATS = ['auto', 'pdf', 'html', 'text', 'docx', 'csv', 'json', 'xlsx'] as const;
const ocr = {
  flags: '--ocr <mode>',
  description: "OCR of PDF pages without a usable text layer: auto (scanned/undecodable pages), force (every page), off; needs the optional OCR packages; each page read by OCR adds 120 s to --timeout",
  choices: ['off', 'auto', 'force'],
  default: 'off',
};
const decipher = {
  flags: '--decipher',
  description: "a PDF text layer that cannot be decoded (fonts without a character map): solve its glyph codes against the template's fixed texts and the tables' sums instead of E_PDF_NO_TEXT (values flagged 'deciphered', capped; pages read by OCR are not deciphered)",
};
const encoding = {
  flags: '--encoding <name>',
  description: 'text encoding of text and HTML inputs: auto (BOM, UTF-16, UTF-8, GB18030; a declared HTML charset is checked), or a name such as utf-8, gb18030, gbk, big5, utf-16le',
  default: 'auto',
  parse: knownEncoding,
};
const timeout = { flags: '--timeout <ms>', description: 'time budget per document in ms (default 60000)', parse: integerAtLeast(1, ' (ms)') };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'extract',
    args: ['<file>'],
    summary: 'read one report; JSON on stdout (FILE `-` reads standard input)',
    options: [
      { flags: '--pretty', description: 'indent the JSON' },
      { flags: '--format <kind>', description: 'input format', choices: FORMATS, default: 'auto' },
      { flags: '--password <password>', description: 'password of an encrypted PDF' },
      encoding,
      timeout,
      ocr,
      decipher,
      { flags: '--name <name>', description: 'name recorded in source.name (default: the file name, `stdin` for -)' },
      { flags: '--trace <dir>', description: 'write one JSON file per stage (lines, sections, tables; PDF items, rulings, grids) to DIR' },
      { flags: '--trace-dir <dir>', description: 'same as --trace', hidden: true },
    ],
    details: 'Exit 0 with the report; exit 1 with {"error":{"code","message"}} on stdout for a document that cannot be read.',
    load: () => import('./extract.js'),
  },
  {
    name: 'batch',
    args: ['<inputs...>'],
    summary: 'extract every .pdf/.html/.htm/.txt/.md/.docx/.xlsx under the inputs (.xml and extension-less files that read as a report; .csv/.json when named) into DIR (results.jsonl, results.csv, summary.json)',
    options: [
      { flags: '--out <dir>', description: 'output folder (required)' },
      { flags: '--force', description: 're-extract documents already done' },
      { flags: '--retry-failed', description: 're-extract the documents that failed in an earlier run (those read are kept)' },
      { flags: '--workers <n>', description: 'child processes (default: one per core; 0: in this process)', parse: integerAtLeast(0) },
      encoding,
      timeout,
      ocr,
      decipher,
      { flags: '--shard <i/n>', description: 'read only shard i of n (a stable partition of the inputs by path hash; 1 ≤ i ≤ n)' },
      { flags: '--xlsx', description: 'also write results.xlsx (summary, the three tables per report, long sheet)' },
      { flags: '--corrections <file>', description: 'apply hand corrections (CSV or JSON keyed by sha256 + key, with who and why)' },
      { flags: '--aliases <file>', description: 'agency names to treat as one agency in the cross-year checks' },
    ],
    details: 'Re-running skips documents already done (by content hash), failed ones too unless --retry-failed. Exit 1 when a document failed or the run was interrupted.',
    load: () => import('./batch.js'),
  },
  {
    name: 'compare',
    args: ['<actual>', '<golden>'],
    summary: 'field accuracy of extractions (report.json | results.jsonl | DIR | - for standard input) against goldens (golden.json | DIR)',
    options: [{ flags: '--json', description: 'machine-readable output' }],
    details: 'Exit 1 on any mismatch.',
    load: () => import('./compare.js'),
  },
  {
    name: 'review',
    args: ['<dir>'],
    summary: 'the Chinese review pages of a batch (index + one page per report; batch writes them too)',
    options: [{ flags: '--out <dir>', description: 'where to write them (default DIR/review/)' }],
    load: () => import('./review.js'),
  },
  {
    name: 'merge',
    args: ['<shardDirs...>'],
    summary: 'join the outputs of `batch --shard i/n` runs into one batch output (JSONL, CSVs, summary, cross-year checks)',
    options: [
      { flags: '--out <dir>', description: 'output folder (required)' },
      { flags: '--xlsx', description: 'also write results.xlsx' },
      { flags: '--aliases <file>', description: 'agency names to treat as one agency in the cross-year checks' },
    ],
    load: () => import('./merge.js'),
  },
  {
    name: 'demo',
    summary: 'batch + compare + review on the samples/ and golden/ of a source checkout (npm start)',
    load: () => import('./demo.js'),
  },
];
