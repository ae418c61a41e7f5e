/** Scores an extraction of a blank-dump variant (scripts/blank-dump-variants.mjs) against its truth: tables 三 and 四. */
import { extract, flattenData } from '../../src/index.js';
import type { blankDumpVariant } from '../../scripts/blank-dump-variants.mjs';
import { flatTruth } from '../../scripts/template-data.mjs';

/** Right / wrong at ≥ `floor` (0.9) / all of tables 三's and 四's fields read from `doc` (named `name`: its format) against the variant's truth. */
export async function scoreVariant(doc: string, name: string, data: ReturnType<typeof blankDumpVariant>['data'], floor = 0.9): Promise<{ right: number; wrongHigh: number; fields: number }> {
  const rep = await extract(new TextEncoder().encode(doc), { name });
  const got = flattenData(rep.data);
  const truth = (['requests', 'reviewLitigation'] as const).flatMap((t) => flatTruth(data[t] as object).map(([k, w]: [string, unknown]) => [`${t}.${k}`, w] as const));
  let right = 0;
  let wrongHigh = 0;
  for (const [k, w] of truth) {
    if (got.get(k) === w) right++;
    else if (got.get(k) != null && (rep.fields as Record<string, { confidence: number }>)[k]!.confidence >= floor) wrongHigh++;
  }
  return { right, wrongHigh, fields: truth.length };
}
