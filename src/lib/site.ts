/** Site-wide facts: name, navigation, page titles, breadcrumbs and canonical URLs. */

export const SITE_NAME = 'Python Career Guide';
export const SITE_TAGLINE = 'Choose, plan and follow a career as a Python developer';

export const NAV = [
  { href: '/paths/', label: 'Paths' },
  { href: '/skills/', label: 'Skills' },
  { href: '/roadmaps/', label: 'Roadmaps' },
  { href: '/guides/', label: 'Guides' },
  { href: '/salaries/', label: 'Salaries' },
  { href: '/faq/', label: 'FAQ' },
] as const;

/** The interactive tools, first-class entries on the home page and in the phone menu. */
export const TOOLS = [
  { href: '/tools/skill-match/', label: 'Skill match', blurb: 'Tick the skills you have; see how close each path is and what is missing.', icon: 'match' },
  { href: '/tools/job-ad-decoder/', label: 'Job-ad decoder', blurb: 'Paste a job ad; see the skills it asks for and the paths it fits.', icon: 'decode' },
  { href: '/compare/', label: 'Compare two paths', blurb: 'Pay, skills and entry routes of any two paths side by side.', icon: 'compare' },
] as const;

/** What kind of page a URL is; shown in search results and used as the search filter. */
export type PageKind = 'path' | 'skill' | 'roadmap' | 'roadmap step' | 'guide' | 'FAQ' | 'salaries' | 'page' | 'comparison' | 'tool' | 'practice';

export const KIND_LABELS: Record<PageKind, string> = {
  path: 'Career path', skill: 'Skill', roadmap: 'Roadmap', 'roadmap step': 'Roadmap step', guide: 'Guide', FAQ: 'FAQ', salaries: 'Salaries', page: 'Page',
  comparison: 'Comparison', tool: 'Tool', practice: 'Interview practice',
};

/** The icon shown with each kind of page (src/lib/icons.ts). */
export const KIND_ICONS: Record<PageKind, import('./icons.ts').IconName> = {
  path: 'path', skill: 'skill', roadmap: 'roadmap', 'roadmap step': 'step', guide: 'guide', FAQ: 'faq', salaries: 'salaries', page: 'guide',
  comparison: 'compare', tool: 'tool', practice: 'match',
};

/** "Backend developer · Python Career Guide"; the home page uses the site name alone. */
export function pageTitle(title: string | undefined): string {
  return title ? `${title} · ${SITE_NAME}` : `${SITE_NAME}: ${SITE_TAGLINE}`;
}

export interface Crumb {
  href: string;
  label: string;
}

/** Absolute canonical URL with a trailing slash. */
export function canonicalUrl(pathname: string, site: URL | string): string {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return new URL(withSlash, site).href;
}

/** Whether a nav item is the current section. */
export function isCurrentSection(navHref: string, pathname: string): boolean {
  return pathname === navHref || pathname.startsWith(navHref);
}
