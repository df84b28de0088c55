/**
 * The roadmap overview's progress tools: export to a JSON file, import one back, a share link
 * that carries this roadmap's statuses in the URL fragment, and reset. Every change that
 * replaces or merges asks first in an accessible dialog (Merge, Replace, Cancel).
 * Loaded by progress.ts only on overview pages.
 */
import {
  MAX_IMPORT_BYTES, STATUS_LABELS, decodeShare, describeMigration, emptyProgress, exportText, formatSummary, mergeProgress, mergeSteps,
  migrateSteps, parseImport, readShareHash, replaceRoadmap, sameSteps, shareFragment, summarize,
  type Catalog, type CatalogRoadmap, type ProgressData, type StepStatuses,
} from '../lib/progress.ts';
import { plural } from '../lib/text.ts';
import { ask, list } from './progress-dialog.ts';
import { el } from './dom.ts';

/** What progress.ts hands the tools. */
export interface ProgressContext {
  catalog: Catalog;
  roadmap: CatalogRoadmap;
  get(): ProgressData;
  /**
   * Applies a change to the latest saved progress (another tab may have written since this page
   * read it), saves the result and redraws the page.
   */
  update(change: (latest: ProgressData) => ProgressData): void;
  /** Called after every redraw. */
  onRender(fn: () => void): void;
}

