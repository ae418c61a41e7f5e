/**
 * Whole documents against their goldens, through the same compare code as `xxgk compare`:
 * bundled samples always; the seed and the shared corpus when ../shared is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReport, extract, flattenData, ReportSchema, type Golden, type Report } from '../src/index.js';
import { CORPUS, describeIfExists, ROOT, SEED } from './helpers/paths.js';

async function check(file: string, goldenPath: string) {
  const report: Report = await extract(file); // the wide type: fields indexed by computed keys below
  expect(ReportSchema.safeParse(report).success).toBe(true);
  const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as Golden;
  return { report, cmp: compareReport(file, report, golden) };
}

const samples = readdirSync(join(ROOT, 'samples')).filter((f) => /\.(txt|html|pdf|docx)$/.test(f));

describe('bundled samples', () => {
  it('should have a golden for every sample', () => {
    for (const f of samples) expect(existsSync(join(ROOT, 'golden', f.replace(/\.\w+$/, '.golden.json')))).toBe(true);
  });

  it.each(samples)('%s should match its golden exactly', async (f) => {
    const { cmp } = await check(join(ROOT, 'samples', f), join(ROOT, 'golden', f.replace(/\.\w+$/, '.golden.json')));
    expect(cmp.fields.filter((x) => !x.ok)).toEqual([]);
    expect(cmp.meta).toEqual([]);
    expect(cmp.headings.found).toBe(cmp.headings.expected);
  });
});

describeIfExists(SEED)('seed report (../shared/seed)', () => {
  it('should give all 200 fields exactly, with the label-less rows flagged by position', async () => {
    const { report, cmp } = await check(join(SEED, 'yining-urban-management-2025.txt'), join(SEED, 'yining-urban-management-2025.golden.json'));
    expect(cmp.total).toBe(200);
    expect(cmp.fields.filter((x) => !x.ok)).toEqual([]);
    expect(cmp.meta).toEqual([]);
    for (const row of ['newReceived', 'carriedOver', 'granted', 'partiallyGranted']) {
      const f = report.fields[`requests.${row}.total`]!;
      expect(f.flags).toContain('position');
      expect(f.confidence).toBeLessThan(0.9);
    }
    // 结转 printed 5 of 7 values after empty cells: not taken as printed.
    const forward = report.fields['requests.carriedForward.naturalPerson']!;
    expect(forward.flags.some((f) => f === 'derived' || f === 'repaired')).toBe(true);
    expect(forward.confidence).toBeLessThan(0.9);
    expect(report.fields['requests.otherHandling.other.total']!.flags).toContain('blank');
    expect(report.fields['reviewLitigation.litigationAfterReview.total']!.confidence).toBeLessThan(0.9);
    expect(report.checks.length).toBeGreaterThan(40);
    expect(report.checks.every((c) => c.ok)).toBe(true);
  });
});

const reportFile = (d: string): string | undefined =>
  ['report.txt', 'report.html', 'report.pdf'].map((f) => join(CORPUS, d, f)).find((f) => existsSync(f));
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => reportFile(d)) : [];

describeIfExists(CORPUS)('shared corpus: text, HTML and PDF (../shared/corpus)', () => {
  it.each(corpus)('%s: every golden field right, none confidently wrong', async (d) => {
    const file = reportFile(d)!;
    const { report, cmp } = await check(file, join(CORPUS, d, 'golden.json'));
    expect(cmp.silent).toBe(0);
    expect(cmp.fields.filter((x) => !x.ok)).toEqual([]);
    expect(cmp.headings.found).toBe(cmp.headings.expected);
    const golden = JSON.parse(readFileSync(join(CORPUS, d, 'golden.json'), 'utf8')) as Golden;
    for (const key of Object.keys(golden.uncertain ?? {})) {
      expect(report.fields[key]!.flags).toContain('ambiguous');
      expect(report.fields[key]!.candidates!.length).toBeGreaterThan(1);
    }
  });
});

describeIfExists(join(CORPUS, 'hongze-2023'))('printed totals that break identities', () => {
  it('should keep hongze-2023 review totals as printed, fail their checks and lower their confidence', async () => {
    const report = await extract(join(CORPUS, 'hongze-2023', 'report.pdf'));
    expect(flattenData(report.data).get('reviewLitigation.review.total')).toBe(0);
    const failed = report.checks.filter((c) => !c.ok).map((c) => c.id);
    expect(failed).toEqual(['reviewLitigation.review.total', 'reviewLitigation.litigationAfterReview.total']);
    expect(report.fields['reviewLitigation.review.total']!.flags).toContain('checkFailed');
    expect(report.fields['reviewLitigation.review.total']!.confidence).toBeLessThan(0.9);
  });
});

/** Real reports from ../shared/incoming that the product now reads (issue 15: archive dumps). */
const INCOMING = join(ROOT, '..', 'shared', 'incoming');
const incomingRead = ['putian-smzj-2022'].filter((d) => existsSync(join(INCOMING, d, 'golden.json')));

(incomingRead.length > 0 ? describe : describe.skip)('shared incoming reports now read (../shared/incoming)', () => {
  it.each(incomingRead)('%s: every golden field right, none confidently wrong', async (d) => {
    const { cmp } = await check(join(INCOMING, d, 'report.txt'), join(INCOMING, d, 'golden.json'));
    expect(cmp.silent).toBe(0);
    expect(cmp.fields.filter((x) => !x.ok)).toEqual([]);
    expect(cmp.headings.found).toBe(cmp.headings.expected);
  });
});
