/**
 * Reading a search query: its words, whether it compares two things, and which of its words a
 * result only "matched" through Pagefind's typo tolerance. Needed by every search, so kept
 * small; relaxing a query that found nothing is in search-relax.ts, loaded only then.
 */

/** The words of a query, lower-cased; punctuation other than inner +, #, . and - is a break. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/[^\p{L}\p{N}+#.-]+/u).map((w) => w.replace(/^[.-]+|[.-]+$/g, '')).filter(Boolean);
}

/**
 * Pagefind forgives typos: a word it cannot find matches the closest words it has, so
 * "kubernets" finds Kubernetes, but "asdf" also "finds" every "as" and "qwerty" a stray "Q".
 * A query word counts as found only when a matched word shares a long enough start with it:
 * three letters or 60% of the word, whichever is longer (the whole word when it is shorter).
 * Returns the query words that no matched word answers.
 */
export function unmatchedTerms(terms: readonly string[], matchedWords: readonly string[]): string[] {
  const matched = matchedWords.flatMap((w) => queryWords(w));
  const shared = (a: string, b: string) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
  return terms.filter((t) => {
    const need = Math.min(t.length, Math.max(3, Math.ceil(0.6 * t.length)));
    return !matched.some((m) => shared(t, m) >= need);
  });
}

/** Whether a query asks to compare two things ("data engineer vs data scientist"). */
export function isComparisonQuery(query: string): boolean {
  const words = queryWords(query);
  return words.some((w) => w === 'vs' || w === 'versus' || w === 'compare' || w === 'comparison' || w === 'difference')
    || (words.includes('or') && words.indexOf('or') > 0 && words.indexOf('or') < words.length - 1);
}

