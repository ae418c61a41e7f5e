/**
 * Reports handed over as wiki markup (pandoc -t mediawiki / asciidoc / textile / jira / dokuwiki), as a
 * spider's JSON of text nodes, and as a layout dump whose runs of spaces became tabs on some lines
 * only: read as the same report. The variants are built from the tab sample (quirk-tab.txt) and the
 * space-aligned one (quirk-layout-spaces.txt); each must give the sample's own values and title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Report } from '../src/index.js';
import { readLightMarkup } from '../src/layout/light-markup.js';
import { mixesSeparators, textToLines } from '../src/layout/text-to-lines.js';
import { ROOT } from './helpers/paths.js';

const sample = (name: string): string => readFileSync(join(ROOT, 'samples', name), 'utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = async (text: string, name: string): Promise<Report> => (await extract(bytes(text), { name })) as Report;
/** Every field's value, by its key ('requests.newReceived.total'). */
const numbers = (r: Report): Record<string, unknown> =>
  Object.fromEntries(Object.keys(r.fields).map((k) => [k, k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], r.data)]));

/** The tab sample's lines: the title, then lines of tab cells or text. */
const TAB = sample('quirk-tab.txt').split('\n');
const isRow = (l: string): boolean => l.includes('\t');

/** The tab sample as MediaWiki: each run of tab rows a `{| … |}` table, a cell per line; the title `= … =`, headings bold with spans. */
function mediaWiki(): string {
  const out: string[] = [];
  TAB.forEach((l, i) => {
    if (isRow(l)) {
      if (!isRow(TAB[i - 1] ?? '')) out.push('{|');
      out.push(...l.split('\t').map((c) => `|align="center"| ${c}`), isRow(TAB[i + 1] ?? '') ? '|-' : '|}');
    } else if (i === 0) out.push(`= ${l} =`);
    else if (/^[一二三四五六]、/.test(l)) out.push(`'''<span style="font-family:黑体">${l.slice(0, 2)}</span><span>${l.slice(2)}</span>'''`);
    else out.push(l);
  });
  return out.join('\n');
}

/** The tab sample as AsciiDoc: `|===` tables with their column count, a cell per line; the title `== …`. */
function asciiDoc(): string {
  const out: string[] = [];
  TAB.forEach((l, i) => {
    if (isRow(l)) {
      if (!isRow(TAB[i - 1] ?? '')) {
        let n = 0;
        for (let j = i; isRow(TAB[j] ?? ''); j++) n = Math.max(n, TAB[j]!.split('\t').length);
        out.push(`[cols="${Array(n).fill('^').join(',')}",]`, '|===');
      }
      let n = 0;
      for (let j = i; isRow(TAB[j] ?? ''); j--) if (!isRow(TAB[j - 1] ?? '')) for (let k = j; isRow(TAB[k] ?? ''); k++) n = Math.max(n, TAB[k]!.split('\t').length);
      const cells = l.split('\t');
      out.push(...[...cells, ...Array(n - cells.length).fill('')].map((c) => `|${c}`));
      if (!isRow(TAB[i + 1] ?? '')) out.push('|===');
    } else out.push(i === 0 ? `== ${l}` : l);
  });
  return out.join('\n');
}

describe('readLightMarkup', () => {
  it('should read a MediaWiki table as rows of cells and drop heading markup', () => {
    const t = readLightMarkup(['= 某局2023年政府信息公开工作年度报告 =', "'''<span>二、</span>主动公开'''", '{|', '|align="center"| 规章', '|align="center"| 2', '|-', '! 行政许可 !! 6,890', '|}'].join('\n'));
    expect(t.split('\n').filter((l) => l !== '')).toEqual(['某局2023年政府信息公开工作年度报告', '二、主动公开', '| 规章 | 2 |', '| 行政许可 | 6,890 |']);
  });
  it('should cut an AsciiDoc table with cells one per line by its column count, spans keeping the columns', () => {
    const t = readLightMarkup(['[cols="^,^,^,^",]', '|===', '|规章 |/ |/ |/', '|行政许可', '|215', '|', '|', '2+|合计 |1 |2', '|===', '', '*三、收到和处理*'].join('\n'));
    expect(t.split('\n').filter((l) => l !== '')).toEqual(['| 规章 | / | / | / |', '| 行政许可 | 215 |  |  |', '| 合计 |  | 1 | 2 |', '三、收到和处理']);
  });
  it('should read Textile, Jira and DokuWiki cells and headings', () => {
    expect(readLightMarkup('h1(#x){text-align:center}. 某局报告\n\n|=. 规章|=. 2|=. 1|')).toBe('某局报告\n\n| 规章 | 2 | 1 |');
    expect(readLightMarkup('h1. {anchor:a}某局报告\n||信息内容||本年制发件数||\n| 规章 | 2 |')).toBe('某局报告\n| 信息内容 | 本年制发件数 |\n| 规章 | 2 |');
    expect(readLightMarkup('====== 某局报告 ======\n^ 信息内容 ^ 本年制发件数 ^\n| 规章 | 2 |')).toBe('某局报告\n| 信息内容 | 本年制发件数 |\n| 规章 | 2 |');
  });
  it('should leave a text without wiki markup as it is', () => {
    const text = sample('quirk-layout-spaces.txt');
    expect(readLightMarkup(text)).toBe(text);
  });
});

