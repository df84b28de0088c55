/**
 * Skill match page: restores the reader's ticks, saves every change, and shows for each path the
 * share of its required and nice-to-have skills the reader has (a bar and the figures), the cards
 * sorted best match first and the skills still to learn first in each list.
 */
import { formatShare, rankPathMatches, type PathMatch } from '../lib/skill-match.ts';
import type { PathSkillLists } from '../lib/skill-graph.ts';
import { SKILL_CHOICE_KEY, loadSkillChoice, saveSkillChoice } from './skill-choice.ts';
import { readPageData } from './page-data.ts';

interface PageData {
  skills: Array<{ id: string; title: string }>;
  paths: PathSkillLists[];
}

const data = readPageData<PageData>('skill-match-data');
const root = document.querySelector<HTMLElement>('[data-skill-match-choices]');
if (data && root) init(data, root);

function init(data: PageData, root: HTMLElement): void {
  const known = new Set(data.skills.map((s) => s.id));
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-skill-choice]')];
  const status = document.querySelector<HTMLElement>('[data-skill-match-status]');
  const count = document.querySelector<HTMLElement>('[data-skill-match-count]');
  const list = document.querySelector<HTMLElement>('[data-skill-match-list]');
  const ranking = document.querySelector<HTMLElement>('[data-skill-match-ranking]');
  const clearButton = root.querySelector<HTMLButtonElement>('[data-skill-match-clear]');
  document.querySelector('[data-skill-match-nojs]')?.setAttribute('hidden', '');

  const ticked = () => new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  const apply = (ids: Iterable<string>) => {
    const set = new Set(ids);
    for (const b of boxes) b.checked = set.has(b.value);
  };

  const renderCard = (card: HTMLElement, match: PathMatch, have: ReadonlySet<string>) => {
    const score = card.querySelector<HTMLElement>('[data-path-score]');
    if (score) {
      const nice = match.niceToHave.total > 0 ? ` and ${formatShare(match.niceToHave)} of its nice-to-have skills` : '';
      score.textContent = `You have ${formatShare(match.required)} of its required skills${nice}.`;
    }
    for (const tier of ['required', 'nice'] as const) {
      const list = card.querySelector<HTMLElement>(`[data-tier="${tier}"]`);
      if (!list) continue;
      // Skills still to learn first, then the ones the reader has, each in the path's order
      // (data-order). An item names its skill in data-skill (or its alternatives in
      // data-skill-group, had when any of them is ticked).
      const items = [...list.querySelectorAll<HTMLElement>(':scope > li')].map((li) => ({
        li,
        has: (li.dataset['skill'] ?? li.dataset['skillGroup'] ?? '').split(' ').some((id) => have.has(id)),
        order: Number(li.dataset['order'] ?? 0),
      }));
      items.sort((a, b) => Number(a.has) - Number(b.has) || a.order - b.order);
      for (const { li, has } of items) {
        li.dataset['have'] = has ? 'yes' : 'no';
        const mark = li.querySelector<HTMLElement>('[data-mark]');
        if (mark) mark.textContent = has ? '(you have it)' : '(to learn)';
        list.append(li);
      }
      const missing = items.filter((x) => !x.has).length;
      const left = card.querySelector<HTMLElement>(`[data-tier-label="${tier}"] [data-left]`);
      if (left) left.textContent = missing === 0 ? 'you have them all' : `${missing} to learn`;
    }
  };

  let announce: number | undefined;
  const update = (quiet: boolean) => {
    const have = ticked();
    const ranked = rankPathMatches(data.paths, have);
    if (count) count.textContent = have.size === 0 ? 'No skills ticked.' : `${have.size} skill${have.size === 1 ? '' : 's'} ticked.`;
    // Re-appending in ranked order sorts the bars and the cards.
    for (const match of ranked) {
      const row = ranking?.querySelector<HTMLElement>(`[data-path="${CSS.escape(match.id)}"]`);
      if (row) {
        const meter = row.querySelector<HTMLMeterElement>('[data-path-meter]');
        if (meter) meter.value = match.required.percent;
        const percent = row.querySelector<HTMLElement>('[data-path-percent]');
        if (percent) percent.textContent = `${match.required.percent}%`;
        const fraction = row.querySelector<HTMLElement>('[data-path-fraction]');
        if (fraction) fraction.textContent = `${match.required.have.length} of ${match.required.total}`;
        ranking!.append(row);
      }
      const card = list?.querySelector<HTMLElement>(`[data-path-card="${CSS.escape(match.id)}"]`);
      if (!card) continue;
      renderCard(card, match, have);
      list!.append(card);
    }
    const best = ranked[0];
    const message = have.size === 0 || !best || best.required.have.length === 0
      ? (have.size === 0 ? 'Tick the skills you have to see how close you are to each path.' : 'None of the skills you ticked is required on any path; the lists below show the nice-to-have ones.')
      : `Closest path: ${best.title}, with ${formatShare(best.required)} of its required skills.`;
    // Announce once the reader pauses, not on every tick.
    window.clearTimeout(announce);
    if (!status) return;
    if (quiet) status.textContent = message;
    else announce = window.setTimeout(() => { status.textContent = message; }, 400);
  };

  const restored = loadSkillChoice(known);
  if (restored) apply(restored);
  update(true);

  root.addEventListener('change', () => {
    saveSkillChoice(ticked());
    update(false);
  });
  clearButton?.addEventListener('click', () => {
    apply([]);
    saveSkillChoice([]);
    update(true);
    if (status) status.textContent = 'Your choices are cleared. Tick the skills you have to see how close you are to each path.';
  });
  // Another tab changed the choice: follow it.
  addEventListener('storage', (event) => {
    if (event.key !== SKILL_CHOICE_KEY && event.key !== null) return;
    apply(loadSkillChoice(known) ?? []);
    update(true);
  });
}
