/**
 * The order of sections on a path page. The template's own sections and the prose headings
 * from the path's MDX interleave in this order; the ToC is built from the result.
 */
import type { Heading } from './toc.ts';

/** Template sections, which follow the MDX body's prose. */
export const PATH_TEMPLATE_SECTIONS = {
  after: [
    { slug: 'tasks', text: 'Typical tasks' },
    { slug: 'skills', text: 'Skills you need' },
    { slug: 'tools', text: 'Tools you will use' },
    { slug: 'salary', text: 'Salary figures' },
    { slug: 'ladder', text: 'Growth ladder' },
    { slug: 'example-project', text: 'An example project at work' },
    { slug: 'portfolio', text: 'Portfolio projects and what they prove' },
    { slug: 'who-it-fits', text: 'Who this path fits' },
    { slug: 'roadmap', text: 'Roadmap' },
    { slug: 'related', text: 'Related paths' },
    { slug: 'sources', text: 'Sources' },
  ],
} as const;

/** The full heading list of a path page: template sections around the body's headings. */
export function pathSections(bodyHeadings: Heading[]): Heading[] {
  return [
    ...bodyHeadings,
    ...PATH_TEMPLATE_SECTIONS.after.map((s) => ({ depth: 2, ...s })),
  ];
}
