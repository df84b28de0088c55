/**
 * Roadmap progress in the browser, with no account: loaded by RoadmapProgressData on /roadmaps/,
 * each overview and each step page. It reads the build's catalog (current step ids and rename
 * maps), reads localStorage (resetting it with a visible notice if it is damaged), brings saved
 * progress up to date with the content, shows the status controls and summaries, and keeps
 * the planning weeks in step with the reader's hours per week. The overview's export, import,
 * share and reset tools load from progress-tools.ts.
 */
import {
  BACKUP_KEY, STATUS_CHOICES, STORAGE_KEY, addBackup, backupExportText, backupReason, describeMigration, formatSummary, migrateProgress, migrationChanged,
  migrationDropped, parseStored, serialize, setStatus, summarize,
  type Catalog, type CatalogRoadmap, type ProgressData, type StatusChoice,
} from '../lib/progress.ts';
import { nodeStatusSuffix } from '../lib/roadmap-map.ts';
import type { ProgressContext } from './progress-tools.ts';
import { DEFAULT_HOURS_PER_WEEK, formatHoursPerWeek, formatTotalWeeks, formatWeeks, parseHoursPerWeek, remainingEffort, weeksFor } from '../lib/plan.ts';

const HOURS_KEY = 'python-career-guide:hours-per-week';

function readStorage(key: string): { value: string | null; ok: boolean } {
  try { return { value: localStorage.getItem(key), ok: true }; } catch { return { value: null, ok: false }; }
}
function writeStorage(key: string, value: string): boolean {
  try { localStorage.setItem(key, value); return true; } catch { return false; }
}

const all = <T extends Element>(selector: string): T[] => [...document.querySelectorAll<T>(selector)];

