/**
 * wrap49: a wrapped row label's tail on another row's line (fresh49 k1 pandoc / LibreOffice .docx / Chromium A4 prints of
 * mostly-blank tables): '办理 （七）总计 他 10 … 10' — 四、结转下年度继续办理's tail '办理' on （七）总计's line, its head joined
 * from the line below — matched 结转下年度 in part and put 总计's values there at 0.85; '（七）总计 3.其他 4 6 2 … 17' read as
 * 3.其他 at 0.88. A numbered label is a whole row label whatever its length, and a row number inside a run-together label
 * starts a piece of its own: map/join-fragments namedRowsInLabel, which map/table-rows reads as RowEvidence namesSeveral
 * (score SEVERAL_NAMED_CAP) when the line names two rows, or one row whole that is not the row its label matched.
 * Generator: scripts/blank-band-variants.mjs make DIR --sparse --printer pandoc.
 */
import { TEMPLATE_2021 } from '../src/index.js';
import { namedRowsInLabel } from '../src/map/join-fragments.js';

const specs = TEMPLATE_2021.requestRows;
const named = (label: string): string[] => [...namedRowsInLabel(label, specs)].map((i) => specs[i]!.key).sort();

describe('namedRowsInLabel (wrap49)', () => {
  it('should count a numbered short label as its row whole beside a wrapped tail', () => {
    expect(named('办理 (七)总计 他')).toEqual(['totalHandled']);
    expect(namedRowsInLabel('（七）总计 3.其他', specs).size).toBe(2);
  });

  it('should cut a run-together label at a bracketed row number inside it', () => {
    const keys = named('三、本年(一)予以公开度办理结(二)部分公开(区分处理果 的,只计这一情形,不计其他情形) 1.属于国家秘密');
    expect(keys).toContain('partiallyGranted');
    expect(keys).toContain('denied.stateSecret');
  });

  it('should still read a header word and a single whole label as before', () => {
    expect(named('总计')).toEqual([]);
    expect(named('四、结转下年度继续办理')).toEqual(['carriedForward']);
    expect(named('（七）总计')).toEqual(['totalHandled']);
  });
});
