#!/usr/bin/env node
// Per table tallies of scripts/print-mix/score.mjs's verdicts (miner46, committed by miner47):
//   node scripts/print-mix/bytable.mjs SCOREDIR [kindRe]
// prints, per kind × table (activeDisclosure = 二, requests = 三, reviewLitigation = 四): fields, right % (any confidence),
// right ≥ 0.9 (sure), missing, wrong < 0.8 (wLow), wrong 0.8–0.9 (wMid), wrong ≥ 0.9 (wHigh).
import { readdirSync, readFileSync } from 'node:fs';
const [dir, re = '.'] = process.argv.slice(2);
if (!dir) throw new Error('usage: bytable.mjs SCOREDIR [kindRe]');
const per = {};
for (const f of readdirSync(dir + '/docs')) {
  const d = JSON.parse(readFileSync(dir + '/docs/' + f, 'utf8'));
  if (!new RegExp(re).test(d.kind)) continue;
  for (const [key, v] of d.verdicts) {
    const k = (per[d.kind + ' ' + key.split('.')[0]] ??= { n: 0, sure: 0, right: 0, missing: 0, wLow: 0, wMid: 0, wHigh: 0 });
    k.n++;
    k[v]++;
  }
}
for (const [k, v] of Object.entries(per).sort()) console.log(k.padEnd(40), `n ${v.n} right ${(100 * (v.right + v.sure) / v.n).toFixed(1)}% sure ${v.sure} miss ${v.missing} wLow ${v.wLow} wMid ${v.wMid} wHigh ${v.wHigh}`);
