/**
 * `cleanTitle`'s keepNumber asked lazily (speed47, issue 17): `titleOnLine` cleaned the line above
 * every line it read (`numberContinues`: that line's whole cleaning, a dozen patterns) to know
 * whether a bare leading number stays, and the answer matters only for a line that starts with one.
 * Now it passes a function, asked once, and only then; the text comes out as with the boolean.
 */
import { cleanTitle } from '../src/meta/title.js';

const LINES = ['3云岭市白沙区财政局2023年政府信息公开工作年度报告', '## 3云岭市白沙区财政局2023年政府信息公开工作年度报告', '云岭市白沙区财政局2023年政府信息公开工作年度报告', '标题：12某某局2021年度政府信息公开工作年度报告'];

describe('cleanTitle with keepNumber asked lazily', () => {
  it('reads as with the boolean the function answers', () => {
    for (const line of LINES) {
      for (const keep of [true, false]) expect(cleanTitle(line, () => keep)).toEqual(cleanTitle(line, keep));
    }
  });

  it('asks only about a line with a bare leading number, and once', () => {
    const asked = LINES.map((line) => {
      let n = 0;
      cleanTitle(line, () => (n++, false));
      return n;
    });
    expect(asked).toEqual([1, 1, 0, 1]);
  });
});
