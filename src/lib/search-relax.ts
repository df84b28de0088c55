/**
 * Relaxing a search query that matched nothing. Pagefind finds only pages that contain every
 * word, so one word the guide never uses ("programmers", "earn") empties the whole result list.
 * relaxations() lists gentler versions of the query, best first; relaxedSearch() tries them in
 * order and returns the first that finds something, saying which query it ran. The browser
 * loads this module only when a search finds nothing (/js/search-relax.js).
 */
import { attempt, type Engine, type EngineHandle, type SearchOutcome } from './search-engine.ts';
import { queryWords } from './search-query.ts';

/** Words that carry no meaning for search; dropped when the full query finds nothing. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'into', 'about',
  'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'doing', 'have', 'has', 'had',
  'i', 'me', 'my', 'you', 'your', 'we', 'our', 'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those',
  'what', 'which', 'who', 'whom', 'how', 'why', 'when', 'where', 'can', 'could', 'should', 'would', 'will', 'shall',
  'may', 'might', 'must', 'there', 'here', 'so', 'if', 'than', 'then', 'too', 'very', 'just', 'any', 'some', 'much', 'many',
  'get', 'getting', 'really', 'need', 'needs', 'want', 'good', 'best',
]);

/**
 * Words readers use interchangeably. A word the guide never uses is replaced by the first
 * other member of its group that the guide does use, so the order is the order of preference.
 * Add a group here when a reader's word is missing from the guide but a synonym is in it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['developer', 'programmer', 'engineer', 'coder'],
  ['salary', 'pay', 'earn', 'earnings', 'wage', 'income', 'compensation'],
  ['job', 'role', 'position', 'career'],
  ['degree', 'diploma'],
  ['beginner', 'newcomer', 'junior'],
  ['test', 'testing', 'qa'],
];

/** The group a word belongs to, trying its singular too ("programmers" -> "programmer"). */
function synonymsOf(word: string): { stem: string; plural: boolean; group: readonly string[] } | undefined {
  for (const [stem, plural] of [[word, false], [word.replace(/s$/, ''), true]] as const) {
    if (plural && stem === word) continue;
    const group = SYNONYM_GROUPS.find((g) => g.includes(stem));
    if (group) return { stem, plural, group };
  }
  return undefined;
}

/** The words whose page counts `relaxations` uses: the query's own and their synonyms. */
export function wordsToCount(query: string): string[] {
  const words = queryWords(query);
  const synonyms = words.flatMap((w) => {
    const syn = synonymsOf(w);
    return syn ? syn.group.map((g) => (syn.plural ? `${g}s` : g)) : [];
  });
  return [...new Set([...words, ...synonyms])];
}

export interface Relaxation {
  /** The query to run instead. */
  query: string;
  /** Why it differs, in words a reader understands. */
  reason: 'synonym' | 'dropped';
}

/**
 * Gentler versions of a query that found nothing, best first, without repeats.
 * `matches` tells how many pages contain each word on its own (0 for a word the guide never
 * uses); words missing from it count as common.
 *
 * Order: a synonym for each unknown word (Pagefind stems, so "developers" matches "developer");
 * the query without unknown words; without stop words; then, dropping the rarest remaining
 * word each time, down to one word.
 */
export function relaxations(query: string, matches: ReadonlyMap<string, number> = new Map()): Relaxation[] {
  const words = queryWords(query);
  const count = (w: string) => matches.get(w) ?? Number.MAX_SAFE_INTEGER;
  const out: Relaxation[] = [];
  const seen = new Set([words.join(' ')]);
  const add = (ws: string[], reason: Relaxation['reason']) => {
    const q = ws.join(' ');
    if (ws.length === 0 || seen.has(q)) return;
    seen.add(q);
    out.push({ query: q, reason });
  };

  // 1. Synonyms, each alone and then all together: for a word the guide never uses, the first
  // alternative in the group's order that it does use; for a rare word, a commoner one.
  const swapped = [...words];
  for (const [i, word] of words.entries()) {
    const syn = synonymsOf(word);
    if (!syn) continue;
    const alt = syn.group.filter((g) => g !== syn.stem).map((g) => (syn.plural ? `${g}s` : g))
      .find((a) => count(a) > 0 && (count(word) === 0 || (matches.has(a) && count(a) > count(word))));
    if (!alt) continue;
    const ws = [...words];
    ws[i] = alt;
    add(ws, 'synonym');
    swapped[i] = alt;
  }
  if (swapped.join(' ') !== words.join(' ')) add(swapped, 'synonym');

  // 2. Drop what the guide never says, then stop words, then the rarest word until one is left.
  const known = swapped.filter((w) => count(w) > 0);
  add(known, 'dropped');
  let rest = known.filter((w) => !STOP_WORDS.has(w));
  add(rest, 'dropped');
  while (rest.length > 1) {
    const rarest = rest.reduce((min, w) => (count(w) < count(min) ? w : min), rest[0]!);
    const at = rest.indexOf(rarest);
    rest = rest.filter((_, i) => i !== at);
    add(rest, 'dropped');
  }
  return out;
}

/** The reader's query found nothing: the first relaxed version that finds something, if any. */
export async function relaxedSearch<H extends EngineHandle>(engine: Engine, query: string, kind: string): Promise<SearchOutcome<H>> {
  const words = wordsToCount(query);
  // How many pages hold each word alone: 0 marks a word the guide never uses.
  const counts = new Map(await Promise.all(words.map(async (w) => [w, (await attempt(engine, w, '')).results.length] as const)));
  for (const relaxed of relaxations(query, counts)) {
    const found = await attempt<H>(engine, relaxed.query, kind);
    if (found.results.length > 0) return { query: relaxed.query, relaxedFrom: query, results: found.results };
  }
  return { query, results: [] };
}
