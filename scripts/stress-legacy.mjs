/**
 * @file The stress generator's former determinability rule for collapsed streams (before the
 * referee of scripts/stress-determine.mjs), kept only to print how many fields the new rule moves
 * (`doc.legacy`: the keys the former rule counted undetermined). It assumed row boundaries known
 * and checked a row against its first `.total` only.
 */
export function legacyCollapse(doc, lines) {
  doc.legacy ??= new Set(doc.undetermined);
  if (!doc.collapse) return;
  const out = [];
  const touched = new Map();
  const id = (l) => l.keys.join(',');
  for (const l of lines) {
    if (out.length && out.at(-1).text === l.text && l.text.trim() !== '') {
      touched.set(id(l), l.keys);
      touched.set(id(out.at(-1)), out.at(-1).keys);
      if (id(out.at(-1)) !== id(l)) l.keys.concat(out.at(-1).keys).forEach((k) => doc.legacy.add(k));
      continue;
    }
    out.push(l);
  }
  for (const [key, keys] of touched) {
    if (keys.length === 0 || keys.some((k) => doc.legacy.has(k)) || !uniqueExpansion(doc, keys, out.filter((l) => id(l) === key))) keys.forEach((k) => doc.legacy.add(k));
  }
}

function uniqueExpansion(doc, keys, printed) {
  const values = printed.map((l) => l.text).filter((t) => /^\d+(\.\d+)?$/.test(t)).map(Number);
  const want = keys.map((k) => doc.expected.get(k));
  if (printed.length - values.length > 1 || values.length === 0 || want.some((v) => typeof v !== 'number')) return false;
  const total = keys.findIndex((k) => k.endsWith('.total'));
  const found = new Set();
  const walk = (i, acc) => {
    if (found.size > 1) return;
    if (i === values.length) {
      if (acc.length !== keys.length) return;
      const ok = total < 0 || acc[total] === acc.reduce((a, b, j) => (j === total ? a : a + b), 0);
      if (ok) found.add(acc.join(','));
      return;
    }
    for (let r = 1; acc.length + r + (values.length - i - 1) <= keys.length; r++) walk(i + 1, [...acc, ...Array(r).fill(values[i])]);
  };
  walk(0, []);
  return found.size === 1;
}
