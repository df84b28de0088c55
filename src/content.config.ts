/**
 * Content collections: every word a reader sees lives in content/, validated by the schemas in
 * src/schemas. Cross-links use reference(), so a missing entry fails the build.
 *
 * Prose is plain Markdown (.md): it renders in the content layer, cached between builds. Use
 * .mdx only for a page that needs a component: each MDX file becomes a JavaScript module that
 * Vite bundles, which cost 23 s of a 5,000-page build when every guide was .mdx.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  faqSchema, guideSchema, pathSchema, roadmapSchema, salaryDatasetSchema, skillSchema, sourceSchema,
} from './schemas/index.ts';

const ref = (collection: Parameters<typeof reference>[0]) => reference(collection);

export const collections = {
  paths: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/paths' }), schema: pathSchema(ref) }),
  skills: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/skills' }), schema: skillSchema() }),
  roadmaps: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/roadmaps' }), schema: roadmapSchema(ref) }),
  guides: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/guides' }), schema: guideSchema(ref) }),
  faqs: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/faqs' }), schema: faqSchema(ref) }),
  salaries: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/salaries' }), schema: salaryDatasetSchema(ref) }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema }),
};
