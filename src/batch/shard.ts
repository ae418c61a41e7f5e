/**
 * @file `--shard i/n`: a stable partition of a batch's inputs, so that n runs of `xxgk batch`
 * started by an existing job runner (GNU parallel, a Kubernetes Indexed Job, a cluster array job)
 * each take a disjoint part and together take every file. A file's shard depends only on its path
 * as listed (SHA-256 of the path, `/` separators): the same INPUT arguments give the same
 * partition on every machine, whatever the order files are listed in or how many exist.
 */
import { createHash } from 'node:crypto';

/** Shard `index` (1-based, like GNU `split -n l/K/N`) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count && count <= 1_000_000 ? { index, count } : null;
}

/** The 1-based shard a path belongs to among `count`. */
export function shardOf(file: string, count: number): number {
  const digest = createHash('sha256').update(file.replace(/\\/g, '/')).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The files of one shard, in their order. */
export function filesOfShard(files: readonly string[], shard: Shard): string[] {
  return files.filter((f) => shardOf(f, shard.count) === shard.index);
}
