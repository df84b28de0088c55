/**
 * Each page template's own sections, in page order: the one list from which the template's
 * headings (ids, text and level), its table of contents, the reserved ids (lib/reserved-ids.ts)
 * and the content checker's known #anchors all derive. A content body's own headings come first;
 * the template's sections follow them. Sections that repeat per item of data (one per roadmap
 * step, per path, per dataset) are not listed: their ids come from the functions at the end.
 */
import type { Heading } from './toc.ts';

export interface TemplateSection<S extends string = string> {
  slug: S;
  text: string;
  /** 2 for a section, 3 for a part of one. */
  depth: 2 | 3;
  /** Listed in the table of contents (every section; a part only where the template says so). */
  toc: boolean;
}

const h2 = <S extends string>(slug: S, text: string): TemplateSection<S> => ({ slug, text, depth: 2, toc: true });
const h3 = <S extends string>(slug: S, text: string, toc = false): TemplateSection<S> => ({ slug, text, depth: 3, toc });

/** Sections a component draws the same way on several templates. */
const SOURCES = h2('sources', 'Sources');
const RELATED = h2('related', 'Related paths');
const SALARY_BY_LEVEL = h3('salary-by-level', 'Python developers in general, by level');

export const PAGE_SECTIONS = {
  /** /paths/{path}/ (PathDetails.astro), after the path's Markdown body. */
  path: [
    h2('tasks', 'Typical tasks'),
    h2('skills', 'Skills you need'),
    h3('required-skills', 'Required for a first job'),
    h3('nice-to-have-skills', 'Nice to have'),
    h2('tools', 'Tools you will use'),
    h2('salary', 'Salary figures'),
    SALARY_BY_LEVEL,
    h2('ladder', 'Growth ladder'),
    h2('example-project', 'An example project at work'),
    h2('portfolio', 'Portfolio projects and what they prove'),
    h2('who-it-fits', 'Who this path fits'),
    h3('fits-if', 'It may suit you if you'),
    h3('less-ideal-if', 'It may not suit you if you'),
    h2('roadmap', 'Roadmap'),
    RELATED,
    SOURCES,
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
  guide: [RELATED, SOURCES],
  /** /roadmaps/: the note under the cards. */
  roadmapIndex: [h2('how-roadmaps-work', 'How weeks and progress work')],
  /**
   * /roadmaps/{roadmap}/ (with RoadmapMap, TimeToFirstJob, RoadmapProgress, RoadmapProgressPlan):
   * "Time to a first job" only where there is something to show; one h3 per step under "The steps".
   */
  roadmap: [
    h2('overview', 'Overview'),
    h2('map', 'Map of the roadmap'),
    h2('time-to-a-first-job', 'Time to a first job'),
    h3('what-our-sources-say', 'What our sources say'),
    h2('progress', 'Your progress'),
    h2('plan', 'Plan your time'),
    h2('steps', 'The steps'),
    SOURCES,
  ],
  /** /roadmaps/{roadmap}/{step}/ ("Skills" and "Resources" only when the step has some). */
  roadmapStep: [
    h2('learn', 'What to learn'),
    h2('skills', 'Skills'),
    h2('resources', 'Resources'),
    h2('project', 'Project to build'),
    h2('ready-when', 'Ready to move on?'),
  ],
  /** /salaries/: one h3 per path under the first section, then one section per dataset. */
  salaries: [
    h2('by-career-path', 'Pay for each career path'),
    h2('how-to-read', 'How to read these figures'),
    h2('outside-the-us', 'If you work outside the United States'),
    h2('where-sources-disagree', 'Where the sources disagree'),
  ],
  /** /compare/: one h3 per path under "Every comparison, by path". */
  compareIndex: [
    h2('pick-two', 'Pick two paths'),
    h2('how-to-read', 'How to read a comparison'),
    h3('skill-overlap', 'Skill overlap', true),
    h3('pay-figures', 'Pay figures', true),
    h2('all-comparisons', 'Every comparison, by path'),
  ],
  /** /compare/{a}-vs-{b}/ (PathComparison.astro); the h3s for each of the two paths come from lib/compare.ts comparisonHeadings. */
  comparison: [
    h2('key-facts', 'Key facts'),
    h2('day-to-day', 'Day-to-day work'),
    h2('skills-compared', 'Skills compared'),
    h3('shared-skills', 'Skills both paths list'),
    h2('pay', 'Salary figures'),
    SALARY_BY_LEVEL,
    h2('growth', 'Growth ladders'),
    h2('who-each-fits', 'Who each path fits'),
    h2('next-steps', 'Next steps'),
    SOURCES,
  ],
  /** /tools/skill-match/ (SkillMatchTool.astro): one h3 per path under "How your skills match each path". */
  skillMatch: [
    h2('your-skills', 'Skills you have'),
    h2('your-match', 'How your skills match each path'),
  ],
  /** /tools/job-ad-decoder/ (JobAdDecoder.astro). */
  jobAdDecoder: [
    h2('paste-the-ad', 'Paste the ad'),
    h2('what-the-ad-asks-for', 'What the ad asks for'),
    h3('ad-skills', 'Skills the ad mentions'),
    h3('ad-paths', 'Paths it fits best'),
    h3('ad-still-needed', 'Still to learn'),
    h2('how-it-reads', 'How the decoder reads an ad'),
  ],
  /** The home page and /paths/ (CareerMap.astro). */
  careerMap: [h2('career-map', 'Career map')],
  /** The 404 page. */
  notFound: [h2('sections', 'Or start from a section')],
} as const satisfies Record<string, readonly TemplateSection[]>;

export type PageTemplate = keyof typeof PAGE_SECTIONS;
/** The section slugs of one template. */
export type SectionSlug<T extends PageTemplate> = (typeof PAGE_SECTIONS)[T][number]['slug'];

/** What a template's AnchorHeading takes for one of its sections. */
export interface SectionHeading {
  level: 2 | 3;
  id: string;
  text: string;
}

/** A template's sections by slug, ready to spread into AnchorHeading (`<AnchorHeading {...h.tasks} />`). */
export function sectionHeadings<T extends PageTemplate>(template: T): Record<SectionSlug<T>, SectionHeading> {
  return Object.fromEntries(PAGE_SECTIONS[template].map((s) => [s.slug, { level: s.depth, id: s.slug, text: s.text }])) as Record<SectionSlug<T>, SectionHeading>;
}

/** The "Sources" section, drawn by SourceList.astro on every template that lists it. */
export const SOURCES_HEADING: SectionHeading = { level: SOURCES.depth, id: SOURCES.slug, text: SOURCES.text };

/**
 * A page's headings for its table of contents: the body's, then the template's listed sections,
 * minus those `shown` marks false (the sections a template draws only when it has something for them).
 */
export function pageHeadings<T extends PageTemplate>(template: T, bodyHeadings: Heading[] = [], shown: Partial<Record<SectionSlug<T>, boolean>> = {}): Heading[] {
  const sections: readonly TemplateSection[] = PAGE_SECTIONS[template];
  const hidden = new Set(Object.entries(shown).filter(([, on]) => on === false).map(([slug]) => slug));
  return [...bodyHeadings, ...sections.filter((s) => s.toc && !hidden.has(s.slug)).map(({ depth, slug, text }) => ({ depth, slug, text }))];
}

/** Every id that some template gives one of its sections. */
export const TEMPLATE_SECTION_IDS: readonly string[] = [...new Set(Object.values(PAGE_SECTIONS).flatMap((list) => list.map((s) => s.slug)))];

/**
 * Ids of the headings a template repeats for each item of its data: one scheme each, used by the
 * template that draws the heading and by every link to it.
 */
export const ITEM_SECTION_IDS = {
  /** A step's h3 under "The steps" on /roadmaps/{roadmap}/. */
  roadmapStep: (stepId: string) => `step-${stepId}`,
  /** A path's h3 under "Pay for each career path" on /salaries/. */
  pathPay: (pathId: string) => `${pathId}-pay`,
  /** A path's h3 under "Every comparison, by path" on /compare/. */
  comparisonsWith: (pathId: string) => `with-${pathId}`,
  /** A path's h3 under "How your skills match each path" on /tools/skill-match/. */
  skillMatch: (pathId: string) => `match-${pathId}`,
  /** A topic's h2 on /faq/ (its questions' h3s take the question's own id). */
  faqTopic: (topic: string) => `topic-${topic}`,
  /** One of the two paths' h3 under a section of /compare/{a}-vs-{b}/. */
  comparison: (part: 'work' | 'only' | 'pay' | 'ladder' | 'fit', pathId: string) => `${part}-${pathId}`,
} as const;
