/**
 * @file The direction a page's text runs, as displayed. A landscape table saved with /Rotate, a
 * page turned in a viewer and saved, a scanner's 180° or content drawn rotated (Ghostscript, some
 * printers) all show text that runs down, up or right-to-left on the displayed page. Each page is
 * read in the direction most of its characters run: the display frame (pdf.js viewport, top-left
 * origin) is turned by 90°, 180° or 270° so that text runs left to right, and text items and
 * rulings both go through the turned frame.
 */
import { multiply, type Matrix } from './graphics-state.js';
import { baselineAngle, pageTilt, untilt } from './tilt.js';

/** Clockwise quarter turns, in degrees, by which the page's text is turned on the display. */
export type Rotation = 0 | 90 | 180 | 270;

/** The frame a page is read in: PDF user space → top-left page coordinates (pt), and the page size there. */
export interface ReadingFrame {
  transform: Matrix;
  width: number;
  height: number;
  /** How far the page's text was turned on the display (0: read as displayed). */
  rotation: Rotation;
  /** Degrees by which the text was tilted in the turned frame and turned back (0: none; `tilt.ts`). */
  tilt: number;
}

/**
 * Share of the page's characters that must run in one turned direction for the page to be read
 * turned. Rotated labels in an upright table (a group label set vertically) are a minority; a
 * turned page has nearly all its text one way.
 */
const DOMINANT_SHARE = 0.6;

/** The quarter turn of a run's baseline in the display frame (y down), or null when it is skewed. */
function runRotation(transform: Matrix, display: Matrix): Rotation | null {
  const angle = baselineAngle(transform, display);
  const quarter = Math.round(angle / 90);
  if (Math.abs(angle - quarter * 90) > 10) return null;
  return ((((quarter % 4) + 4) % 4) * 90) as Rotation;
}

/**
 * Turns the display frame so that text running `rotation` degrees clockwise runs left to right.
 * `width`/`height` are the displayed page's; the turned page keeps its content in positive coordinates.
 */
function turn(rotation: Rotation, width: number, height: number): Matrix {
  switch (rotation) {
    case 90:
      return [0, -1, 1, 0, 0, width]; // x' = y, y' = W − x
    case 180:
      return [-1, 0, 0, -1, width, height];
    case 270:
      return [0, 1, -1, 0, height, 0]; // x' = H − y, y' = x
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}

/**
 * The reading frame of a page from its text runs (`transform` in PDF user space, `str` weighing by
 * characters) and its display viewport (pdf.js `viewport.transform` at scale 1, width, height).
 */
export function readingFrame(runs: readonly { str: string; transform: Matrix }[], display: { transform: Matrix; width: number; height: number }): ReadingFrame {
  const weight = new Map<Rotation, number>();
  let total = 0;
  for (const r of runs) {
    const n = r.str.trim().length;
    if (n === 0) continue;
    total += n;
    const rot = runRotation(r.transform, display.transform);
    if (rot !== null) weight.set(rot, (weight.get(rot) ?? 0) + n);
  }
  let rotation: Rotation = 0;
  for (const [rot, n] of weight) if (rot !== 0 && n > DOMINANT_SHARE * total) rotation = rot;
  const sideways = rotation === 90 || rotation === 270;
  const width = sideways ? display.height : display.width;
  const height = sideways ? display.width : display.height;
  const turned = multiply(display.transform, turn(rotation, display.width, display.height));
  const tilt = pageTilt(runs, turned);
  return { transform: untilt(turned, tilt, width, height), width, height, rotation, tilt };
}
