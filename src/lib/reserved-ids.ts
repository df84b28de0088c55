import { TEMPLATE_SECTION_IDS } from './page-sections.ts';

/** Element ids the layouts and page templates use; content headings never take these. */
export const RESERVED_IDS: readonly string[] = [
  'main', 'main-content', 'top', 'toc', 'contents', 'search', 'search-dialog', 'site-nav', 'theme-toggle',
  // Search (SearchDialog.astro, SearchResultsArea.astro).
  'search-dialog-title', 'search-dialog-input', 'search-dialog-keys', 'search-dialog-results', 'search-page-input', 'search-page-results',
  // The sections of every page template (lib/page-sections.ts).
  ...TEMPLATE_SECTION_IDS,
  // Roadmap pages and FAQ answers, beside their sections.
  'paths', 'previous-next', 'answer',
  // Roadmap progress and planning (RoadmapProgress*.astro).
  'progress-import', 'progress-import-help', 'progress-share-url', 'progress-share-help', 'progress-dialog-title',
  'hours-per-week', 'hours-per-week-help', 'hours-per-week-error',
];