export function initTools(ctx: ProgressContext, panel: HTMLElement): void {
  const { roadmap, catalog } = ctx;
  const dialog = document.querySelector<HTMLDialogElement>('[data-progress-dialog]');
  const message = panel.querySelector<HTMLElement>('[data-progress-message]');
  const error = panel.querySelector<HTMLElement>('[data-progress-error]');
  const say = (text: string) => { if (error) error.textContent = ''; if (message) message.textContent = text; };
  const fail = (text: string) => { if (message) message.textContent = ''; if (error) error.textContent = text; };
  const stepIds = roadmap.steps.map((s) => s.id);
  const mine = (): StepStatuses => ctx.get().roadmaps[roadmap.id] ?? {};
  const summaryText = (steps: StepStatuses) => formatSummary(summarize(steps, stepIds));
  const byId = new Map(catalog.roadmaps.map((r) => [r.id, r]));

  // --- Export ---
  panel.querySelector('[data-progress-export]')?.addEventListener('click', () => {
    const data = ctx.get();
    const count = Object.keys(data.roadmaps).length;
    if (count === 0) { fail('There is nothing to export yet: no step is marked on any roadmap.'); return; }
    const now = new Date();
    const name = `python-career-guide-progress-${now.toISOString().slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([exportText(data, now)], { type: 'application/json' }));
    const link = el('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    say(`Saved your progress on ${plural(count, 'roadmap')} as ${name}. Import it on another device or browser to carry on there.`);
  });

  // --- Import ---
  const fileInput = panel.querySelector<HTMLInputElement>('[data-progress-import]');
  fileInput?.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void importFile(file).finally(() => { fileInput.value = ''; });
  });

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      fail(`That file is ${(file.size / 1000).toFixed(0)} KB, too large to be a progress file (the limit is ${MAX_IMPORT_BYTES / 1000} KB). Nothing was changed.`);
      return;
    }
    let text: string;
    try { text = await file.text(); } catch { fail('That file could not be read. Nothing was changed.'); return; }
    const parsed = parseImport(text, catalog);
    if (!parsed.ok) { fail(`${parsed.error} Nothing was changed.`); return; }
    const incoming = parsed.value.data;
    const ids = Object.keys(incoming.roadmaps);
    if (ids.length === 0) { fail('That file holds no marked steps. Nothing was changed.'); return; }
    if (!dialog) return;
    const lines = ids.map((id) => {
      const r = byId.get(id);
      return r ? `${r.title}: ${formatSummary(summarize(incoming.roadmaps[id] ?? {}, r.steps.map((s) => s.id)))}` : id;
    });
    const current = Object.keys(ctx.get().roadmaps).length;
    const body: Node[] = [
      el('p', `The file “${file.name.slice(0, 80)}” holds progress on ${plural(ids.length, 'roadmap')}:`),
      list(lines),
    ];
    const changes = describeMigration(parsed.value.report);
    if (changes) body.push(el('p', changes.replace('since you last saved progress', 'since the file was exported')));
    body.push(
      el('p', current ? `Progress is saved in this browser on ${plural(current, 'roadmap')}.` : 'No progress is saved in this browser yet.'),
      el('p', 'Merge adds the file’s marks to yours; where both mark the same step, the file’s status is used. Replace makes your progress on every roadmap match the file, clearing roadmaps the file does not mention. Cancel changes nothing.'),
    );
    const choice = await ask(dialog, 'Import progress from this file?', body, [
      { value: 'merge', label: 'Merge', primary: true },
      { value: 'replace', label: 'Replace' },
      { value: 'cancel', label: 'Cancel' },
    ], 'merge');
    if (choice === 'merge') { ctx.update((latest) => mergeProgress(latest, incoming)); say(`Merged the file’s progress. On this roadmap: ${summaryText(mine())}.`); }
    else if (choice === 'replace') { ctx.update(() => mergeProgress(emptyProgress(), incoming)); say(`Replaced your progress with the file’s. On this roadmap: ${summaryText(mine())}.`); }
    else say('Import canceled. Nothing was changed.');
  }

  // --- Share link ---
  const shareOut = panel.querySelector<HTMLElement>('[data-progress-share-out]');
  const shareUrl = panel.querySelector<HTMLInputElement>('[data-progress-share-url]');
  const linkFor = (steps: StepStatuses) => new URL(`/roadmaps/${roadmap.id}/#${shareFragment(steps, stepIds)}`, location.origin).href;
  const refreshShare = () => {
    if (!shareOut || !shareUrl || shareOut.hidden) return;
    const steps = mine();
    if (Object.keys(steps).length === 0) { shareOut.hidden = true; return; }
    shareUrl.value = linkFor(steps);
  };
  ctx.onRender(refreshShare);
  panel.querySelector('[data-progress-share]')?.addEventListener('click', () => {
    const steps = mine();
    if (!shareOut || !shareUrl) return;
    if (Object.keys(steps).length === 0) { fail('Mark at least one step first: the link carries your statuses.'); return; }
    shareOut.hidden = false;
    shareUrl.value = linkFor(steps);
    shareUrl.focus();
    shareUrl.select();
    say(`Share link ready: it holds ${plural(Object.keys(steps).length, 'marked step')} and updates as you mark more.`);
  });
  panel.querySelector('[data-progress-copy]')?.addEventListener('click', () => {
    if (!shareUrl) return;
    const selectIt = () => { shareUrl.focus(); shareUrl.select(); say('Copying was blocked, so the link is selected: press Ctrl+C (or Cmd+C) to copy it.'); };
    if (!navigator.clipboard) { selectIt(); return; }
    navigator.clipboard.writeText(shareUrl.value).then(() => say('Link copied.'), selectIt);
  });

  // --- Reset ---
  panel.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    const marked = Object.keys(mine()).length;
    if (marked === 0) { say('There is no progress on this roadmap to reset.'); return; }
    if (!dialog) return;
    void ask(dialog, `Reset your progress on ${roadmap.title}?`, [
      el('p', `This clears the status of ${plural(marked, 'marked step')} on this roadmap, in this browser. Progress on other roadmaps stays.`),
      el('p', 'To keep a copy, cancel and export to a file first.'),
    ], [
      { value: 'reset', label: 'Reset' },
      { value: 'cancel', label: 'Cancel', primary: true },
    ], 'cancel').then((choice) => {
      if (choice === 'reset') { ctx.update((latest) => replaceRoadmap(latest, roadmap.id, {})); say('Your progress on this roadmap was reset.'); }
      else say('Reset canceled. Nothing was changed.');
    });
  });

  // --- Opening a share link ---
  const clearHash = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const fromHash = () => {
    const encoded = readShareHash(location.hash);
    if (encoded === null) return;
    clearHash();
    void openShared(encoded, roadmap);
  };
  async function openShared(encoded: string, r: CatalogRoadmap): Promise<void> {
    const decoded = decodeShare(encoded);
    if (!decoded.ok) { fail(`${decoded.error} Nothing was changed.`); return; }
    const { steps: incoming, report } = migrateSteps(decoded.value, r);
    const count = Object.keys(incoming).length;
    if (count === 0) { fail('The shared link holds no steps of this roadmap. Nothing was changed.'); return; }
    if (sameSteps(incoming, mine())) { say('Your progress already matches the shared link.'); return; }
    if (!dialog) return;
    const lines = r.steps.flatMap((s, i) => {
      const status = incoming[s.id];
      return status ? [`Step ${i + 1}, ${s.title}: ${STATUS_LABELS[status]}`] : [];
    });
    const body: Node[] = [el('p', `This link holds statuses for ${count} of the ${r.steps.length} steps of ${r.title}:`), list(lines)];
    if (report.dropped.length) body.push(el('p', `It also lists ${plural(report.dropped.length, 'step')} this roadmap no longer has; ${report.dropped.length === 1 ? 'it' : 'they'} will be left out.`));
    const current = mine();
    body.push(
      el('p', Object.keys(current).length ? `Your progress here now: ${summaryText(current)}.` : 'You have no progress saved on this roadmap yet.'),
      el('p', 'Merge keeps your marks and adds the link’s; where both mark the same step, the link’s status is used. Replace makes your progress on this roadmap match the link. Cancel leaves your progress as it is.'),
    );
    const choice = await ask(dialog, 'Use progress from a shared link?', body, [
      { value: 'merge', label: 'Merge', primary: true },
      { value: 'replace', label: 'Replace' },
      { value: 'cancel', label: 'Cancel' },
    ], 'merge');
    if (choice === 'merge') { ctx.update((latest) => replaceRoadmap(latest, r.id, mergeSteps(latest.roadmaps[r.id] ?? {}, incoming))); say(`Merged the shared progress: ${summaryText(mine())}.`); }
    else if (choice === 'replace') { ctx.update((latest) => replaceRoadmap(latest, r.id, incoming)); say(`Replaced your progress with the shared link’s: ${summaryText(mine())}.`); }
    else say('Shared progress not used. Nothing was changed.');
    panel.closest('section')?.scrollIntoView({ block: 'start' });
  }
  fromHash();
  addEventListener('hashchange', fromHash);
}
