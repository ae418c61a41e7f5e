/**
 * @file The six standard headings as data: canonical wording plus variants seen in real reports.
 * Matching is on normalized text (see `normalizeLabel`), so numbering and punctuation are ignored.
 */
import type { SectionKey } from '../schema/report.js';

/** Canonical headings in template order, with variants (normalized forms). */
export const SECTION_HEADINGS: readonly { key: SectionKey; numeral: string; titles: readonly string[] }[] = [
  { key: 'overview', numeral: '一', titles: ['总体情况', '概述', '基本情况'] },
  { key: 'activeDisclosure', numeral: '二', titles: ['主动公开政府信息情况', '主动公开政府信息'] },
  { key: 'requests', numeral: '三', titles: ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请'] },
  {
    key: 'reviewLitigation',
    numeral: '四',
    titles: [
      '政府信息公开行政复议行政诉讼情况',
      '因政府信息公开申请提起行政复议行政诉讼的情况',
      '政府信息公开行政复议和行政诉讼情况',
      '行政复议行政诉讼情况',
    ],
  },
  {
    key: 'problems',
    numeral: '五',
    titles: ['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进措施', '存在的主要问题和改进情况'],
  },
  { key: 'other', numeral: '六', titles: ['其他需要报告的事项', '其他需要报告事项'] },
];

/**
 * A heading line: optional markdown '#', a numbering (一、 / （一） / 1. / none), then the title.
 * Group 1 is the numeral, group 2 the title.
 */
export const HEADING_LINE = /^\s*#{0,6}\s*(?:[（(]?\s*([一二三四五六七八九十]|\d{1,2})\s*[)）]?\s*[、.．,，:：]?)?\s*(.+?)\s*$/;

/** chars. A heading title longer than this is running text (unless it starts with a title). */
export const MAX_HEADING_CHARS = 40;

/** Below this similarity a line is not taken as a heading. */
export const MIN_HEADING_SCORE = 0.72;
