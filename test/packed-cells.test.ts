/**
 * Several table rows packed into one row, one line of each cell per row (a marker-style markdown
 * table with `<br>`, an HTML cell with `<br>`): read as those rows, and left as printed when the
 * packing does not say which value is which row's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unpackRows } from '../src/layout/packed-cells.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';
import { build, measure } from '../scripts/packed-variants.mjs';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** quirk-tab's numbered sub-rows of each block of table 三 packed into the block's row: [group, items, values…] as lines. */
function packedRows(text: string): (string | string[][])[] {
  const out: (string | string[][])[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    const last = out.at(-1);
    if (/^[2-9]\./.test(cells[0]!) && Array.isArray(last) && /^1\./.test(last[1]![0]!)) {
      cells.forEach((c, i) => last[i + 1]!.push(c));
    } else if (/^（[三四五六]）/.test(cells[0]!) && /^1\./.test(cells[1] ?? '')) out.push(cells.map((c) => [c]));
    else out.push(line);
  }
  return out;
}

const asMarkdown = (text: string): string =>
  packedRows(text).map((r) => (typeof r === 'string' ? (r.includes('\t') ? `| ${r.split('\t').join(' | ')} |` : r) : `| ${r.map((c) => c.join('<br>')).join(' | ')} |`)).join('\n');

function asHtml(text: string): string {
  const body = packedRows(text).map((r) => {
    if (typeof r !== 'string') return `<tr>${r.map((c) => `<td>${c.join('<br>')}</td>`).join('')}</tr>`;
    return r.includes('\t') ? `<tr>${r.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>` : `</table><p>${r}</p><table border="1">`;
  });
  return `<html><head><meta charset="utf-8"></head><body><table>${body.join('\n')}</table></body></html>`;
}

describe('rows packed in one row', () => {
  it('should take apart rows whose label and value cells hold as many lines, a group label staying in the first', () => {
    expect(unpackRows([['（三）不予公开'], ['1.a', '2.b'], ['0', '3'], ['5', '/']])).toEqual([
      ['（三）不予公开', '1.a', '0', '5'],
      ['', '2.b', '3', '/'],
    ]);
  });

  it('should leave a row as printed when a value cell is not packed like the others, or only values are packed', () => {
    expect(unpackRows([['1.a', '2.b'], ['0', '3'], ['5', '6'], ['11']])).toBeNull();
    expect(unpackRows([['1.a', '2.b'], ['0', '3', '4'], ['5', '6']])).toBeNull();
    expect(unpackRows([['规章'], ['0', '3'], ['5', '6']])).toBeNull();
    expect(unpackRows([['1.a', '2.b'], ['0', '3'], ['12']])).toBeNull();
  });

  it('should join a label cell\'s wrapped lines into as many labels as the value cells hold lines, at the lines starting numbered items', () => {
    expect(unpackRows([['（三）不予公开'], ['1.属于国家秘密', '2.其他法律行', '政法规禁止公开'], ['0', '3'], ['5', '/']])).toEqual([
      ['（三）不予公开', '1.属于国家秘密', '0', '5'],
      ['', '2.其他法律行政法规禁止公开', '3', '/'],
    ]);
    expect(unpackRows([['（一）予以公开', '（二）部分公开（区分处理的，', '只计这一情形）'], ['1', '2'], ['3', '4']])?.map((r) => r[0])).toEqual(['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形）']);
  });

  it('should leave a wrapped label cell as printed when its numbered lines are not as many as the values, not in sequence, or not first', () => {
    expect(unpackRows([['属于国家秘密', '其他法律行', '政法规禁止公开'], ['0', '3'], ['5', '6']])).toBeNull();
    expect(unpackRows([['1.属于国家秘密', '2.其他法律行', '3.政法规禁止公开'], ['0', '3'], ['5', '6']])).toBeNull();
    expect(unpackRows([['1.属于国家秘密', '3.其他法律行', '政法规禁止公开'], ['0', '3'], ['5', '6']])).toBeNull();
    expect(unpackRows([['属于', '1.国家秘密', '2.其他'], ['0', '3'], ['5', '6']])).toBeNull();
  });

  it('should read generated packed tables (seeds 500..519): none wrong at ≥ 0.9, every one without a trap read whole', async () => {
    for (let seed = 500; seed < 520; seed++) {
      const v = build(seed);
      const m = await measure(v, { extract, flattenData });
      expect({ seed, wrong: m.wrong }).toEqual({ seed, wrong: 0 });
      if (v.trap === 'none') expect({ seed, right: m.right }).toEqual({ seed, right: 175 });
    }
  }, 120000);

  for (const [name, render] of [['markdown', asMarkdown], ['html', asHtml]] as const) {
    it(`should read the tab sample with table 三's sub-rows packed (${name}) as the tab sample reads`, async () => {
      const packed = render(tab);
      expect(packed).toContain('1.属于国家秘密<br>2.其他法律行政法规禁止公开');
      const report = await extract(enc(packed), { name: `packed.${name === 'html' ? 'html' : 'md'}` });
      expect(flattenData(report.data)).toEqual(flattenData((await extract(enc(tab), { name: 'tab.txt' })).data));
      expect(report.confidence).toBeGreaterThan(0.9);
    });
  }
});
