/**
 * @file The rendered page (RGBA) → grey, with a scanner's red dropout: seals and stamps are red
 * ink over the print, and by luma a red seal (~210/40/50) is grey ~90, as dark as the digits under
 * it — its ring read as ink across table cells and its disc broke ruling runs. Saturated red
 * pixels are taken by their red channel instead (the seal comes out light grey, paper-like); black
 * print under the seal stays black (a multiplied overprint is not red). Grey scans are unchanged.
 */
import type { Grey } from './image.js';

/**
 * Red minus the larger of green and blue above which a pixel is red ink (a seal), grey by its red
 * channel. Paper tints, JPEG chroma noise and black print stay below it.
 */
const RED_INK = 60;

/** RGBA (canvas) → grey: luma, or the red channel for red ink (`RED_INK`). */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Grey {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const [r, g, b] = [rgba[j]!, rgba[j + 1]!, rgba[j + 2]!];
    const a = rgba[j + 3]! / 255;
    const y = r - Math.max(g, b) >= RED_INK ? r : 0.299 * r + 0.587 * g + 0.114 * b;
    data[i] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data };
}
