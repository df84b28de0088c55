/**
 * How each career path looks: its family (which sets its colour) and its icon. Families group
 * the paths the way readers think of them; the colour tokens live in tailwind.config.ts.
 */
import type { IconName } from './icons.ts';

export const PATH_FAMILIES = {
  web: { label: 'Web', text: 'text-web', soft: 'bg-web-soft' },
  data: { label: 'Data', text: 'text-data', soft: 'bg-data-soft' },
  ml: { label: 'Machine learning', text: 'text-ml', soft: 'bg-ml-soft' },
  infra: { label: 'Infrastructure', text: 'text-infra', soft: 'bg-infra-soft' },
  quality: { label: 'Quality and security', text: 'text-quality', soft: 'bg-quality-soft' },
  lead: { label: 'Leadership', text: 'text-lead', soft: 'bg-lead-soft' },
} as const;

export type PathFamily = keyof typeof PATH_FAMILIES;

const IDENTITY: Record<string, { family: PathFamily; icon: IconName }> = {
  'backend-developer': { family: 'web', icon: 'server' },
  'full-stack-developer': { family: 'web', icon: 'layers' },
  'data-analyst': { family: 'data', icon: 'chart' },
  'data-engineer': { family: 'data', icon: 'pipeline' },
  'data-scientist': { family: 'data', icon: 'beaker' },
  'machine-learning-engineer': { family: 'ml', icon: 'neural' },
  'algorithm-developer': { family: 'ml', icon: 'graph' },
  'automation-engineer': { family: 'infra', icon: 'cog' },
  'devops-engineer': { family: 'infra', icon: 'cloud' },
  'qa-automation-engineer': { family: 'quality', icon: 'check' },
  'security-engineer': { family: 'quality', icon: 'lock' },
  'technical-lead': { family: 'lead', icon: 'people' },
};

/** A path's family and icon; an unknown id is a content mistake the content tests report. */
export function pathIdentity(pathId: string): { family: PathFamily; icon: IconName } {
  return IDENTITY[pathId] ?? { family: 'web', icon: 'path' };
}

/** Ids that have an identity (the content tests check every path is among them). */
export const PATHS_WITH_IDENTITY = Object.keys(IDENTITY);

/** Classes of a tile in a family's colours: its soft background with its text colour. */
export const familyTile = (family: PathFamily): string => `${PATH_FAMILIES[family].soft} ${PATH_FAMILIES[family].text}`;

/** Icon and icon-tile classes for something that belongs to a path (or to none: the general look). */
export function pathLook(pathId: string | undefined, general: IconName = 'roadmap'): { icon: IconName; iconClass: string } {
  if (!pathId) return { icon: general, iconClass: 'bg-sun-soft text-sun-ink' };
  const { family, icon } = pathIdentity(pathId);
  return { icon, iconClass: familyTile(family) };
}
