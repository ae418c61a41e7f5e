/**
 * A text dump with one table cell per line, each value line indented by a tab (a browser's
 * innerText of a table): the tab is indentation, not an empty first cell; the report reads as
 * without the tabs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitCells } from '../src/layout/text-to-lines.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
/** quirk-tab with every cell on its own line, the cells after the first indented by a tab. */
const oneCellPerLine = tab.split('\n').flatMap((l) => { const [first, ...rest] = l.split('\t'); return [first!, ...rest.map((c) => `\t${c}`)]; }).join('\n');

describe('tab-indented lines', () => {
  it('should read a tab around one cell as indentation', () => {
    expect(splitCells('\t62')).toEqual({ cells: ['62'], separated: false });
    expect(splitCells('\t0\t0').cells).toEqual(['', '0', '0']);
  });

  it('should read a one-cell-per-line dump with tab-indented values like the same dump without tabs', async () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const indented = await extract(enc(oneCellPerLine), { name: 'indented.txt' });
    const plain = await extract(enc(oneCellPerLine.replace(/^\t/gm, '')), { name: 'plain.txt' });
    const missing = Object.values(indented.fields).filter((f) => f.flags.includes('missing')).length;
    expect(missing).toBe(0);
    expect(flattenData(indented.data)).toEqual(flattenData(plain.data));
    expect(indented.confidence).toBeGreaterThan(0.9);
  });
});
