/** Citations: from source ids to what a page shows (titles for figures, the "Sources" list). */

/** What a page needs of an entry in content/sources.yaml. */
export interface SourceInfo { title: string; year?: number | null | undefined }
/** One line of a page's "Sources" list. */
export interface CitedSource { id: string; title: string; year?: number | undefined }

/** Source id -> title, for citations next to figures. */
export const sourceTitles = (sources: ReadonlyMap<string, SourceInfo>): Map<string, string> =>
  new Map([...sources].map(([id, s]) => [id, s.title]));

/** The "Sources" list for these ids, each once, in first-cited order (an unknown id shows as itself). */
export const citedSources = (ids: Iterable<string>, sources: ReadonlyMap<string, SourceInfo>): CitedSource[] =>
  [...new Set(ids)].map((id) => {
    const year = sources.get(id)?.year;
    return { id, title: sources.get(id)?.title ?? id, ...(year != null ? { year } : {}) };
  });
