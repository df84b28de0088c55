/**
 * Content collections: every word a reader sees lives in content/, validated by the schemas in
 * src/schemas. Cross-links use reference(), so a missing entry fails the build.
 *
 * Prose is plain Markdown (.md): it renders in the content layer, cached between builds. Use
 * .mdx only for a page that needs a component: each MDX file becomes a JavaScript module that
 * Vite bundles, which cost 23 s of a 5,000-page build when every guide was .mdx.
 *
 * retainBody: false keeps each entry's raw Markdown out of the content store (the site renders
 * entries and never reads their source text): at 5,000 extra guides that is 119 MB against 89 MB,
 * a store the build parses before the first page renders.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  faqSchema, guideSchema, pathSchema, roadmapSchema, salaryDatasetSchema, skillSchema, sourceSchema,
} from './schemas/index.ts';

const ref = (collection: Parameters<typeof reference>[0]) => reference(collection);

export const collections = {
  paths: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/paths', retainBody: false }), schema: pathSchema(ref) }),
  skills: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/skills', retainBody: false }), schema: skillSchema() }),
  roadmaps: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/roadmaps' }), schema: roadmapSchema(ref) }),
  guides: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/guides', retainBody: false }), schema: guideSchema(ref) }),
  faqs: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/faqs', retainBody: false }), schema: faqSchema(ref) }),
  salaries: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/salaries' }), schema: salaryDatasetSchema(ref) }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema }),
};
