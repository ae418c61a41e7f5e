/**
 * @file The reverse side of a sheet showing through a scan (bleed-through), cleared before the
 * page pass of Chinese recognition. Pure.
 */
import type { Grey } from './image.js';
import { pageLevels } from './rulings.js';

/**
 * Share of the page's ink depth (paper to darkest ink) under which grey is paper: the reverse
 * side shows through mirrored, blurred and light, at a small share of the print's darkness (the
 * scan looks' `bleed`: 10–20 %), while the print's strokes, small grey print included, reach far
 * deeper (6.5 pt labels of a faint scan: 45 % and more). Left in, the mirrored heading beside the
 * page's own '三、收到和处理政府信息公开申请情况' (grey 232–249 on 252 paper, the heading 108–137)
 * made the page pass read neither, and the document lost every section.
 */
const BLEED_SHARE = 0.25;

/** The page with every pixel lighter than `BLEED_SHARE` of its ink depth made paper-white. */
export function clearBleed(img: Grey): Grey {
  const { paper, dark } = pageLevels(img);
  const level = paper - BLEED_SHARE * (paper - dark);
  return { ...img, data: img.data.map((v) => (v >= level ? 255 : v)) };
}
