/** Small text helpers shared by the content checker and the site. */

/** "1 step", "2 steps", "1,200 words": a count with its noun, plural unless it is one. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Levenshtein distance between two strings (iterative, two rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The candidate nearest to `word`, if it is near enough to be a plausible typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = editDistance(word, c);
    if (score < bestScore) { bestScore = score; best = c; }
  }
  return best !== undefined && bestScore > 0 && bestScore <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

/** A date as the site writes it ("December 2, 2026"), in UTC so a build anywhere prints the same. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/**
 * A short, safe picture of any value for an error message: JSON-like, cut at `max` characters,
 * and never walking more than a few levels or items, so a huge or deeply nested value (which
 * would make JSON.stringify print it all, or overflow the stack) still gives a one-line message.
 */
export function preview(value: unknown, max = 60): string {
  const walk = (v: unknown, depth: number): string => {
    if (v === undefined) return 'undefined';
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v === 'string') return JSON.stringify(v.length > max ? `${v.slice(0, max)}` : v);
    if (typeof v !== 'object') return typeof v;
    if (depth >= 3) return Array.isArray(v) ? '[...]' : '{...}';
    if (Array.isArray(v)) return `[${v.slice(0, 5).map((x) => walk(x, depth + 1)).join(',')}${v.length > 5 ? ',...' : ''}]`;
    const keys = Object.keys(v);
    return `{${keys.slice(0, 5).map((k) => `${JSON.stringify(k.slice(0, max))}:${walk((v as Record<string, unknown>)[k], depth + 1)}`).join(',')}${keys.length > 5 ? ',...' : ''}}`;
  };
  const text = walk(value, 0);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** A title without its trailing bracketed part, for chips: "Cloud platforms (AWS, GCP, Azure)" -> "Cloud platforms". */
export function shortTitle(title: string): string {
  const short = title.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return short || title;
}
