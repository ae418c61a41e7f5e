/**
 * @file What real office scans do that a clean grey render does not, as ImageMagick `convert`
 * arguments for one page (used by `make-scans.mjs --look`). Each look draws its parameters from the
 * variant's generator, so a seed gives the same scan every run:
 * - `stamp`: a red seal (ring, star, agency text) over the middle of the page, often across table
 *   cells, multiplied into the print (ink under it stays dark); the scan is kept in colour
 *   (`colour`) unless `grey` is listed too (then the seal is a dark grey disc edge);
 * - `smudge`: a seal's filled impression (a disc ~14 mm across in the seal colour at 45–60 % strength)
 *   over the middle of the page, on table cells and their digits alike (with `grey`, a grey disc ~150);
 * - `photocopy`: uneven background (a blurred plasma field), dark bands at one or two page edges,
 *   toner specks;
 * - `bleed`: the reverse side showing through (the page mirrored, blurred, light);
 * - `faint`: faint toner (black printed as grey 90–140);
 * - `perspective`: a slight keystone (corners moved by up to 0.6% of the page);
 * - `bw`: 1-bit black and white (a fax or "text" scan mode), thresholded at 45–60%.
 * - `border`: the dark glass around a sheet scanned a little askew or smaller than the glass — an
 *   uneven dark band (0.5–5 mm, ragged every ~1 mm, grey 10–70) along every side;
 * - `vignette`: a phone photo's uneven light — the page darkening towards its corners (to 55–70 % at
 *   the corners) and towards one side (to 80–90 %);
 * - `contrast`: low contrast — grey ink on grey paper (black printed as grey 25–40 %, the paper at
 *   85–95 %: ~55–65 % of the full range);
 * - `speckle`: a dirty copy — the page lightened (white at 80–92 % of the scale), salt-and-pepper
 *   specks over it all (ImageMagick's Impulse noise at 0.25–0.5), softened by a 0.3–0.7 px blur;
 * - `holes`: the two punch holes of a filed sheet (dark discs 5.5–7 mm across, 10–14 mm from the
 *   left edge, 80 mm apart; at the top edge on one page in four).
 * - `crop`: the sheet laid off the glass — one side of every page cut away (6–14 mm of the left or right
 *   side, or 8–20 mm of the top or bottom; the side drawn per scan): a table printed near that margin loses
 *   its outer ruling, or its outer column's edge.
 * Rotation comes from `--skew LO-HI` (degrees, either sign), JPEG quality from `--quality`.
 */

/** The looks `make-scans.mjs --look` accepts. */
export const LOOKS = ['stamp', 'smudge', 'grey', 'photocopy', 'bleed', 'faint', 'perspective', 'bw', 'border', 'holes', 'vignette', 'contrast', 'speckle', 'crop'];

const SEAL_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

/** A five-pointed star (polygon points) centred at (cx, cy) with outer radius r. */
function star(cx, cy, r) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}

/**
 * Parameters of the looks for one variant (drawn once, so every page of a scan shares its
 * scanner's settings; per-page placement is drawn in `pageArgs`).
 */
export function drawLook(looks, rnd) {
  const pick = (lo, hi) => lo + rnd() * (hi - lo);
  return {
    looks,
    colour: (looks.includes('stamp') || looks.includes('smudge')) && !looks.includes('grey') && !looks.includes('bw'),
    bgLow: Math.round(pick(72, 88)),
    edges: Math.floor(pick(1, 3)),
    bleedLevel: Math.round(pick(80, 90)),
    faint: Math.round(pick(35, 55)),
    threshold: Math.round(pick(45, 60)),
    sealRed: [Math.round(pick(190, 230)), Math.round(pick(20, 70)), Math.round(pick(30, 70))],
    // Drawn only for this look, so the draws of the other looks stay as they were for a seed.
    ...(looks.includes('contrast') ? { contrast: [Math.round(pick(25, 40)), Math.round(pick(85, 95))] } : {}),
    ...(looks.includes('crop') ? { crop: { side: ['left', 'right', 'top', 'bottom'][Math.floor(rnd() * 4)], mm: pick(6, 14), tall: pick(8, 20) } } : {}),
    ...(looks.includes('speckle') ? { speckle: { light: Math.round(pick(80, 92)), amount: Math.round(pick(25, 50)) / 100, blur: Math.round(pick(3, 7)) / 10 } } : {}),
  };
}

