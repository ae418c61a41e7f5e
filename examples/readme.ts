/**
 * @file The README's library examples, as a program: test/package.test.ts compiles it with
 * `tsc --strict` against the packed package and runs it on a sample (`node readme.js FILE`).
 */
import { readFile } from 'node:fs/promises';
import { extract, getField, getFieldInfo, isTemplateVersion, safeExtract, type FieldKey, type TypedReport } from 'xxgk-report';

const file = process.argv[2] ?? 'report.txt';

// --- README: Library ---
const report = await extract(file); // path or Uint8Array
const granted: number | null = getField(report, 'requests.granted.total'); // keys autocomplete; a typo does not compile
const info = report.fields['requests.newReceived.total']; // { confidence, flags, source?, candidates? }
console.log(report.meta.templateVersion, granted, info.confidence, info.flags);

// README, Quick start:
const total: number | null = report.data.requests.granted.total; // the value is under data, nested
console.log(total, report.fields['requests.granted.total'].confidence); // its confidence and flags: fields, by dotted key

// `data` is nested by the dotted keys, typed per template version:
if (isTemplateVersion(report, '2019')) {
  console.log(report.data.activeDisclosure.procurement.amount); // 万元, 2019 only
} else {
  console.log(report.data.activeDisclosure.fees.amount, report.data.requests.otherHandling.other?.total);
}

// A key the report's version may lack: getFieldInfo gives undefined for it.
const other = getFieldInfo(report, 'requests.otherHandling.combined.total');
console.log(other?.confidence ?? 'no combined （六） row');

// @ts-expect-error -- no template has this key
getField(report, 'requests.granted.totl');

const bytes = await readFile(file);
const r = await safeExtract(bytes, { name: 'a.txt' }); // never throws for a bad document
if (!r.success) console.error(r.error.code, r.error.message);
else console.log(r.report.confidence);

/** Every confident value of a report, by key. */
function confident(rep: TypedReport): Map<FieldKey, number> {
  const out = new Map<FieldKey, number>();
  for (const [key, f] of Object.entries(rep.fields) as [FieldKey, { confidence: number } | undefined][]) {
    const value = getField(rep, key);
    if (f && f.confidence >= 0.9 && value !== null) out.set(key, value);
  }
  return out;
}
console.log(confident(report).size);
