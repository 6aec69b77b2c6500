// Pure text similarity on character n-grams: deterministic, no model, no tokenizer.

export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i] as string}${c}`);
}

/** Sørensen–Dice over bigram multisets: 1 for the same text, 0 for nothing in common. */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return a === b && a !== '' ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      common += 1;
      counts.set(g, c - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

export type Vector = Map<string, number>;

/** TF-IDF vectors over bigrams, idf from the documents given, so 公共服务 weighs little in a corpus full of it. */
export function tfidf(docs: readonly string[]): Vector[] {
  const grams = docs.map(bigrams);
  const df = new Map<string, number>();
  for (const gs of grams) for (const g of new Set(gs)) df.set(g, (df.get(g) ?? 0) + 1);
  return grams.map((gs) => {
    const v: Vector = new Map();
    for (const g of gs) v.set(g, (v.get(g) ?? 0) + 1);
    for (const [g, tf] of v) v.set(g, tf * Math.log(1 + docs.length / (df.get(g) ?? 1)));
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [g, w] of a) dot += w * (b.get(g) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}
