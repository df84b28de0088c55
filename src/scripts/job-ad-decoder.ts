/**
 * Job-ad decoder page: reads the pasted ad in the browser (no network), lists the skills it
 * mentions by area, the paths it fits best (with a bar each) and, with the reader's skill-match
 * ticks, what they still need; then moves focus to the results heading.
 */
import { buildPhraseIndex, decodeAd, groupFoundSkills, type AdDecoding, type SkillTerms } from '../lib/job-ad.ts';
import type { PathSkillLists } from '../lib/skill-graph.ts';
import { stillNeeded } from '../lib/skill-match.ts';
import { shortTitle } from '../lib/text.ts';
import { loadSkillChoice } from './skill-choice.ts';
import { readPageData } from './page-data.ts';
import { el } from './dom.ts';

interface PageData {
  skills: Array<SkillTerms & { category: string }>;
  paths: PathSkillLists[];
  /** Skill areas in reading order, with their headings. */
  areas: Array<{ id: string; label: string }>;
}

const data = readPageData<PageData>('job-ad-data');
const form = document.querySelector<HTMLFormElement>('[data-job-ad-form]');
if (data && form) init(data, form);

/** Paths shown in "fits best". */
const TOP_PATHS = 5;

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

function init(data: PageData, form: HTMLFormElement): void {
  const index = buildPhraseIndex(data.skills);
  const skillTitle = new Map(data.skills.map((s) => [s.id, s.title]));
  const known = new Set(skillTitle.keys());
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea');
  const status = document.querySelector<HTMLElement>('[data-job-ad-status]');
  const summary = document.querySelector<HTMLElement>('[data-job-ad-summary]');
  const heading = document.querySelector<HTMLElement>('[data-job-ad-results] h2');
  const skillsBox = document.querySelector<HTMLElement>('[data-job-ad-skills]');
  const pathsBox = document.querySelector<HTMLElement>('[data-job-ad-paths]');
  const neededBox = document.querySelector<HTMLElement>('[data-job-ad-needed]');
  if (!textarea || !status || !skillsBox || !pathsBox || !neededBox) return;
  status.textContent = '';
  // The results heading takes focus after decoding, so keyboard and screen-reader users land on them.
  heading?.setAttribute('tabindex', '-1');

  const note = (text: string) => el('p', text, 'text-sm text-muted');
  const skillChip = (id: string) => {
    const a = link(`/skills/${id}/`, shortTitle(skillTitle.get(id) ?? id));
    a.className = 'chip';
    return a;
  };

  const areaOf = new Map(data.skills.map((s) => [s.id, s.category]));
  const areaLabel = new Map(data.areas.map((a) => [a.id, a.label]));
  const areaOrder = data.areas.map((a) => a.id);

  const renderSkills = (result: AdDecoding) => {
    if (result.skills.length === 0) return [note('No skills found.')];
    const out: HTMLElement[] = [];
    for (const group of groupFoundSkills(result.skills, areaOf, areaOrder)) {
      const box = el('div', undefined, 'min-w-0');
      box.append(el('p', group.area ? (areaLabel.get(group.area) ?? group.area) : 'Other', 'eyebrow'));
      const list = el('ul', undefined, 'mt-1.5 space-y-1.5');
      for (const s of group.skills) {
        const item = el('li', undefined, 'flex flex-wrap items-baseline gap-x-2');
        item.append(skillChip(s.id));
        const how = s.terms.map((t) => `“${t}”`).join(', ');
        item.append(el('span', `as ${how}${s.count > 1 ? `, ${s.count} times` : ''}`, 'text-sm text-muted'));
        list.append(item);
      }
      box.append(list);
      out.push(box);
    }
    return out;
  };

  const renderPaths = (result: AdDecoding) => {
    if (result.fits.length === 0) return [note('No path matches yet.')];
    const list = el('ol', undefined, 'space-y-3');
    for (const fit of result.fits.slice(0, TOP_PATHS)) {
      const item = el('li');
      const top = el('p', undefined, 'flex items-baseline justify-between gap-3');
      top.append(link(`/paths/${fit.id}/`, fit.title), el('span', `${fit.percent}%`, 'font-bold tabular-nums'));
      const meter = el('meter', undefined, 'meter mt-1');
      meter.min = 0;
      meter.max = 100;
      meter.value = fit.percent;
      meter.setAttribute('aria-label', `${fit.title}: share of its skills the ad mentions`);
      const detail = el('p', `${fit.mentioned.length} of its ${fit.total} skills (${fit.percent}%), ${fit.requiredMentioned} of ${fit.requiredTotal} required`, 'mt-1 text-sm text-muted');
      item.append(top, meter, detail);
      list.append(item);
    }
    const more = result.fits.length - TOP_PATHS;
    return more > 0 ? [list, note(`${more} more path${more === 1 ? ' shares' : 's share'} some of the ad’s skills, but a smaller share of their own lists.`)] : [list];
  };

  const renderNeeded = (result: AdDecoding) => {
    if (result.skills.length === 0) return [note('No skills found.')];
    const choice = loadSkillChoice(known);
    if (!choice || choice.length === 0) {
      const p = el('p', undefined, 'text-sm');
      p.append('Tick the skills you have on the ', link('/tools/skill-match/', 'skill match'), ' page and this list will show which of the ad’s skills you still need.');
      return [p];
    }
    const missing = stillNeeded(result.skills.map((s) => s.id), new Set(choice));
    if (missing.length === 0) return [el('p', `You have ticked every skill this ad mentions (${result.skills.length}).`, 'text-sm')];
    const intro = el('p', `${missing.length} of the ${result.skills.length} skills the ad mentions are not among the ${choice.length} you ticked on the skill match:`, 'text-sm');
    const list = el('ul', undefined, 'mt-2 flex flex-wrap gap-2');
    for (const id of missing) {
      const item = el('li');
      item.append(skillChip(id));
      list.append(item);
    }
    return [intro, list];
  };

  const show = (result: AdDecoding) => {
    status.textContent = result.message;
    status.dataset['state'] = result.status;
    skillsBox.replaceChildren(...renderSkills(result));
    pathsBox.replaceChildren(...renderPaths(result));
    neededBox.replaceChildren(...renderNeeded(result));
    if (summary) summary.textContent = summarize(result);
  };

  const summarize = (result: AdDecoding): string => {
    if (result.status !== 'found') return result.message;
    const areas = new Set(result.skills.map((s) => areaOf.get(s.id))).size;
    const best = result.fits[0];
    const skills = `${result.skills.length} skill${result.skills.length === 1 ? '' : 's'} in ${areas} area${areas === 1 ? '' : 's'}`;
    return best ? `${skills}. Closest path: ${best.title}, with ${best.percent}% of its skills named in the ad.` : `${skills}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = decodeAd(textarea.value, index, data.paths);
    show(result);
    // Nothing to read (empty, only symbols): stay in the box; otherwise go to the results. Focus
    // waits for the next frame, so the layout it needs is the one that paints the results.
    const target = result.status === 'found' || result.status === 'no-skills' ? heading : textarea;
    requestAnimationFrame(() => target?.focus());
  });
  form.querySelector('[data-job-ad-clear]')?.addEventListener('click', () => {
    textarea.value = '';
    const placeholder = 'Decode an ad to see this.';
    skillsBox.replaceChildren(note(placeholder));
    pathsBox.replaceChildren(note(placeholder));
    neededBox.replaceChildren(note(placeholder));
    if (summary) summary.textContent = placeholder;
    status.textContent = 'Cleared. Paste another ad to decode it.';
    delete status.dataset['state'];
    textarea.focus();
  });
}
