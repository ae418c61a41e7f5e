/** @file What the bench scripts measure with: the median of a list, and this process's CPU time (user + system) in ms. */

/** The median (upper middle of an even count) of `xs`. */
export const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU ms used by this process so far. */
export const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
