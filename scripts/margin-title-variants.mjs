#!/usr/bin/env node
/**
 * @file Variants of a title broken after its agency ('中共X县委机构编制委员会办公室' / '2023年度政府信息公开工作年度报告')
 * at a page's top, its sign-off naming the agency in another page's top or bottom margin (LibreOffice prints of
 * Word/WPS pages), with or without a running header of its own style on every page: page lines run through
 * `pdf/furniture` dropFurniture, then meta. Counts titles, agencies and years right, and running headers kept.
 *   node scripts/margin-title-variants.mjs [--seeds 1..200] [--dist dist] [--verbose]
 */
import { pathToFileURL } from 'node:url';
import { resolve, join } from 'node:path';

const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const dist = resolve(arg('--dist', process.env.XXGK_DIST ?? 'dist'));
const [a, b] = arg('--seeds', '1..200').split('..').map(Number);
const verbose = process.argv.includes('--verbose');
const { dropFurniture } = await import(pathToFileURL(join(dist, 'pdf/furniture.js')).href);
const { extractMeta } = await import(pathToFileURL(join(dist, 'meta/index.js')).href);
const { scoreMeta } = await import(pathToFileURL(join(dist, 'score/meta.js')).href);

const rng = (seed) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const PLACES = ['武冈市', '涟源市', '长汀县', '安溪县', '宜良县', '富锦市', '格尔木市', '库车市', '都匀市', '兴义市'];
const UNITS = [(p) => `中共${p}委员会机构编制委员会办公室`, (p) => `${p}人民政府青云街道办事处`, (p) => `${p}太平镇人民政府`, (p) => `${p}职业技术学校`, (p) => `${p}人力资源和社会保障局劳动保障监察大队`, (p) => `${p}发展和改革委员会`];
const H = 842;
const line = (top, height, text) => ({ cells: [text], top, bottom: top + height, free: true, source: {} });

const tally = { docs: 0, title: 0, agency: 0, year: 0, headerKept: 0, wrongHigh: 0 };
for (let seed = a; seed <= b; seed++) {
  const r = rng(seed * 7919);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const place = pick(PLACES);
  const agency = pick(UNITS)(place);
  const year = 2019 + Math.floor(r() * 7);
  const rest = `${year}年${r() < 0.5 ? '度' : ''}政府信息公开工作年度报告`;
  const size = 18 + r() * 8; // the title's points
  const signSize = 10.5 + r() * 3;
  const pages = 3 + Math.floor(r() * 3);
  const signTop = r() < 0.5 ? 28 + r() * 40 : H - 30 - r() * 40; // the sign-off in the top or bottom margin of the last page
  const header = r() < 0.4 ? agency : null; // a running header of the agency's name in one style on every page
  const hs = 9 + r() * 2;
  const ps = Array.from({ length: pages }, (_, p) => [...(header ? [line(20, hs, header)] : []), ...(p === 0 ? [line(32, size, agency), line(34 + size * 1.3, size, rest), line(140, 12, '一、总体情况')] : []), line(300, 12, `本机关坚持以公开为常态（第${p + 1}页）。`)]);
  ps[pages - 1].push(line(signTop, signSize, agency), line(signTop + signSize * 1.4 > H ? signTop - 20 : signTop + signSize * 1.4, signSize, `${year + 1}年1月20日`));
  const kept = dropFurniture(ps, ps.map(() => H));
  const lines = kept.flat().map((l) => ({ cells: l.cells, separated: false, source: { page: 1 } }));
  const m = scoreMeta(extractMeta({ name: 'r.pdf', lines }));
  const ok = { title: m.title === `${agency}${rest}`, agency: m.agency === agency, year: m.year === year };
  tally.docs++;
  for (const k of ['title', 'agency', 'year']) if (ok[k]) tally[k]++; else if ((m.fields[k]?.confidence ?? 0) >= 0.9) tally.wrongHigh++;
  if (header && kept.slice(1).some((ls) => ls.some((l) => l.cells[0] === header && l.bottom - l.top === hs))) tally.headerKept++;
  if (verbose && !(ok.title && ok.agency && ok.year)) console.log(seed, agency, rest, '→', m.title, m.agency, m.year);
}
console.log(JSON.stringify(tally));
