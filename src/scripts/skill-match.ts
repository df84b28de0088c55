/**
 * Skill match page: restores the reader's ticks, saves every change, and shows for each path the
 * share of its required and nice-to-have skills the reader has, best match first.
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
  const table = document.querySelector<HTMLTableSectionElement>('[data-skill-match-table]');
  const clearButton = root.querySelector<HTMLButtonElement>('[data-skill-match-clear]');
  document.querySelector('[data-skill-match-nojs]')?.setAttribute('hidden', '');

  const ticked = () => new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  const apply = (ids: Iterable<string>) => {
    const set = new Set(ids);
    for (const b of boxes) b.checked = set.has(b.value);
  };

  const renderCard = (match: PathMatch, have: Set<string>) => {
    const card = document.querySelector<HTMLElement>(`[data-path-card="${CSS.escape(match.id)}"]`);
    if (!card) return;
    const score = card.querySelector<HTMLElement>('[data-path-score]');
    if (score) {
      const nice = match.niceToHave.total > 0 ? ` and ${formatShare(match.niceToHave)} of its nice-to-have skills` : '';
      score.textContent = `You have ${formatShare(match.required)} of its required skills${nice}.`;
    }
    // A group of alternatives (data-skill-group) is had when any of its members is ticked.
    for (const item of card.querySelectorAll<HTMLElement>('[data-skill], [data-skill-group]')) {
      const mark = item.querySelector<HTMLElement>('[data-mark]');
      const ids = (item.dataset['skill'] ?? item.dataset['skillGroup'] ?? '').split(' ');
      const has = ids.some((id) => have.has(id));
      item.dataset['have'] = has ? 'yes' : 'no';
      if (mark) {
        mark.textContent = has ? '(you have it)' : '(to learn)';
        mark.className = has ? 'text-good' : 'text-muted';
      }
    }
  };

  let announce: number | undefined;
  const update = (quiet: boolean) => {
    const have = ticked();
    const ranked = rankPathMatches(data.paths, have);
    if (count) count.textContent = have.size === 0 ? 'No skills ticked.' : `${have.size} skill${have.size === 1 ? '' : 's'} ticked.`;
    if (table) {
      for (const match of ranked) {
        const row = table.querySelector<HTMLTableRowElement>(`tr[data-path="${CSS.escape(match.id)}"]`);
        if (!row) continue;
        const required = row.querySelector('[data-required]');
        const nice = row.querySelector('[data-nice]');
        if (required) required.textContent = formatShare(match.required);
        if (nice) nice.textContent = match.niceToHave.total > 0 ? formatShare(match.niceToHave) : 'none listed';
        table.append(row); // re-appending in ranked order sorts the rows
      }
    }
    for (const match of ranked) renderCard(match, have);
    const best = ranked[0];
    const message = have.size === 0 || !best || best.required.have.length === 0
      ? (have.size === 0 ? 'Tick the skills you have to see how close you are to each path.' : 'None of the skills you ticked is required on any path; the table shows the nice-to-have ones.')
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
