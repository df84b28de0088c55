/** Turning Pagefind's raw results into safe, plain data for rendering. */

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

export interface RawSubResult { title: string; url: string; excerpt: string }
export interface RawResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: RawSubResult[];
}

export interface ResultView {
  url: string;
  title: string;
  kind: string;
  excerpt: string;
  sections: Array<{ title: string; url: string; excerpt: string }>;
}

/** A result as the dialog and the search page show it: at most `maxSections` heading links. */
export function toResultView(raw: RawResult, maxSections = 3): ResultView {
  const title = raw.meta['title'] ?? raw.url;
  const sections = (raw.sub_results ?? [])
    // The first sub-result without an anchor is the page itself; keep only real sections.
    .filter((s) => s.url.includes('#'))
    .slice(0, maxSections)
    .map((s) => ({ title: s.title, url: s.url, excerpt: safeExcerpt(s.excerpt) }));
  return { url: raw.url, title, kind: raw.meta['kind'] ?? 'Page', excerpt: safeExcerpt(raw.excerpt), sections };
}

/**
 * The kinds a search filter choice covers. Roadmap steps are their own kind of page (their
 * results say "Roadmap step"), but a reader who picks "Roadmaps" means the steps too.
 */
const FILTER_KINDS: Record<string, string[]> = {
  roadmap: ['roadmap', 'roadmap step'],
};

/** Pagefind filter options for the kind the reader picked ('' for all kinds). */
export function kindFilter(kind: string): { filters?: { kind: { any: string[] } } } {
  return kind ? { filters: { kind: { any: FILTER_KINDS[kind] ?? [kind] } } } : {};
}
