/**
 * A searchable scan (`pdf/invisible-text.ts` `isOcrLayerPage`): a page-covering picture under text
 * drawn mostly in render mode 3 is another program's OCR layer — the loader reads such a page again
 * by its own OCR (`--ocr auto`). Told from the operator list: the render mode followed through q/Q,
 * and the painted images' sizes; a typed page, a page with a small picture, or shown text over a
 * picture is no such layer.
 */
import { isOcrLayerPage } from '../src/pdf/invisible-text.js';

const codes = { setTextRenderingMode: 1, save: 2, restore: 3 };
const SHOW = 4;
const shows = new Set([SHOW]);
const page = { width: 595, height: 842 };
const full = [{ width: 595, height: 842 }];
const seal = [{ width: 120, height: 120 }];

/** An operator list from [fn, args] pairs. */
const list = (ops: [number, unknown[] | null][]): { fnArray: number[]; argsArray: unknown[] } => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) });
const showRuns = (n: number): [number, unknown[] | null][] => Array.from({ length: n }, () => [SHOW, []]);

describe('OCR text layer page', () => {
  it('should find invisible text over a page-sized picture', () => {
    expect(isOcrLayerPage(list([[1, [3]], ...showRuns(20)]), codes, shows, full, page)).toBe(true);
  });

  it('should not find a layer under shown text or without a page-sized picture', () => {
    expect(isOcrLayerPage(list(showRuns(20)), codes, shows, full, page)).toBe(false);
    expect(isOcrLayerPage(list([[1, [3]], ...showRuns(20)]), codes, shows, seal, page)).toBe(false);
    expect(isOcrLayerPage(list([[1, [3]], ...showRuns(20)]), codes, shows, [], page)).toBe(false);
  });

  it('should follow the render mode through save and restore', () => {
    // Invisible inside q…Q for two runs, then shown text for twenty: a few hidden runs are no layer.
    const ops = list([[2, null], [1, [3]], ...showRuns(2), [3, null], ...showRuns(20)]);
    expect(isOcrLayerPage(ops, codes, shows, full, page)).toBe(false);
    expect(isOcrLayerPage(list([[1, [7]], ...showRuns(5)]), codes, shows, full, page)).toBe(true);
  });
});
