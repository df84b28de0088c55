/**
 * What search offers when a query finds nothing at all, even relaxed: the first career paths,
 * the skills the most paths require, and the FAQ. Built at build time into
 * /search/suggestions.json (src/pages/search/suggestions.json.ts), which the dialog and the
 * search page fetch only when they need it.
 */
import { pathsBySkill, type PathSkillLists } from './skill-graph.ts';

export interface SuggestionLink { href: string; label: string }
export interface SearchSuggestions { paths: SuggestionLink[]; skills: SuggestionLink[]; more: SuggestionLink[] }

/** `paths` in reading order; `skillTitles` maps skill id to its title. */
export function searchSuggestions(paths: PathSkillLists[], skillTitles: ReadonlyMap<string, string>, counts = { paths: 4, skills: 6 }): SearchSuggestions {
  const required = [...pathsBySkill(paths)]
    .map(([skill, needs]) => ({ skill, n: needs.filter((x) => x.level === 'required').length }))
    .filter((s) => s.n > 0 && skillTitles.has(s.skill))
    .sort((a, b) => b.n - a.n || skillTitles.get(a.skill)!.localeCompare(skillTitles.get(b.skill)!));
  return {
    paths: paths.slice(0, counts.paths).map((p) => ({ href: `/paths/${p.id}/`, label: p.title })),
    skills: required.slice(0, counts.skills).map((s) => ({ href: `/skills/${s.skill}/`, label: skillTitles.get(s.skill)! })),
    more: [
      { href: '/faq/', label: 'Frequently asked questions' },
      { href: '/paths/', label: 'All career paths' },
      { href: '/skills/', label: 'All skills' },
    ],
  };
}