function start(): void {
  const source = document.querySelector<HTMLScriptElement>('script[data-progress-catalog]');
  if (!source) return;
  let catalog: Catalog;
  try { catalog = JSON.parse(source.textContent ?? '') as Catalog; } catch { return; }
  const byId = new Map(catalog.roadmaps.map((r) => [r.id, r]));
  const roadmap = byId.get(source.dataset['roadmap'] ?? '');
  const alertBox = document.querySelector<HTMLElement>('[data-progress-alert]');
  const noteBox = document.querySelector<HTMLElement>('[data-progress-note]');
  const alerts: string[] = [];
  const showAlert = (text: string) => {
    if (alerts.includes(text)) return;
    alerts.push(text);
    if (alertBox) alertBox.textContent = alerts.join(' ');
  };

  // --- Load, repair and migrate what was saved ---
  // Nothing readable is ever lost: before a value that could not be used in full is saved over,
  // the original text is kept aside under BACKUP_KEY (and offered for download). When even that
  // cannot be saved, this page stops writing, so the stored value stays as it was.
  let saveWarned = false;
  let frozen = false;
  const persist = (next: ProgressData) => {
    if (frozen) return;
    if (!writeStorage(STORAGE_KEY, serialize(next)) && !saveWarned) {
      saveWarned = true;
      showAlert('This browser is not letting the site save data, so your marks will last only until you leave this page.');
    }
  };
  const backupButton = document.querySelector<HTMLButtonElement>('[data-progress-backup]');
  const offerBackup = () => { const offer = backupButton?.closest<HTMLElement>('[data-progress-backup-offer]'); if (offer) offer.hidden = false; };
  backupButton?.addEventListener('click', () => {
    const now = new Date();
    const url = URL.createObjectURL(new Blob([backupExportText(readStorage(BACKUP_KEY).value, now)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `python-career-guide-progress-set-aside-${now.toISOString().slice(0, 10)}.json`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  });
  if (readStorage(BACKUP_KEY).value) offerBackup();

  /** Reads and migrates what is stored now; when saving over it would lose something, sets it aside first. */
  const readLatest = (forWriting: boolean): { data: ProgressData; read: ReturnType<typeof parseStored>; migrated: ReturnType<typeof migrateProgress>; keptAside: boolean } | undefined => {
    const stored = readStorage(STORAGE_KEY);
    if (!stored.ok) return undefined;
    const read = parseStored(stored.value);
    const migrated = migrateProgress(read.data, catalog);
    let keptAside = false;
    const lossy = read.keepAside || migrationDropped(migrated.report);
    if (forWriting && lossy && stored.value && !frozen) {
      const backup = addBackup(readStorage(BACKUP_KEY).value, stored.value, backupReason(read, migrationDropped(migrated.report)), new Date());
      if (writeStorage(BACKUP_KEY, backup)) { keptAside = true; offerBackup(); }
      else {
        frozen = true;
        showAlert('Your saved progress could not be used in full and this browser has no room to keep a copy of it, so it has been left untouched; marks you make now last only until you leave this page.');
      }
    }
    return { data: migrated.data, read, migrated, keptAside };
  };

  const load = (): ProgressData => {
    const stored = readStorage(STORAGE_KEY);
    if (!stored.ok) { saveWarned = true; showAlert('This browser is not letting the site read or save data, so your marks will last only until you leave this page.'); }
    const latest = readLatest(false);
    if (!latest) return emptyData();
    const { read, migrated } = latest;
    const needsSave = read.outcome !== 'ok' || migrationChanged(migrated.report);
    // Save the repaired, up-to-date copy on page load only, after setting the original aside.
    const saved = needsSave ? readLatest(true) : latest;
    if (needsSave && saved && !frozen) persist(saved.data);
    const aside = saved?.keptAside ? ' A copy of what was stored before is kept in this browser: use “Download the set-aside copy” to save it as a file.' : '';
    // When nothing could be set aside (frozen), the stored value was left as it is: the alert says so.
    if (read.outcome === 'reset' && !frozen) showAlert(`Your saved progress could not be read (it may have been edited by hand or damaged), so it has been reset.${aside} You can carry on marking steps.`);
    if (read.outcome === 'cleaned' && !frozen) showAlert(`Part of your saved progress could not be read (${read.removed} ${read.removed === 1 ? 'entry' : 'entries'}) and was left out; the rest is kept.${aside} You can carry on marking steps.`);
    if (noteBox) {
      const format = read.outcome === 'migrated' ? `Your saved progress was in another format and has been brought up to date.${read.keepAside ? aside : ''}` : '';
      const content = describeMigration(migrated.report);
      const dropped = migrationDropped(migrated.report) && !read.keepAside ? aside : '';
      noteBox.textContent = [format, content && `${content}${dropped}`].filter(Boolean).join(' ');
    }
    return migrated.data;
  };
  const emptyData = (): ProgressData => ({ version: 1, roadmaps: {} });
  let data = load();

  /** Applies a change on top of the latest stored value, so marks made in another tab are kept. */
  const update = (change: (latest: ProgressData) => ProgressData) => {
    const latest = frozen ? undefined : readLatest(true);
    data = change(latest?.data ?? data);
    persist(data);
    render();
  };

  // --- Show the controls only now that they work ---
  for (const node of all<HTMLElement>('[data-progress-js-only], [data-progress-ui], [data-plan-ui], fieldset[data-step-status]')) node.hidden = false;
  for (const fs of all<HTMLFieldSetElement>('fieldset[data-step-status]')) fs.disabled = false;
  for (const node of all<HTMLElement>('[data-progress-nojs], [data-plan-nojs]')) node.hidden = true;

  // --- Drawing ---
  const hooks: Array<() => void> = [];
  const summaryOf = (r: CatalogRoadmap) => summarize(data.roadmaps[r.id] ?? {}, r.steps.map((s) => s.id));
  const statusOf = (roadmapId: string, stepId: string): StatusChoice => data.roadmaps[roadmapId]?.[stepId] ?? 'not-started';
  const render = () => {
    for (const fs of all<HTMLFieldSetElement>('fieldset[data-step-status]')) {
      const status = statusOf(fs.dataset['roadmap'] ?? '', fs.dataset['stepStatus'] ?? '');
      for (const input of fs.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = input.value === status;
      fs.closest<HTMLElement>('[data-step]')?.setAttribute('data-status', status);
    }
    if (roadmap) {
      // The roadmap map (RoadmapMap.astro): once this roadmap has a marked step, every node shows
      // its status and its link's name ends with it ("…, done"); with none, the map stays as built.
      const marked = Object.keys(data.roadmaps[roadmap.id] ?? {}).length > 0;
      for (const node of all<HTMLElement>('[data-map-step]')) {
        const status = statusOf(roadmap.id, node.dataset['mapStep'] ?? '');
        if (marked) node.setAttribute('data-status', status); else node.removeAttribute('data-status');
        // The link's text is "Step 3: Title"; its name gains the status ("…, done").
        const link = node.querySelector<HTMLAnchorElement>('a[href]');
        if (link && marked) link.setAttribute('aria-label', `${(link.textContent ?? '').trim()}${nodeStatusSuffix(status)}`);
        else link?.removeAttribute('aria-label');
      }
      for (const key of all<HTMLElement>('[data-map-key]')) key.hidden = !marked;
      const print = document.querySelector<HTMLElement>('[data-progress-print-summary]');
      if (print) print.textContent = ` Progress saved in this browser: ${formatSummary(summaryOf(roadmap))}.`;
    }
    for (const node of all<HTMLElement>('[data-roadmap-summary]')) {
      const r = byId.get(node.dataset['roadmapSummary'] ?? '');
      const text = r ? `${node.dataset['summaryPrefix'] ?? ''}${formatSummary(summaryOf(r))}` : '';
      if (node.textContent !== text) node.textContent = text;
    }
    for (const node of all<HTMLElement>('[data-roadmap-progress]')) {
      const r = byId.get(node.dataset['roadmapProgress'] ?? '');
      const has = r !== undefined && Object.keys(data.roadmaps[r.id] ?? {}).length > 0;
      node.textContent = r && has ? `Your progress: ${formatSummary(summaryOf(r))}` : '';
    }
    renderPlan();
    for (const hook of hooks) hook();
  };

  // --- Marking a step ---
  document.addEventListener('change', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !(STATUS_CHOICES as readonly string[]).includes(input.value)) return;
    const fs = input.closest<HTMLFieldSetElement>('fieldset[data-step-status]');
    const roadmapId = fs?.dataset['roadmap'];
    const stepId = fs?.dataset['stepStatus'];
    if (!roadmapId || !stepId) return;
    const status = input.value as StatusChoice;
    update((latest) => setStatus(latest, roadmapId, stepId, status));
  });

  // Another tab changed the progress: follow it (shown, not written back).
  addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    if (!frozen) data = readLatest(false)?.data ?? data;
    render();
  });

  // Back/Forward: a page restored from the back/forward cache still holds the data it had, and a
  // reloaded one may get the browser's remembered form state; both are redrawn from storage.
  addEventListener('pageshow', (e) => {
    if (e.persisted && !frozen) data = readLatest(false)?.data ?? data;
    render();
  });

  // --- Planning ---
  const plan = document.querySelector<HTMLElement>('[data-plan]');
  const hoursInput = plan?.querySelector<HTMLInputElement>('[data-hours-input]');
  const hoursError = plan?.querySelector<HTMLElement>('[data-hours-error]');
  const savedHours = parseHoursPerWeek(readStorage(HOURS_KEY).value ?? '');
  let hours = savedHours.ok ? savedHours.hours : DEFAULT_HOURS_PER_WEEK;
  function renderPlan(): void {
    if (!plan) return;
    const range = (node: HTMLElement) => ({ min: Number(node.dataset['min']), max: Number(node.dataset['max']) });
    const stepNodes = all<HTMLElement>('[data-step-weeks]');
    for (const node of stepNodes) node.textContent = formatWeeks(weeksFor(range(node), hours));
    for (const node of all<HTMLElement>('[data-hours-echo]')) node.textContent = formatHoursPerWeek(hours);
    const total = plan.querySelector<HTMLElement>('[data-plan-total]');
    if (total) total.textContent = formatTotalWeeks(weeksFor({ min: Number(plan.dataset['totalMin']), max: Number(plan.dataset['totalMax']) }, hours));
    const firstJob = plan.querySelector<HTMLElement>('[data-plan-first-job]');
    if (firstJob) firstJob.textContent = formatTotalWeeks(weeksFor({ min: Number(plan.dataset['firstJobMin']), max: Number(plan.dataset['firstJobMax']) }, hours));
    if (!roadmap) return;
    const statuses = data.roadmaps[roadmap.id] ?? {};
    const steps = stepNodes.map((node) => ({ id: node.closest<HTMLElement>('[data-step]')?.dataset['step'] ?? '', effortHours: range(node) }));
    const left = remainingEffort(steps, statuses);
    const anyMarked = steps.some((s) => statuses[s.id] === 'done' || statuses[s.id] === 'skipped');
    for (const node of all<HTMLElement>('[data-plan-remaining]')) node.hidden = !anyMarked;
    const leftText = plan.querySelector<HTMLElement>('[data-plan-remaining-weeks]');
    if (leftText) leftText.textContent = left.max === 0 ? 'Nothing' : `${formatTotalWeeks(weeksFor(left, hours))} at ${formatHoursPerWeek(hours)} a week`;
  }
  if (hoursInput) {
    hoursInput.value = String(hours);
    const read = (showError: boolean) => {
      const parsed = parseHoursPerWeek(hoursInput.value);
      if (!parsed.ok) {
        if (showError) {
          hoursInput.setAttribute('aria-invalid', 'true');
          if (hoursError) hoursError.textContent = `${parsed.message} The weeks shown are for ${formatHoursPerWeek(hours)} a week.`;
        }
        return;
      }
      hoursInput.removeAttribute('aria-invalid');
      if (hoursError) hoursError.textContent = '';
      hours = parsed.hours;
      writeStorage(HOURS_KEY, String(hours));
      renderPlan();
    };
    hoursInput.addEventListener('input', () => read(false));
    hoursInput.addEventListener('change', () => read(true));
  }

  render();

  // --- The overview's tools: export, import, share link, reset ---
  const panel = document.querySelector<HTMLElement>('[data-progress-ui]');
  if (panel && roadmap && catalog.complete) {
    const context: ProgressContext = {
      catalog,
      roadmap,
      get: () => data,
      update,
      onRender: (fn) => { hooks.push(fn); },
    };
    void import('./progress-tools.ts').then((m) => m.initTools(context, panel));
  }
}

start();
