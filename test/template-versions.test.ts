/**
 * The two template versions and the （六） variants end to end: keys present per version, the
 * variant identity, negative 本年增/减, 元 → 万元, and one schema across a mixed batch.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { ALL_KEYS, templateFor } from '../src/template/index.js';
import { ROOT } from './helpers/paths.js';

const sample = (f: string): Promise<Report> => extract(join(ROOT, 'samples', f));
const keysOf = (r: Report): string[] => [...flattenData(r.data).keys()].sort();

describe('template versions', () => {
  it.each([
    ['quirk-tab.txt', '2021', 'split'],
    ['quirk-combined-six.txt', '2021', 'combined'],
    ['html-2019-cms.html', '2019', 'combined'],
    ['pdf-2019-libreoffice.pdf', '2019', 'combined'],
    ['pdf-chromium-vertical.pdf', '2021', 'combined'],
  ] as const)('%s: data holds exactly the keys of %s/%s', async (f, version, otherHandling) => {
    const r = await sample(f);
    expect(r.meta.templateVersion).toBe(version);
    expect(keysOf(r)).toEqual([...templateFor(version, otherHandling).keys].sort());
  });

  it('should never give a 2021 report a 2019 key, nor the other way round', async () => {
    const r2021 = keysOf(await sample('quirk-tab.txt'));
    const r2019 = keysOf(await sample('quirk-2019.txt'));
    expect(r2021).not.toContain('activeDisclosure.procurement.amount');
    expect(r2021).not.toContain('activeDisclosure.licensing.change');
    expect(r2019).not.toContain('activeDisclosure.regulations.issued');
    expect(r2019).toContain('requests.otherHandling.combined.total');
    expect(r2019).not.toContain('requests.otherHandling.overdueCorrection.total');
  });

  it('should sum （六） combined in the column identity of the single-row variant', async () => {
    const r = await sample('quirk-combined-six.txt');
    const check = r.checks.find((c) => c.keys.includes('requests.otherHandling.combined.total') && c.keys.includes('requests.totalHandled.total'));
    expect(check?.ok).toBe(true);
  });

  it('should read 减少N as negative and convert a 元 amount to 万元 with a flag', async () => {
    const r = await sample('quirk-2019-yuan.txt');
    const flat = flattenData(r.data);
    // Printed '行政处罚 3258 减少1 4144' and '政府集中采购 4 50615900' under 采购总金额（元）.
    expect(flat.get('activeDisclosure.punishment.change')).toBe(-1);
    expect(flat.get('activeDisclosure.procurement.amount')).toBe(5061.59);
    expect(r.fields['activeDisclosure.procurement.amount']!.flags).toContain('unitConverted');
    expect(r.fields['activeDisclosure.fees.change']!.flags).not.toContain('unitConverted');
  });

  it('should give one schema over a batch of mixed years: every key canonical, versions as detected', async () => {
    const files = readdirSync(join(ROOT, 'samples')).filter((f) => /^(quirk|html)-.*\.(txt|html)$/.test(f));
    const versions = new Set<string>();
    for (const f of files) {
      const r = await sample(f);
      versions.add(r.meta.templateVersion);
      for (const k of flattenData(r.data).keys()) expect(ALL_KEYS).toContain(k);
    }
    expect([...versions].sort()).toEqual(['2019', '2021']);
  });

  it('should say in metaFields.templateVersion whether the tables or only the year decided the version', async () => {
    const read = await sample('quirk-2019.txt');
    expect(read.metaFields?.templateVersion).toEqual({ confidence: 0.95, flags: [], source: { from: 'tables' } });
    // Headings, a title and prose, but no table header word of either template: the year decides, unconfirmed.
    const text = ['示例县财政局2023年政府信息公开工作年度报告', '一、总体情况', '本机关依法公开政府信息。', '二、主动公开政府信息情况', '无表格。', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'].join('\n');
    const assumed = await extract(new TextEncoder().encode(text), { name: 'prose.txt', format: 'text' });
    expect(assumed.meta.templateVersion).toBe('2021');
    expect(assumed.warnings.map((w) => w.code)).toContain('template_from_year');
    expect(assumed.metaFields?.templateVersion).toEqual({ confidence: 0.5, flags: ['unconfirmed'], source: { from: 'year' } });
  });
});
