/**
 * A crawler's tag strip of a report page whose label cells wrap their text in `<p>` and whose value
 * cells do not (scripts/text-browser-variants.mjs `tagstrip-p`): each row's label on a line, its values
 * run together on the next ('（一）予以公开' / '072000072'). Read as lone values those runs were one value
 * copied into every column ('collapsed', 72000072 in each cell, or ambiguous); joined to their label's
 * line they are glued rows the segmentation search reads with the row's identities (layout/lone-runs).
 */
import { joinLoneRuns } from '../src/layout/lone-runs.js';

const STRIP = [
  '三、收到和处理政府信息公开申请情况',
  '自然人', '法人或其他组织', '总计',
  '一、本年新收政府信息公开申请数量', '1259373145884991887',
  '二、上年结转政府信息公开申请数量', '1000001',
  '（一）予以公开', '072000072',
  '1.属于国家秘密', '0006006',
  '2.其他法律行政法规禁止公开', '031280950',
  '3.危及“三安全一稳定”', '0000000',
];

describe('tag-strip lone runs', () => {
  it('joins each run to its label line where the dump shows the shape (fails before: no such step)', () => {
    const out = joinLoneRuns(STRIP.join('\n')).split('\n');
    expect(out).toContain('一、本年新收政府信息公开申请数量 1259373145884991887');
    expect(out).toContain('（一）予以公开 072000072');
    expect(out).toContain('3.危及“三安全一稳定” 0000000');
    expect(out).toContain('法人或其他组织');
  });

  it('leaves a one-cell-per-line stream and a dump with few runs as they were', () => {
    const stream = ['（一）予以公开', '0', '72', '0', '0', '0', '0', '72', '（二）部分公开', '1', '0', '0', '0', '0', '0', '1'].join('\n');
    expect(joinLoneRuns(stream)).toBe(stream);
    const few = STRIP.slice(0, 8).join('\n');
    expect(joinLoneRuns(few)).toBe(few);
  });
});
