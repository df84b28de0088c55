/**
 * Job-ad decoder page: reads the pasted ad in the browser (no network), lists the skills it
 * mentions, the paths it fits best and, with the reader's skill-match ticks, what they still need.
 */
import { buildPhraseIndex, decodeAd, type AdDecoding, type SkillTerms } from '../lib/job-ad.ts';
import type { PathSkillLists } from '../lib/skill-graph.ts';
import { stillNeeded } from '../lib/skill-match.ts';
import { loadSkillChoice } from './skill-choice.ts';
import { readPageData } from './page-data.ts';
import { el } from './dom.ts';

interface PageData {
  skills: SkillTerms[];
  paths: PathSkillLists[];
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
  const skillsBox = document.querySelector<HTMLElement>('[data-job-ad-skills]');
  const pathsBox = document.querySelector<HTMLElement>('[data-job-ad-paths]');
  const neededBox = document.querySelector<HTMLElement>('[data-job-ad-needed]');
  if (!textarea || !status || !skillsBox || !pathsBox || !neededBox) return;
  status.textContent = '';

  const note = (text: string) => el('p', text, 'text-sm text-muted');
  const skillLink = (id: string) => link(`/skills/${id}/`, skillTitle.get(id) ?? id);

  const renderSkills = (result: AdDecoding) => {
    if (result.skills.length === 0) return [note('No skills found.')];
    const list = el('ul', undefined, 'space-y-1');
    for (const s of result.skills) {
      const item = el('li');
      item.append(skillLink(s.id), ' ');
      const how = s.terms.map((t) => `“${t}”`).join(', ');
      item.append(el('span', `(as ${how}${s.count > 1 ? `, ${s.count} times` : ''})`, 'text-sm text-muted'));
      list.append(item);
    }
    return [list];
  };

  const renderPaths = (result: AdDecoding) => {
    if (result.fits.length === 0) return [note('No path matches yet.')];
    const list = el('ol', undefined, 'list-decimal space-y-1 pl-5');
    for (const fit of result.fits.slice(0, TOP_PATHS)) {
      const item = el('li');
      item.append(link(`/paths/${fit.id}/`, fit.title), ': ');
      item.append(`${fit.mentioned.length} of its ${fit.total} skills (${fit.percent}%), ${fit.requiredMentioned} of ${fit.requiredTotal} required`);
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
      const a = skillLink(id);
      a.className = 'chip';
      item.append(a);
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
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(decodeAd(textarea.value, index, data.paths));
  });
  form.querySelector('[data-job-ad-clear]')?.addEventListener('click', () => {
    textarea.value = '';
    const placeholder = 'Decode an ad to see this.';
    skillsBox.replaceChildren(note(placeholder));
    pathsBox.replaceChildren(note(placeholder));
    neededBox.replaceChildren(note(placeholder));
    status.textContent = 'Cleared. Paste another ad to decode it.';
    delete status.dataset['state'];
    textarea.focus();
  });
}
