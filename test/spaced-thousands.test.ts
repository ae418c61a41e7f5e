/**
 * A number letter-spaced around its thousands comma (CSS letter-spacing: '1 , 6 4 9' in a text dump,
 * '1 ,649' on the PDF line) is one number; read apart its head ('1') had been the value at 0.85
 * (tables/tokenize-cell `joinSpacedThousands`).
 */
import { joinSpacedThousands, tokenizeCell } from '../src/tables/tokenize-cell.js';

const values = (cell: string): number[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'num' ? [p.value] : []));

/** Every character of a grouped number one space apart, as letter-spacing prints it. */
const spaced = (n: number): string => n.toLocaleString('en-US').split('').join(' ');

describe('joinSpacedThousands', () => {
  it.each([1649, 2612, 14051, 123456, 1234567])('should read %d letter-spaced as one number', (n) => {
    expect(values(spaced(n))).toEqual([n]);
    expect(values(`${spaced(n)}   7`)).toEqual([n, 7]);
  });

  it('should read a PDF line cell with a space before the comma or between digits as one number', () => {
    expect(values('1 ,649')).toEqual([1649]);
    expect(values('２,６ １ ２')).toEqual([2612]);
  });

  it('should leave apart what is not one grouped number', () => {
    // A list's comma, a group of fewer than three digits, a digit right after the last group.
    expect(joinSpacedThousands('12, 345')).toBe('12, 345');
    expect(joinSpacedThousands('1 , 6 4')).toBe('1 , 6 4');
    expect(joinSpacedThousands('1 , 6 4 9 3')).toBe('1 , 6 4 9 3');
    expect(joinSpacedThousands('1,649')).toBe('1,649');
    // Two cells one space apart, each a number.
    expect(values('1 2,345 6')).toEqual([1, 2345, 6]);
    expect(values('12 3,456')).toEqual([12, 3456]);
  });
});
