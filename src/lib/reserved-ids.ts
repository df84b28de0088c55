import { TEMPLATE_SECTION_IDS } from './page-sections.ts';

/** Element ids the layouts and page templates use; content headings never take these. */
export const RESERVED_IDS: readonly string[] = [
  'main', 'main-content', 'top', 'toc', 'contents', 'search', 'search-dialog', 'site-nav', 'theme-toggle',
  // Search (SearchDialog.astro, SearchResultsArea.astro).
  'search-dialog-title', 'search-dialog-input', 'search-dialog-keys', 'search-dialog-results', 'search-page-input', 'search-page-results',
  // The sections of the path, skill and guide templates (lib/page-sections.ts).
  ...TEMPLATE_SECTION_IDS,
  // Roadmap overview and step pages, FAQ answers.
  'overview', 'steps', 'paths', 'ready-when', 'project', 'learn', 'previous-next', 'answer',
  // Roadmap progress and planning (RoadmapProgress*.astro).
  'progress', 'plan', 'progress-import', 'progress-import-help', 'progress-share-url', 'progress-share-help', 'progress-dialog-title',
  'hours-per-week', 'hours-per-week-help', 'hours-per-week-error', 'time-to-a-first-job', 'what-our-sources-say',
  // The maps (RoadmapMap.astro, CareerMap.astro); map nodes take "map-{step id}".
  'map', 'career-map',
];
