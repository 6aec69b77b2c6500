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

/** Documents as TF-IDF vectors, weighted by their own bigram frequencies, with their norms. */
export interface Corpus {
  idf: Idf;
  vectors: Vector[];
  norms: number[];
}

export function corpusOf(docs: readonly string[]): Corpus {
  const idf = idfOf(docs);
  const vectors = docs.map((text) => tfidfVector(text, idf));
  return { idf, vectors, norms: vectors.map(norm) };
}

/**
 * Some of a corpus's documents indexed by bigram: the documents that have it and its weight in
 * each. One text's cosines with all of them then cost the postings of its own bigrams instead of
 * a pass over every document's vector: tens of thousands of district chapters, each compared pair
 * by pair with its parent region's, were most of an alignment's computing.
 */
export interface Postings {
  members: readonly number[];
  byBigram: Map<string, { docs: number[]; weights: number[] }>;
}

export function postingsOf(corpus: Corpus, members: readonly number[]): Postings {
  const byBigram: Postings['byBigram'] = new Map();
  for (const k of members) {
    corpus.vectors[k]?.forEach((w, g) => {
      const p = byBigram.get(g);
      if (p) {
        p.docs.push(k);
        p.weights.push(w);
      } else byBigram.set(g, { docs: [k], weights: [w] });
    });
  }
  return { members, byBigram };
}

/**
 * The cosine of `query` (a vector weighted by the corpus, with its norm) with each member of the
 * postings, written to `out` at the member's index. Each dot product adds the query's bigrams in
 * the query's order, as a pair by pair comparison did, so the scores are the same to the last bit.
 */
export function cosinesWith(
  corpus: Corpus,
  postings: Postings,
  query: { vector: Vector; norm: number },
  out: Float64Array,
): void {
  for (const k of postings.members) out[k] = 0;
  query.vector.forEach((w, g) => {
    const p = postings.byBigram.get(g);
    if (!p) return;
    for (let i = 0; i < p.docs.length; i++) {
      const k = p.docs[i] as number;
      out[k] = (out[k] as number) + w * (p.weights[i] as number);
    }
  });
  for (const k of postings.members) {
    const d = query.norm * (corpus.norms[k] as number);
    out[k] = d === 0 ? 0 : (out[k] as number) / d;
  }
}

export const norm = (v: Vector): number => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
