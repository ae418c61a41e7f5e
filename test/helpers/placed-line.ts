/** A line whose pieces start at the given character positions (null: nothing printed there): a space-aligned dump's line. */
export const at = (pieces: readonly (string | null)[], starts: readonly number[]): string => {
  let line = '';
  pieces.forEach((p, j) => {
    if (p !== null) line = line.padEnd(starts[j]!) + p;
  });
  return line;
};
