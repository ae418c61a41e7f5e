/**
 * @file Reading a report's fields in tests: a text report extracted in-process, a field's value and
 * confidence, the warning codes, and the keys under a prefix that hold a value.
 */
import { extract, flattenData, type Report } from '../../src/index.js';

/** Extracts a text report given as bytes, named `r.txt`. */
export const read = async (bytes: Uint8Array): Promise<Report> => extract(bytes, { name: 'r.txt' });
export const value = (r: Report, key: string): unknown => flattenData(r.data).get(key);
export const conf = (r: Report, key: string): number => r.fields[key]!.confidence;
export const codes = (r: Report): string[] => r.warnings.map((w) => w.code);
/** Keys under `prefix` that hold a value. */
export const keysOf = (r: Report, prefix: string): string[] => Object.keys(r.fields).filter((k) => k.startsWith(prefix) && flattenData(r.data).get(k) !== null);
