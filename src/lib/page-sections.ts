/**
 * Each page template's own sections, in page order: the one list from which the template's
 * headings (ids and text), its table of contents, the reserved ids (lib/reserved-ids.ts) and the
 * content checker's known #anchors all derive. A content body's own headings come first; the
 * template's sections follow them.
 */
import type { Heading } from './toc.ts';

export interface TemplateSection {
  slug: string;
  text: string;
  /** 2 for a section (listed in the table of contents), 3 for a part of one (not listed). */
  depth: 2 | 3;
}

const h2 = (slug: string, text: string): TemplateSection => ({ slug, text, depth: 2 });
const h3 = (slug: string, text: string): TemplateSection => ({ slug, text, depth: 3 });

export const PAGE_SECTIONS = {
  /** /paths/{path}/ (PathDetails.astro), after the path's Markdown body. */
  path: [
    h2('tasks', 'Typical tasks'),
    h2('skills', 'Skills you need'),
    h3('required-skills', 'Required for a first job'),
    h3('nice-to-have-skills', 'Nice to have'),
    h2('tools', 'Tools you will use'),
    h2('salary', 'Salary figures'),
    h3('salary-by-level', 'Python developers in general, by level'),
    h2('ladder', 'Growth ladder'),
    h2('example-project', 'An example project at work'),
    h2('portfolio', 'Portfolio projects and what they prove'),
    h2('who-it-fits', 'Who this path fits'),
    h3('fits-if', 'It may suit you if you'),
    h3('less-ideal-if', 'It may not suit you if you'),
    h2('roadmap', 'Roadmap'),
    h2('related', 'Related paths'),
    h2('sources', 'Sources'),
  ],
  /** /skills/{skill}/, after the skill's Markdown body. */
  skill: [
    h2('resources', 'Resources'),
    h2('check-yourself', 'Check yourself'),
    h2('which-paths-need-it', 'Which paths need it'),
    h3('required-on', 'Required on'),
    h3('nice-to-have-on', 'Nice to have on'),
    h2('when-to-learn', 'When to learn it'),
  ],
  /** /guides/{guide}/, after the guide's Markdown body ("Related paths" only when it has some). */
  guide: [
    h2('related', 'Related paths'),
    h2('sources', 'Sources'),
  ],
} as const satisfies Record<string, readonly TemplateSection[]>;

export type PageTemplate = keyof typeof PAGE_SECTIONS;

/** Slug -> heading text of a template's sections, for the template's own headings. */
export const sectionTexts = (template: PageTemplate): Record<string, string> =>
  Object.fromEntries(PAGE_SECTIONS[template].map((s) => [s.slug, s.text]));

/** A page's headings for its table of contents: the body's, then the template's sections (minus `omit`). */
export function pageHeadings(template: PageTemplate, bodyHeadings: Heading[], omit: readonly string[] = []): Heading[] {
  return [...bodyHeadings, ...PAGE_SECTIONS[template].filter((s) => s.depth === 2 && !omit.includes(s.slug))];
}

/** Every id that some template gives one of its sections. */
export const TEMPLATE_SECTION_IDS: readonly string[] = [...new Set(Object.values(PAGE_SECTIONS).flatMap((list) => list.map((s) => s.slug)))];
