/**
 * Crawler damage on text dumps: rows of a drawn table joined onto one line (layout/joined-rows.ts),
 * and digits made full-width after the dump was drawn (layout/wide-digits.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitJoinedRows } from '../src/layout/joined-rows.js';
import { asciiDigits } from '../src/layout/wide-digits.js';
import { extract } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';

/** A w3m box table (display width 20: ideographs two columns). */
const BOX = [
  '┌────────┬────┬────┐',
  '│信息内容│新收│结转│',
  '├────────┼────┼────┤',
  '│规章    │12  │3   │',
  '├────────┼────┼────┤',
  '│规范文件│7   │0   │',
  '└────────┴────┴────┘',
];

describe('rows of a drawn table joined onto one line', () => {
  it('should split box rows joined with a space, nothing or a tab back into one row per line, prose before them on its own line', () => {
    const lines = ['二、主动公开政府信息情况 ' + BOX[0]!, BOX[1]!, BOX[2]!, BOX[3]! + BOX[4]!, BOX[5]! + '\t' + BOX[6]!];
    // The width the document's single row lines show twice: 20 (ideographs two columns).
    expect(splitJoinedRows(lines)).toEqual(['二、主动公开政府信息情况', ...BOX]);
  });

  it('should split |-table rows by their bar count', () => {
    const rows = ['|规章|12|3|', '|规范文件|7|0|', '|其他|1|1|'];
    expect(splitJoinedRows([rows[0]! + ' ' + rows[1]!, rows[2]!, '|合计|20|4|'])).toEqual([...rows, '|合计|20|4|']);
  });

  it('should leave a line that splits two ways (a row of one table or two rows of another) as printed', () => {
    // Shapes 7 ('│ab│cd│') and 15 = 7 + 1 + 7: '│ab│cd│ │ef│gh│' is one 15-wide row or two 7-wide ones.
    const lines = ['│ab│cd│', '│ef│gh│', '│abcdef│123456│', '│ghijkl│654321│', '│ab│cd│ │ef│gh│'];
    expect(splitJoinedRows(lines)).toBe(lines);
  });

  it('should leave empty cells wider than one space as cells, not joints', () => {
    const lines = ['│规章    │12  │3   │', '│规范文件│7   │0   │', '│其他    │    │    │'];
    expect(splitJoinedRows(lines)).toBe(lines);
  });
});

describe('full-width digits in a text dump', () => {
  it('should read digits made full-width after the dump was drawn as ASCII (the rows are as wide as the borders then)', () => {
    const text = [...BOX.slice(0, 3), '│规章    │１２  │３   │', BOX[4]!, '│规范文件│７   │０   │', BOX[6]!, '全年共受理申请１２件，办结１１．５件。'].join('\n');
    expect(asciiDigits(text).split('\n')).toEqual([...BOX, '全年共受理申请12件，办结11.5件。']);
  });

  it('should keep full-width digits a dump tool drew two columns wide (w3m of a page printing them), and the ideographic space', () => {
    const drawn = ['┌────────┬────┬────┐', '│规章    │１２│３  │', '└────────┴────┴────┘'];
    expect(asciiDigits(drawn.join('\n'))).toBe(drawn.join('\n'));
    expect(asciiDigits('规章　１２　３')).toBe('规章　12　3');
    expect(asciiDigits('｜规章｜１２｜３｜')).toBe('|规章|12|3|');
  });
});

describe('a plain dump whose lines were joined with nothing', () => {
  it("should read '1836-4' (上一年 1836 and 本年增/减 -4 joined) as two numbers in doubt, neither trusted as printed", () => {
    const show = (cell: string): unknown[] => tokenizeCell(cell).parts.map((p) => (p.kind === 'num' ? [p.value, p.suspect === true] : p.kind === 'text' ? p.text : p.kind));
    expect(show('1836-4')).toEqual([[1836, true], '-', [4, true]]);
    // Spaced, the minus is a sign: -4, not in doubt.
    expect(show('1836 -4')).toEqual([[1836, false], [-4, false]]);
  });
});

/** `w3m` on this machine (a Debian tool; the end-to-end case skips without it). */
const hasW3m = ((): boolean => {
  try {
    execFileSync('w3m', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const maybe = hasW3m ? it : it.skip;

describe('a w3m dump with joined rows and full-width digits, end to end', () => {
  maybe('should read table 三 as from the undamaged dump, no value wrong at ≥ 0.9', async () => {
    const sample = join(process.cwd(), 'samples', 'html-cms-utf8.html');
    const dump = execFileSync('w3m', ['-dump', '-cols', '200', '-O', 'UTF-8', '-T', 'text/html', sample], { encoding: 'utf8' });
    const lines = dump.split('\n');
    // Every 3rd and 4th line joined to the line before (a space, nothing), digits full-width.
    const joined: string[] = [];
    lines.forEach((l, i) => (i % 4 === 2 ? (joined[joined.length - 1] += ' ' + l) : i % 4 === 3 ? (joined[joined.length - 1] += l) : joined.push(l)));
    const damaged = joined.join('\n').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const golden = JSON.parse(readFileSync(join(process.cwd(), 'golden', 'html-cms-utf8.golden.json'), 'utf8'));
    const report = await extract(new TextEncoder().encode(damaged), { name: 'joined.txt' });
    const fields = report.fields as Record<string, { confidence: number }>;
    const flat = (o: object, pre: string): Array<[string, unknown]> =>
      Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flat(v as object, `${pre}${k}.`) : [[`${pre}${k}`, v] as [string, unknown]]));
    const got = new Map(flat((report.data as { requests: object }).requests, 'requests.'));
    let right = 0;
    let total = 0;
    for (const [key, v] of flat(golden.data.requests, 'requests.')) {
      total++;
      if (got.get(key) === v) right++;
      else if (got.get(key) !== null && got.get(key) !== undefined) expect(fields[key]?.confidence ?? 0).toBeLessThan(0.9);
    }
    // Hand-checked: main reads 0 of them (the header and rows joined); every row splits back here.
    expect(total).toBeGreaterThan(150);
    expect(right).toBe(total);
  });
});
