/**
 * @file Dotted keys ↔ the nested `data` object of the report.
 */

/** Nested object from dotted keys: 'requests.denied.stateSecret.total' → data.requests.denied.stateSecret.total. */
export function keysToData(values: ReadonlyMap<string, number | null>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of values) {
    const parts = key.split('.');
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return root;
}

/** Flattens a nested object to dotted keys → leaf values. */
export function flattenData(data: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    if (prefix) out.set(prefix, data);
    return out;
  }
  for (const [k, v] of Object.entries(data)) {
    for (const [kk, vv] of flattenData(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}
