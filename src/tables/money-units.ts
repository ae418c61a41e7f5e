/**
 * @file The one table of money units. The template's amounts are in 万元; a report may print an
 * amount in any of these (in its cell, a unit line after it or a column header). Cells and headers
 * both read units from here, so a unit is either known (and converted) or unknown (and flagged).
 */

/** Power of ten that turns an amount in the unit into 万元 (亿元 = 10^4 万元, 元 = 10^-4 万元). */
export const MONEY_UNITS = {
  元: -4,
  十元: -3,
  百元: -2,
  千元: -1,
  万元: 0,
  十万元: 1,
  百万元: 2,
  千万元: 3,
  亿元: 4,
} as const;

export type MoneyUnit = keyof typeof MONEY_UNITS;

/** Regex source of every known unit, longest first ('万元' before '元'). */
export const MONEY_UNIT_SOURCE = Object.keys(MONEY_UNITS).sort((a, b) => b.length - a.length).join('|');

/**
 * A money-like unit: up to 3 non-digit characters ending in 元 ('美元', '万美元', '亿元').
 * One that is not in MONEY_UNITS is unknown: it is never silently read as 万元.
 */
export const ANY_YUAN_UNIT = /^[^\d\s.,()（）:：]{0,3}元/;

export function isMoneyUnit(s: string): s is MoneyUnit {
  return Object.prototype.hasOwnProperty.call(MONEY_UNITS, s);
}

/** A unit read for an amount: one of MONEY_UNITS, or 'unknown' (printed but not in the table). */
export type ReadUnit = MoneyUnit | 'unknown';

/** A printed unit as read: known, or 'unknown' (never taken as 万元). */
export const readUnit = (s: string): ReadUnit => (isMoneyUnit(s) ? s : 'unknown');

/** `value` printed in `unit` → 万元, by moving the decimal point (no binary noise: 0.069939 亿元 → 699.39). */
export function toWanYuan(value: number, unit: MoneyUnit): number {
  const k = MONEY_UNITS[unit];
  return k === 0 ? value : Number(`${value}e${k}`);
}
