/**
 * The trust rule's other half (README, Output contract): a value below 0.9 carries a flag saying
 * why. Caps that come from the placement alone — a column order or a row place nothing confirms —
 * had none (a new user filtering doubtful values by their flags missed them): `unconfirmed`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const TEXTS = readdirSync(join(ROOT, 'samples')).filter((f) => /\.(txt|html)$/.test(f));

describe('every value below 0.9 carries a flag', () => {
  it.each(TEXTS)('%s', async (file) => {
    const r = await extract(join(ROOT, 'samples', file));
    const unexplained = Object.entries(r.fields as Record<string, { confidence: number; flags: string[] }>)
      .filter(([, f]) => f.confidence > 0 && f.confidence < 0.9 && f.flags.length === 0)
      .map(([k]) => k);
    expect(unexplained).toEqual([]);
  });

  it("should say 'unconfirmed' where a table's column order is not read (quirk-lost-labels)", async () => {
    const r = await extract(join(ROOT, 'samples', 'quirk-lost-labels.txt'));
    const held = Object.values(r.fields as Record<string, { confidence: number; flags: string[] }>).filter((f) => f.flags.includes('unconfirmed'));
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((f) => f.confidence < 0.9 && f.flags.length === 1)).toBe(true);
  });
});
