/**
 * Table 三's header band as Chromium printed it borderless, its columns permuted (自然人 法律服务机构 社会公益组织 商业企业
 * 科研机构 其他 总计) in narrow cells, 12 pt: copied by hand from the trace of scripts/header-variants.mjs seed 2 (pt). Shared
 * by the suites that pin how pdf/header-band.ts reads such a band (test/header-band, test/partly-printed-bands).
 */
import type { PdfItem } from '../../src/pdf/pdf-lines.js';

/** A text item (pt): its text, left and right edges, top; 12 pt unless `size`. */
export const item = (str: string, x: number, end: number, top: number, size = 12): PdfItem => ({ str, x, width: end - x, top, height: size, size });

export const HEADING = [item('三、收到和处理政府信息公开申请情况', 36.8, 252.8, 222)];
/** The group header 法人或其他组织 as printed on one line. */
export const WHOLE_GROUP = [item('法', 430, 442, 310.5), item('人', 442, 454, 310.5), item('或其他组织', 454, 514, 310.5)];

/** The band, its group header given as `group`. */
export const requestBand = (group: readonly PdfItem[] = WHOLE_GROUP): PdfItem[] => [
  item('申请人情况', 441, 501, 265.5),
  item('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项', 36.8, 360.8, 310.5),
  item('加第四项之和）', 156.8, 240.8, 328.5),
  item('自', 370.6, 382.6, 324), item('然', 370.6, 382.6, 342), item('人', 370.6, 382.6, 360),
  ...group,
  item('总', 560.4, 572.4, 333), item('计', 560.4, 572.4, 351),
  item('法律服', 392.2, 428.2, 355.5), item('务机构', 392.2, 428.2, 373.5),
  item('社会公', 433.7, 469.7, 355.5), item('益组织', 433.7, 469.7, 373.5),
  item('商业', 475.9, 499.9, 355.5), item('企业', 475.9, 499.9, 373.5),
  item('科研', 506.8, 530.8, 355.5), item('机构', 506.8, 530.8, 373.5),
  item('其', 538.4, 550.4, 355.5), item('他', 538.4, 550.4, 373.5),
];
/** Where each column's numbers stand (pt: left, right), in printed order. */
export const NUMBER_X: [number, number][] = [[370.6, 382.6], [404.2, 416.2], [448.7, 454.7], [481.9, 493.9], [515.8, 521.8], [538.4, 550.4], [557.4, 575.4]];
/** The band's leaves in printed order. */
export const LEAVES = ['自然人', '法律服务机构', '社会公益组织', '商业企业', '科研机构', '其他', '总计'];
