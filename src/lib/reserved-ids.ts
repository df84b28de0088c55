/** Element ids the layouts and page templates use; content headings never take these. */
export const RESERVED_IDS = [
  'main', 'main-content', 'top', 'toc', 'contents', 'search', 'search-dialog', 'site-nav', 'theme-toggle',
  'overview', 'sources', 'related', 'salary', 'skills', 'tasks', 'tools', 'ladder', 'portfolio', 'example-project',
  'who-it-fits', 'roadmap', 'steps', 'paths', 'when-to-learn', 'which-paths-need-it', 'required-skills',
  'nice-to-have-skills', 'salary-by-level', 'fits-if', 'less-ideal-if', 'required-on', 'nice-to-have-on', 'ready-when', 'project', 'learn', 'previous-next', 'answer',
  // Learning resources and self-check questions (src/lib/learning.ts).
  'resources', 'check-yourself', 'practice',
  // Roadmap progress and planning (RoadmapProgress*.astro).
  'progress', 'plan', 'progress-import', 'progress-import-help', 'progress-share-url', 'progress-share-help', 'progress-dialog-title',
  'hours-per-week', 'hours-per-week-help', 'hours-per-week-error',
] as const;