/**
 * `convert` arguments turning the page image `input` (w × h px at `dpi`) into the degraded page:
 * everything between the input and the noise/rotation the caller adds. `page` and `rnd` place the
 * per-page parts (the seal, the dark edges).
 */
export function pageArgs(look, { w, h, dpi }, rnd) {
  const args = [];
  const has = (l) => look.looks.includes(l);
  const pick = (lo, hi) => lo + rnd() * (hi - lo);
  if (has('bleed')) {
    // The reverse side: this page mirrored (its layout is a report page's), blurred and light.
    args.push('(', '+clone', '-flop', '-blur', `0x${(dpi / 60).toFixed(1)}`, '+level', `${look.bleedLevel}%,100%`, ')', '-compose', 'Multiply', '-composite');
  }
  if (has('faint')) args.push('+level', `${look.faint}%,100%`);
  if (has('contrast')) args.push('+level', `${look.contrast[0]}%,${look.contrast[1]}%`);
  if (has('speckle')) {
    // A dirty copy: the page lightened, salt-and-pepper specks over it all (single pixels), softened by a slight blur.
    const { light, amount, blur } = look.speckle;
    args.push('-level', `0%,${light}%`, '-attenuate', String(amount), '+noise', 'Impulse', '-colorspace', 'Gray', '-blur', `0x${blur}`);
  }
  if (has('photocopy')) {
    // Uneven paper: a smooth random field between bgLow% and 100%.
    args.push('(', '-size', `${Math.ceil(w / 8)}x${Math.ceil(h / 8)}`, 'plasma:grey70-white', '-colorspace', 'Gray', '-blur', '0x6', '-resize', `${w}x${h}!`, '-auto-level', '+level', `${look.bgLow}%,100%`, ')', '-compose', 'Multiply', '-composite');
    // Dark page edges: the copier's lid shadow, blurred bands at one or two sides.
    const edge = ['(', '-size', `${w}x${h}`, 'xc:white', '-fill', 'black'];
    const sides = ['left', 'right', 'top', 'bottom'].sort(() => rnd() - 0.5).slice(0, look.edges);
    for (const side of sides) {
      const t = Math.round(pick(0.01, 0.035) * Math.min(w, h));
      const r = { left: [0, 0, t, h], right: [w - t, 0, w, h], top: [0, 0, w, t], bottom: [0, h - t, w, h] }[side];
      edge.push('-draw', `rectangle ${r.join(',')}`);
    }
    edge.push('-blur', `0x${(dpi / 25).toFixed(1)}`, ')', '-compose', 'Multiply', '-composite');
    args.push(...edge);
    // Toner specks.
    args.push('(', '-size', `${w}x${h}`, 'xc:white', '-attenuate', '0.02', '+noise', 'Impulse', '-colorspace', 'Gray', '-threshold', '50%', ')', '-compose', 'Multiply', '-composite');
  }
  if (has('stamp') && rnd() < 0.75) {
    // A seal ~42 mm across, somewhere over the middle of the page (tables and text alike).
    const r = Math.round((21 / 25.4) * dpi);
    const cx = Math.round(pick(0.25, 0.75) * w);
    const cy = Math.round(pick(0.2, 0.8) * h);
    const [R, G, B] = look.sealRed;
    const colour = `rgb(${R},${G},${B})`;
    const stroke = Math.max(2, Math.round(dpi / 50));
    const size = Math.round(r * 0.26);
    args.push('(', '-size', `${w}x${h}`, 'xc:white', '-fill', 'none', '-stroke', colour, '-strokewidth', String(stroke), '-draw', `circle ${cx},${cy} ${cx + r},${cy}`,
      '-stroke', 'none', '-fill', colour, '-draw', `polygon ${star(cx, cy, r * 0.28)}`,
      '-font', SEAL_FONT, '-pointsize', String(Math.round((size * 72) / dpi)), '-density', String(dpi), '-gravity', 'NorthWest',
      '-annotate', `+${cx - Math.round(size * 2.5)}+${cy - Math.round(r * 0.8)}`, '人民政府办公',
      '-annotate', `+${cx - Math.round(size * 2)}+${cy + Math.round(r * 0.35)}`, '信息公开章',
      '-blur', '0x0.6', ')', '-compose', 'Multiply', '-composite');
  }
  if (has('smudge')) {
    const r = Math.round((7 / 25.4) * dpi);
    const cx = Math.round(pick(0.3, 0.8) * w);
    const cy = Math.round(pick(0.25, 0.75) * h);
    const [R, G, B] = look.sealRed;
    args.push('(', '-size', `${w}x${h}`, 'xc:white', '-fill', `rgba(${R},${G},${B},${pick(0.45, 0.6).toFixed(2)})`, '-draw', `circle ${cx},${cy} ${cx + r},${cy}`, ')', '-compose', 'Multiply', '-composite');
  }
  if (has('vignette')) {
    const corner = Math.round(pick(55, 70));
    const side = Math.round(pick(80, 90));
    const r = Math.round(Math.hypot(w, h) / 2);
    args.push('(', '-size', `${2 * r}x${2 * r}`, `radial-gradient:white-gray(${corner}%)`, '-gravity', 'center', '-crop', `${w}x${h}+0+0`, '+repage', ')', '-compose', 'Multiply', '-composite');
    args.push('(', '-size', `${h}x${w}`, `gradient:white-gray(${side}%)`, '-rotate', rnd() < 0.5 ? '90' : '-90', ')', '-compose', 'Multiply', '-composite');
  }
  if (has('border')) {
    const mm = dpi / 25.4;
    const step = Math.max(1, Math.round(mm));
    const band = ['(', '-size', `${w}x${h}`, 'xc:white'];
    const deep = [pick(0.5, 2.5), pick(0.5, 2.5), pick(0.5, 2.5), pick(0.5, 2.5)];
    const grey = () => `gray(${Math.round(pick(10, 70))})`;
    for (let x = 0; x < w; x += step) {
      band.push('-fill', grey(), '-draw', `rectangle ${x},0 ${x + step - 1},${Math.round((deep[0] + pick(0, 2.5)) * mm)}`);
      band.push('-fill', grey(), '-draw', `rectangle ${x},${h - Math.round((deep[1] + pick(0, 2.5)) * mm)} ${x + step - 1},${h}`);
    }
    for (let y = 0; y < h; y += step) {
      band.push('-fill', grey(), '-draw', `rectangle 0,${y} ${Math.round((deep[2] + pick(0, 2.5)) * mm)},${y + step - 1}`);
      band.push('-fill', grey(), '-draw', `rectangle ${w - Math.round((deep[3] + pick(0, 2.5)) * mm)},${y} ${w},${y + step - 1}`);
    }
    band.push(')', '-compose', 'Multiply', '-composite');
    args.push(...band);
  }
  if (has('holes')) {
    const mm = dpi / 25.4;
    const r = (pick(5.5, 7) / 2) * mm;
    const off = pick(10, 14) * mm;
    const top = rnd() < 0.25;
    const mid = (top ? w : h) / 2 + pick(-8, 8) * mm;
    const g = `gray(${Math.round(pick(15, 45))})`;
    for (const at of [mid - 40 * mm, mid + 40 * mm]) {
      const [cx, cy] = top ? [at, off] : [off, at];
      args.push('-fill', g, '-stroke', 'none', '-draw', `circle ${cx.toFixed(1)},${cy.toFixed(1)} ${(cx + r).toFixed(1)},${cy.toFixed(1)}`);
    }
  }
  if (has('perspective')) {
    const d = () => Math.round(pick(-0.006, 0.006) * Math.min(w, h));
    const pts = [[0, 0], [w, 0], [w, h], [0, h]].map(([x, y]) => `${x},${y} ${x + d()},${y + d()}`);
    args.push('-virtual-pixel', 'white', '-distort', 'Perspective', pts.join(' '));
  }
  if (has('crop')) {
    const { side, mm, tall } = look.crop;
    const px = Math.round(((side === 'left' || side === 'right' ? mm : tall) * dpi) / 25.4);
    const gravity = { left: 'West', right: 'East', top: 'North', bottom: 'South' }[side];
    args.push('-gravity', gravity, '-chop', side === 'left' || side === 'right' ? `${px}x0` : `0x${px}`, '+repage', '-gravity', 'NorthWest');
  }
  args.push('-compose', 'Over');
  return args;
}
