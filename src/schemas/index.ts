export * from './common.ts';
export { sourceSchema } from './sources.ts';
export { salaryDatasetSchema, salaryRowSchema } from './salaries.ts';
export { skillSchema, skillCategories } from './skills.ts';
export { pathSchema } from './paths.ts';
export { roadmapSchema, roadmapStepSchema } from './roadmaps.ts';
export { guideSchema } from './guides.ts';
export { faqSchema, faqTopics } from './faqs.ts';
