/** /search/suggestions.json: what search suggests when nothing matches (see src/lib/search-suggestions.ts). */
import type { APIRoute } from 'astro';
import { getPaths, getSkills, pathSkills } from '../../data.ts';
import { searchSuggestions } from '../../lib/search-suggestions.ts';

export const GET: APIRoute = async () => {
  const [paths, skills] = await Promise.all([getPaths(), getSkills()]);
  const body = searchSuggestions(pathSkills(paths), new Map(skills.map((s) => [s.id, s.data.title])));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
