/**
 * @file One key per agency across years, however the reports name it: 淮安市洪泽区人民政府 and
 * 洪泽区人民政府 are one agency; 示例市第3局（本级） and 示例市第3局 too. Rules, in order: bracketed
 * parts dropped; 人民政府 → 政府; leading administrative units (省, 自治区, 市, 州, 盟, 地区, 区, 县,
 * 旗) dropped except the last one (the agency's own level); a trailing 本级 dropped. Names the rules
 * cannot join (a renamed bureau, an abbreviation) are joined by an aliases file (`--aliases`).
 */
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../export/csv-cell.js';
import { normalizeLabel } from '../layout/normalize-text.js';

/**
 * A leading administrative unit: 2–7 characters then its level word. Characters that end agency
 * names (局, 委, 办, 厅, 部, 院, 所, 会, 站, 队, 处, 科, 中心) cannot be inside it, so 淮安市公安局开发区分局 keeps its
 * bureau, and 城市管理局 is not read as a 城市.
 */
const UNIT = /^((?:(?!中心)[^局委办厅部院所会站队处科]){2,7}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗))/u;

/** Brackets and what is inside them: （本级）, (2023年), 【】. */
const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;

/** An agency name split for linking: `key` (its own level and the rest), `within` (the units above it, outermost first). */
export interface AgencyIdentity {
  key: string;
  within: string[];
}

/** The identity of an agency name (after its alias, if any). */
export function agencyIdentity(agency: string, aliases?: ReadonlyMap<string, string>): AgencyIdentity {
  const id = split(agency);
  const alias = aliases?.get(id.key) ?? aliases?.get([...id.within, id.key].join(''));
  return alias === undefined ? id : split(alias);
}

/** The cross-year key of an agency name (the units above its own level dropped). */
export function agencyKey(agency: string, aliases?: ReadonlyMap<string, string>): string {
  return agencyIdentity(agency, aliases).key;
}

function split(agency: string): AgencyIdentity {
  let s = normalizeLabel(agency.replace(BRACKETED, '')).replace(/人民政府/g, '政府').replace(/本级$/, '');
  const units: string[] = [];
  for (let m = UNIT.exec(s); m && s.length > m[1]!.length; m = UNIT.exec(s)) {
    units.push(m[1]!);
    s = s.slice(m[1]!.length);
  }
  return { key: `${units.at(-1) ?? ''}${s}`, within: units.slice(0, -1) };
}

/**
 * Groups names of one agency: same key, and units above it that do not contradict (淮安市洪泽区 and
 * 洪泽区 join; 济南市市中区 and 枣庄市市中区 do not; a bare 市中区 with both present joins neither).
 * Returns a group id per input index.
 */
export function groupAgencies(ids: readonly AgencyIdentity[]): string[] {
  const byKey = new Map<string, number[]>();
  ids.forEach((id, i) => byKey.set(id.key, [...(byKey.get(id.key) ?? []), i]));
  const out: string[] = new Array(ids.length);
  for (const [key, members] of byKey) {
    const chains = [...new Set(members.map((i) => ids[i]!.within.join('/')).filter(Boolean))];
    // Chains that contradict each other (neither ends the other) are different agencies.
    const compatible = (a: string, b: string): boolean => a === '' || b === '' || a.endsWith(b) || b.endsWith(a);
    for (const i of members) {
      const mine = ids[i]!.within.join('/');
      const fits = chains.filter((c) => compatible(c, mine));
      const longest = fits.sort((a, b) => b.length - a.length)[0] ?? '';
      const clash = fits.some((c) => !compatible(c, longest));
      out[i] = clash ? `${key}#${i}` : `${key}@${longest}`;
    }
  }
  return out;
}

/** A bad aliases file. */
export class AliasesError extends Error {}

/**
 * Reads an aliases file: CSV lines `别名,标准名` (a header line `alias,canonical` or `别名,标准名` is
 * skipped) or a JSON object `{ "别名": "标准名" }`. Keys are normalised like agency names.
 */
export async function readAliases(file: string): Promise<Map<string, string>> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new AliasesError(`${file}: ${error.message}`);
  });
  return parseAliases(text, file);
}

export function parseAliases(text: string, file = 'aliases'): Map<string, string> {
  const body = text.replace(/^\uFEFF/, '').trim();
  let pairs: [string, string][];
  if (body.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new AliasesError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    pairs = Object.entries(json as Record<string, unknown>).map(([k, v]) => {
      if (typeof v !== 'string') throw new AliasesError(`${file}: the alias ${k} must map to a name`);
      return [k, v];
    });
  } else {
    pairs = parseCsv(body).filter((r, i) => !(i === 0 && /^(alias|别名)$/i.test(r[0]?.trim() ?? ''))).map((r, i) => {
      if (r.length < 2 || !r[0]!.trim() || !r[1]!.trim()) throw new AliasesError(`${file}: line ${i + 1}: expected 别名,标准名`);
      return [r[0]!.trim(), r[1]!.trim()];
    });
  }
  return new Map(pairs.map(([a, c]) => [split(a).key, c]));
}
