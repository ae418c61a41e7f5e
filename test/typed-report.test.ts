/**
 * @file Typed reports: the generated key and data types follow the template data, `getField` and
 * `isTemplateVersion` work on real reports, and wrong keys do not compile (the `@ts-expect-error`
 * lines below are checked by `tsc --noEmit` in `npm test`: one that no longer errors fails it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderKeyTypes } from '../scripts/gen-types.mjs';
import { extract, flattenData, getField, getFieldInfo, isTemplateVersion, TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_2021_COMBINED, type FieldKey, type FieldKey2019, type FieldKey2021Split, type TypedReport } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const sample = (f: string) => join(ROOT, 'samples', f);

describe('generated key types', () => {
  it('should be what scripts/gen-types.mjs renders from the current template (run it after changing the template)', () => {
    const committed = readFileSync(join(ROOT, 'src', 'template', 'keys.generated.ts'), 'utf8');
    expect(committed).toBe(renderKeyTypes({ TEMPLATE_2021, TEMPLATE_2021_COMBINED, TEMPLATE_2019 }));
  });

  it('should list every key of each version once', () => {
    const keys = (name: string) => [...(readFileSync(join(ROOT, 'src', 'template', 'keys.generated.ts'), 'utf8').split(`export type ${name} =`)[1]!.split(';')[0]!.matchAll(/'([^']+)'/g))].map((m) => m[1]);
    expect(keys('FieldKey2021Split')).toEqual(TEMPLATE_2021.keys);
    expect(keys('FieldKey2019')).toEqual(TEMPLATE_2019.keys);
  });
});

describe('getField and isTemplateVersion', () => {
  it('should read values by dotted key as data has them, for both versions', async () => {
    for (const [file, version] of [['quirk-2019.txt', '2019'], ['quirk-tab.txt', '2021']] as const) {
      const report: TypedReport = await extract(sample(file));
      expect(report.meta.templateVersion).toBe(version);
      const flat = flattenData(report.data);
      for (const key of flat.keys()) {
        expect(getField(report, key as FieldKey)).toBe(flat.get(key));
        expect(getFieldInfo(report, key as FieldKey)).toBe(report.fields[key as keyof typeof report.fields]);
      }
      expect(isTemplateVersion(report, '2019')).toBe(version === '2019');
    }
  });

  it('should narrow data by version and give null / undefined for a key the layout lacks', async () => {
    const report = await extract(sample('quirk-2019.txt'));
    if (!isTemplateVersion(report, '2019')) throw new Error('expected a 2019 report');
    const amount: number | null = report.data.activeDisclosure.procurement.amount;
    expect(amount).toBe(getField(report, 'activeDisclosure.procurement.amount'));
    const key2019: FieldKey2019 = 'activeDisclosure.procurement.amount';
    expect(report.fields[key2019].confidence).toBeGreaterThan(0);
    // @ts-expect-error -- a 2021-only key on a report narrowed to 2019
    expect(getField(report, 'requests.otherHandling.other.total')).toBeNull();
    // @ts-expect-error -- no template has this key
    expect(getFieldInfo(report, 'requests.granted.totl')).toBeUndefined();
    const split: FieldKey2021Split = 'requests.otherHandling.overdueFee.total';
    expect(getField(report as TypedReport, split)).toBeNull(); // un-narrowed: any version's key is allowed
  });
});