describe('a report as wiki markup, JSON text nodes or a mixed tab/space dump', () => {
  let tab: Report;
  beforeAll(async () => {
    tab = await read(sample('quirk-tab.txt'), 'quirk-tab.txt');
    expect(Object.values(numbers(tab)).filter((v) => typeof v === 'number').length).toBeGreaterThan(150);
  });

  it.each([
    ['MediaWiki', mediaWiki],
    ['AsciiDoc', asciiDoc],
  ])('should read the tab sample written as %s as the sample, title without markup, not as OCR', async (_, make) => {
    const r = await read(make(), 'report.txt');
    expect(numbers(r)).toEqual(numbers(tab));
    expect(r.meta.title).toBe(tab.meta.title);
    expect(r.warnings.map((w) => w.code)).not.toContain('ocr_text');
  });

  it("should read a spider's JSON of text nodes (a string per cell, headings split over nodes) as the sample's values", async () => {
    const nodes = TAB.flatMap((l) => (isRow(l) ? l.split('\t').filter((c) => c !== '') : /^[一二三四五六]、/.test(l) ? [l.slice(0, 2), l.slice(2, 6), l.slice(6)].filter((s) => s) : l.trim() ? [l] : []));
    const shapes = [{ url: 'http://x.gov.cn/a.html', title: TAB[0], publish_time: '2025-01-10 09:30', content: nodes }, { data: { nodes: nodes.map((text) => ({ type: 'text', text })) } }];
    for (const shape of shapes) {
      const r = await read(JSON.stringify(shape), 'page.json');
      expect(r.meta.title).toBe(tab.meta.title);
      expect(r.sections.map((s) => s.key)).toEqual(tab.sections.map((s) => s.key));
      // Every value the sample's rows print with no blank cell comes out the same (blank cells are lost with the nodes).
      const got = numbers(r);
      const same = Object.entries(numbers(tab)).filter(([k, v]) => typeof v === 'number' && got[k] === v).length;
      expect(same).toBeGreaterThan(0.9 * Object.keys(numbers(tab)).length);
    }
  });

  it('should read a layout dump with runs of spaces turned into tabs on every other line as the dump', async () => {
    const text = sample('quirk-layout-spaces.txt');
    const mixed = text
      .split('\n')
      .map((l, i) => (i % 2 ? l.replace(/(?<=\S) {3,}(?=\S)/g, '\t') : l))
      .join('\n')
      // A column pair a single space apart in the tabbed lines, as pdftotext -layout prints narrow columns.
      .replace(/\t(\d+)\t(\d+)\t/g, '\t$1 $2\t');
    expect(mixesSeparators(mixed.split('\n'))).toBe(true);
    const line = textToLines('a   b   c\nd   e   f\ng   h   i\n标签\t2 4\t6\n标签\t5\t7\n标签\t8\t9').find((l) => l.cells[1] === '2');
    expect(line?.cells).toEqual(['标签', '2', '4', '6']);
    const [plain, r] = [await read(text, 'dump.txt'), await read(mixed, 'dump.txt')];
    expect(Object.values(numbers(plain)).filter((v) => typeof v === 'number').length).toBeGreaterThan(150);
    expect(numbers(r)).toEqual(numbers(plain));
  });
});
