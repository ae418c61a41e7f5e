/**
 * @file Table 三's block headings: '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理', printed
 * on a row of their own or before a block's first sub-row, sometimes after the section's own
 * heading ('三、本年度办理结果 （三）不予公开'). A heading names a block, not a row: where the template
 * has no row of that wording, its text is no fuzzy match of another row's label. '不予公开' is one
 * character from '予以公开' (score 0.71): a Chromium `writing-mode: vertical-rl` print whose
 * （一）予以公开 row went to another page had the lone heading row '三、本年度办理结果 （三）不予公开'
 * (cells empty) matched to 予以公开 and read as its zeros.
 */
import { REQUEST_BLOCK_HEADINGS as HEADINGS, REQUEST_OUTCOME_SECTION as SECTION } from '../template/requests.js';

/** The block heading a normalized label is, alone or after the section heading ('本年度办理结果不予公开' → '不予公开'), or null. */
export function blockHeading(norm: string): string | null {
  const bare = norm.startsWith(SECTION) ? norm.slice(SECTION.length) : norm;
  return HEADINGS.includes(bare) ? bare : null;
}
