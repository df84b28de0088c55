/** Turning Pagefind's raw results into safe, plain data for rendering. */
import type { PageKind } from './site.ts';

/**
 * Pagefind excerpts are HTML with <mark> around matches. We keep the marks and escape
 * everything else, so page content can never inject markup into the results.
 */
export function safeExcerpt(html: string): string {
  const escaped = html
    .replace(/<mark>/g, '\u0001').replace(/<\/mark>/g, '\u0002')
    .replace(/<[^>]*>/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // Pagefind already escapes entities; undo our double-escape of them.
  return escaped
    .replace(/&amp;(amp|lt|gt|quot|#39|#x27);/g, '&$1;')
    .replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');
}

/** Where a query word matched: the weight of its element (headings high, aliases low) and its score. */
export interface WeightedLocation { weight: number; balanced_score: number; location: number }
export interface RawSubResult { title: string; url: string; excerpt: string; weighted_locations?: WeightedLocation[] }
export interface RawResult {
  url: string;
  excerpt: string;
  /** The page's indexed text (title first, then its summary and prose). */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: RawSubResult[];
  weighted_locations?: WeightedLocation[];
}

export interface ResultView {
  url: string;
  title: string;
  kind: string;
  excerpt: string;
  sections: Array<{ title: string; url: string; excerpt: string }>;
}

/**
 * Text weighted below prose (the alias list of a skill, weight 0.5): it may find a page ("k8s"
 * finds Kubernetes) but it is no excerpt a reader can read, so such a result shows the start of
 * the page instead: its summary, which follows the title.
 */
export const LOW_WEIGHT = 1;

/** The first `words` words of a page's text after its title. */
export function pageLead(content: string, title: string, words = 24): string {
  const text = content.startsWith(title) ? content.slice(title.length).replace(/^[.:\s]+/, '') : content;
  const all = text.split(/\s+/).filter(Boolean);
  return all.slice(0, words).join(' ') + (all.length > words ? ' …' : '');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const matchScore = (locations: WeightedLocation[] = []) => locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * A result as the dialog and the search page show it: its best-matching sections (at most
 * `maxSections`, best first, each a link to its heading) and an excerpt from prose.
 */
export function toResultView(raw: RawResult, maxSections = 3): ResultView {
  const title = raw.meta['title'] ?? raw.url;
  const sections = (raw.sub_results ?? [])
    // The sub-result with the page's own URL is the text before the first heading (for a FAQ
    // record, whose URL has an anchor, the whole answer); keep only real sections.
    .map((s, i) => ({ s, i, score: matchScore(s.weighted_locations) }))
    .filter(({ s }) => s.url.includes('#') && s.url !== raw.url)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, maxSections)
    .map(({ s }) => ({ title: s.title, url: s.url, excerpt: safeExcerpt(s.excerpt) }));
  const locations = raw.weighted_locations ?? [];
  const onlyLowWeight = locations.length > 0 && locations.every((l) => l.weight < LOW_WEIGHT);
  const excerpt = onlyLowWeight && raw.content ? escapeText(pageLead(raw.content, title)) : safeExcerpt(raw.excerpt);
  return { url: raw.url, title, kind: raw.meta['kind'] ?? 'Page', excerpt, sections };
}

/**
 * The kind filters readers can pick, in the order shown. A filter may cover several kinds of
 * page: roadmap steps are their own kind (their results say "Roadmap step"), but a reader who
 * picks "Roadmaps" means the steps too. A new kind of page gets its filter by one line here
 * (its pages set data-pagefind-filter="kind:..." through ArticleLayout's `kind`).
 */
export const SEARCH_FILTERS: ReadonlyArray<{ value: string; label: string; kinds: readonly PageKind[] }> = [
  { value: '', label: 'All', kinds: [] },
  { value: 'path', label: 'Paths', kinds: ['path'] },
  { value: 'skill', label: 'Skills', kinds: ['skill'] },
  { value: 'roadmap', label: 'Roadmaps', kinds: ['roadmap', 'roadmap step'] },
  { value: 'guide', label: 'Guides', kinds: ['guide'] },
  { value: 'FAQ', label: 'FAQs', kinds: ['FAQ'] },
  { value: 'comparison', label: 'Comparisons', kinds: ['comparison'] },
  { value: 'practice', label: 'Practice', kinds: ['practice'] },
];

/** Pagefind filter options for the filter the reader picked ('' for all kinds). */
export function kindFilter(value: string): { filters?: { kind: { any: string[] } } } {
  if (!value) return {};
  const kinds = SEARCH_FILTERS.find((f) => f.value === value)?.kinds ?? [value];
  return { filters: { kind: { any: [...kinds] } } };
}
