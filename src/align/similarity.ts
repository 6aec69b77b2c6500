// Pure text similarity on character n-grams: deterministic, no model, no tokenizer.

export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i] as string}${c}`);
}

/** A text's bigram counts, computed once for a text compared many times. */
export interface Profile {
  text: string;
  grams: number;
  counts: Map<string, number>;
}

export function profile(text: string): Profile {
  const grams = bigrams(text);
  const counts = new Map<string, number>();
  for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  return { text, grams: grams.length, counts };
}

/** Sørensen–Dice over bigram multisets: 1 for the same text, 0 for nothing in common. */
export function dice(a: string, b: string): number {
  return diceOf(profile(a), profile(b));
}

export function diceOf(a: Profile, b: Profile): number {
  if (a.grams === 0 || b.grams === 0) return a.text === b.text && a.text !== '' ? 1 : 0;
  let common = 0;
  for (const [g, n] of a.counts) common += Math.min(n, b.counts.get(g) ?? 0);
  return (2 * common) / (a.grams + b.grams);
}

export type Vector = Map<string, number>;

/** Bigram weights learnt from a set of documents: a bigram in many of them weighs little. */
export interface Idf {
  docs: number;
  df: ReadonlyMap<string, number>;
}

export function idfOf(docs: readonly string[]): Idf {
  const df = new Map<string, number>();
  for (const text of docs) for (const g of new Set(bigrams(text))) df.set(g, (df.get(g) ?? 0) + 1);
  return { docs: docs.length, df };
}

/** A text's TF-IDF vector over bigrams; a bigram none of the documents has weighs most. */
export function tfidfVector(text: string, idf: Idf): Vector {
  const v: Vector = new Map();
  for (const g of bigrams(text)) v.set(g, (v.get(g) ?? 0) + 1);
  for (const [g, tf] of v) v.set(g, tf * Math.log(1 + idf.docs / (idf.df.get(g) ?? 1)));
  return v;
}

export const norm = (v: Vector): number => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));

/** Norms can be passed in when a vector is compared many times: the same numbers, computed once. */
export function cosine(a: Vector, b: Vector, normA = norm(a), normB = norm(b)): number {
  let dot = 0;
  // forEach, not for…of: the same order and sums without an entry array per bigram (tens of millions of pairs).
  a.forEach((w, g) => {
    dot += w * (b.get(g) ?? 0);
  });
  const d = normA * normB;
  return d === 0 ? 0 : dot / d;
}
