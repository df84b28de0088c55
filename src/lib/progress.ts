/**
 * Reading progress on roadmaps, kept in the reader's browser with no account: plain data in,
 * plain data out. The browser module (src/scripts/progress.ts) does the storage and the DOM.
 *
 * Progress is keyed by roadmap id and stable step id. A step with no entry is "not started".
 * When the content changes, saved progress follows it: a renamed step moves to its new id
 * through the roadmap's `renamed` map, and a removed step is dropped.
 */
import { plural } from './text.ts';

import { preview } from './text.ts';

/** The statuses a reader can give a step; "not started" is the absence of an entry. */
export const STATUSES = ['done', 'in-progress', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];
/** What a control offers: the three statuses plus going back to "not started". */
export type StatusChoice = Status | 'not-started';

export const STATUS_LABELS: Record<StatusChoice, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};
/** Every choice, in the order a step's controls offer them. */
export const STATUS_CHOICES: readonly StatusChoice[] = ['not-started', 'in-progress', 'done', 'skipped'];

/** One roadmap's progress: step id -> status. */
export type StepStatuses = Record<string, Status>;

/** Everything the browser keeps, and what an export file holds (plus a header). */
export interface ProgressData {
  version: 1;
  /** Roadmap id -> its steps' statuses. */
  roadmaps: Record<string, StepStatuses>;
}

/** What the build tells the browser about a roadmap. */
export interface CatalogRoadmap {
  id: string;
  title: string;
  /** Current steps, in order. */
  steps: Array<{ id: string; title: string }>;
  /** Old step id -> current step id. */
  renamed: Record<string, string>;
}

export interface Catalog {
  /** True when `roadmaps` lists every roadmap on the site (the index and overview pages). */
  complete: boolean;
  roadmaps: CatalogRoadmap[];
}

/** A roadmap entry (as a page fetches it) reduced to what the browser needs. */
export function catalogRoadmap(entry: { id: string; data: { title: string; renamed: Record<string, string>; steps: Array<{ id: string; title: string }> } }): CatalogRoadmap {
  return { id: entry.id, title: entry.data.title, steps: entry.data.steps.map((s) => ({ id: s.id, title: s.title })), renamed: { ...entry.data.renamed } };
}

/** JSON safe to place inside <script type="application/json">: "<" is escaped so no tag can close early. */

export const STORAGE_KEY = 'python-career-guide:progress';
export const EXPORT_FORMAT = 'python-career-guide-progress';
/** Largest export file (or stored value) we read: a full export of every roadmap is a few KB. */
export const MAX_IMPORT_BYTES = 100_000;
/** Longest share fragment we decode. */
export const MAX_SHARE_CHARS = 4_000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isStatus = (value: unknown): value is Status => typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const emptyProgress = (): ProgressData => ({ version: 1, roadmaps: {} });

/** The same data without roadmaps that have no marked steps. */
function compact(data: ProgressData): ProgressData {
  const roadmaps: Record<string, StepStatuses> = {};
  for (const [id, steps] of Object.entries(data.roadmaps)) if (Object.keys(steps).length > 0) roadmaps[id] = { ...steps };
  return { version: 1, roadmaps };
}

/** Sets (or, with "not-started", clears) one step's status. Returns new data. */
export function setStatus(data: ProgressData, roadmapId: string, stepId: string, status: StatusChoice): ProgressData {
  const steps: StepStatuses = { ...(data.roadmaps[roadmapId] ?? {}) };
  if (status === 'not-started') delete steps[stepId];
  else steps[stepId] = status;
  return compact({ version: 1, roadmaps: { ...data.roadmaps, [roadmapId]: steps } });
}

/** Replaces one roadmap's progress. Returns new data. */
export function replaceRoadmap(data: ProgressData, roadmapId: string, steps: StepStatuses): ProgressData {
  return compact({ version: 1, roadmaps: { ...data.roadmaps, [roadmapId]: { ...steps } } });
}

/** Merges incoming statuses into a roadmap's: every step marked in either is kept, and where both mark a step, the incoming status wins. */
export function mergeSteps(base: StepStatuses, incoming: StepStatuses): StepStatuses {
  return { ...base, ...incoming };
}

/** Merges every roadmap of `incoming` into `base` (see mergeSteps). */
export function mergeProgress(base: ProgressData, incoming: ProgressData): ProgressData {
  const roadmaps: Record<string, StepStatuses> = { ...base.roadmaps };
  for (const [id, steps] of Object.entries(incoming.roadmaps)) roadmaps[id] = mergeSteps(roadmaps[id] ?? {}, steps);
  return compact({ version: 1, roadmaps });
}

export const sameSteps = (a: StepStatuses, b: StepStatuses): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

// --- Following the content as it changes -------------------------------------------------

export interface MigrationReport {
  /** Saved step ids that now live under a new id: [old, new]. */
  renamed: Array<[string, string]>;
  /** Saved step ids that no longer exist. */
  dropped: string[];
}

/** Follows a chain of renames (a -> b -> c) to the current id; stops on a loop. */
export function currentStepId(stepId: string, renamed: Record<string, string>): string {
  let id = stepId;
  const seen = new Set<string>([id]);
  while (Object.hasOwn(renamed, id)) {
    const next = renamed[id]!;
    if (seen.has(next)) break;
    seen.add(next);
    id = next;
  }
  return id;
}

/**
 * Brings one roadmap's saved statuses up to date with its current steps: renamed ids move to
 * their new id (a status already saved under the new id is kept), removed ids are dropped.
 */
export function migrateSteps(steps: StepStatuses, roadmap: CatalogRoadmap): { steps: StepStatuses; report: MigrationReport } {
  const current = new Set(roadmap.steps.map((s) => s.id));
  const out: StepStatuses = {};
  const report: MigrationReport = { renamed: [], dropped: [] };
  // Current ids first, so a status saved under the new id beats one carried over from the old id.
  for (const [id, status] of Object.entries(steps)) if (current.has(id)) out[id] = status;
  for (const [id, status] of Object.entries(steps)) {
    if (current.has(id)) continue;
    const target = currentStepId(id, roadmap.renamed);
    if (target !== id && current.has(target)) {
      report.renamed.push([id, target]);
      if (!Object.hasOwn(out, target)) out[target] = status;
    } else report.dropped.push(id);
  }
  // Keep the roadmap's step order, which makes exports and share links stable.
  const ordered: StepStatuses = {};
  for (const s of roadmap.steps) if (Object.hasOwn(out, s.id)) ordered[s.id] = out[s.id]!;
  return { steps: ordered, report };
}

export interface DataMigrationReport {
  /** Per roadmap id, only those where something changed. */
  roadmaps: Record<string, MigrationReport>;
  /** Saved roadmaps the site no longer has (only when the catalog is complete). */
  droppedRoadmaps: string[];
}

/** Migrates every roadmap the catalog knows; with a complete catalog, drops roadmaps the site no longer has. */
export function migrateProgress(data: ProgressData, catalog: Catalog): { data: ProgressData; report: DataMigrationReport } {
  const byId = new Map(catalog.roadmaps.map((r) => [r.id, r]));
  const roadmaps: Record<string, StepStatuses> = {};
  const report: DataMigrationReport = { roadmaps: {}, droppedRoadmaps: [] };
  for (const [id, steps] of Object.entries(data.roadmaps)) {
    const roadmap = byId.get(id);
    if (!roadmap) {
      if (catalog.complete) report.droppedRoadmaps.push(id);
      else roadmaps[id] = steps;
      continue;
    }
    const migrated = migrateSteps(steps, roadmap);
    roadmaps[id] = migrated.steps;
    if (migrated.report.renamed.length || migrated.report.dropped.length) report.roadmaps[id] = migrated.report;
  }
  return { data: compact({ version: 1, roadmaps }), report };
}

export const migrationChanged = (r: DataMigrationReport): boolean => r.droppedRoadmaps.length > 0 || Object.keys(r.roadmaps).length > 0;

/** One sentence about what a migration changed, or '' when nothing changed. */
export function describeMigration(r: DataMigrationReport): string {
  let renamed = 0;
  let dropped = 0;
  for (const m of Object.values(r.roadmaps)) { renamed += m.renamed.length; dropped += m.dropped.length; }
  const parts: string[] = [];
  if (renamed) parts.push(`${plural(renamed, 'renamed step')} moved to ${renamed === 1 ? 'its' : 'their'} new name`);
  if (dropped) parts.push(`${plural(dropped, 'step')} that no longer ${dropped === 1 ? 'exists was' : 'exist were'} dropped`);
  if (r.droppedRoadmaps.length) parts.push(`progress on ${plural(r.droppedRoadmaps.length, 'roadmap')} the guide no longer has was dropped`);
  return parts.length ? `Roadmaps have changed since you last saved progress: ${joinWords(parts)}.` : '';
}

// --- Reading what was stored -------------------------------------------------------------

/** The largest stored value we try to read: localStorage itself holds about 5 MB per site. */
export const MAX_STORED_CHARS = 5_000_000;

export interface StoredRead {
  data: ProgressData;
  /**
   * "ok": read as is. "migrated": another version or shape, carried over whole. "cleaned": some
   * entries could not be used and were left out. "reset": nothing could be read.
   */
  outcome: 'ok' | 'migrated' | 'cleaned' | 'reset';
  /** Entries left out. */
  removed: number;
  /**
   * True when the stored text holds something `data` does not (unusable entries, unknown fields,
   * a newer version): keep a copy aside (see addBackup) before anything overwrites it.
   */
  keepAside: boolean;
}

/** Fields our stored value and export files may have besides `roadmaps`. */
const KNOWN_TOP_FIELDS = new Set(['version', 'roadmaps', 'format', 'exported']);

/** A step or roadmap id as an older version or a hand edit may have written it ("Python_Basics"). */
function normalId(id: string): string | undefined {
  if (SLUG.test(id)) return id;
  const fixed = id.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return SLUG.test(fixed) ? fixed : undefined;
}

/** A status as an older version or a hand edit may have written it ("Done", "in_progress", true). */
function normalStatus(value: unknown): Status | undefined {
  if (isStatus(value)) return value;
  if (value === true) return 'done';
  if (typeof value !== 'string') return undefined;
  const fixed = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return isStatus(fixed) ? fixed : undefined;
}

/**
 * Reads the stored value leniently and never throws. What can be used is carried over: another
 * version, a roadmap kept as a list of done step ids, ids and statuses in another spelling.
 * What cannot be used is left out and flagged with `keepAside`, so the caller can set the
 * original text aside before saving over it.
 */
export function parseStored(raw: string | null): StoredRead {
  const reset: StoredRead = { data: emptyProgress(), outcome: 'reset', removed: 0, keepAside: true };
  if (raw === null || raw.trim() === '') return { data: emptyProgress(), outcome: 'ok', removed: 0, keepAside: false };
  if (raw.length > MAX_STORED_CHARS) return reset;
  let value: unknown;
  try { value = JSON.parse(raw); } catch { return reset; }
  if (!isRecord(value) || !isRecord(value['roadmaps'])) return reset;
  const version = value['version'];
  // A newer version may hold more than we understand: read what we can, keep the original.
  let keepAside = typeof version === 'number' && version > 1;
  let migrated = version !== 1;
  if (Object.keys(value).some((k) => !KNOWN_TOP_FIELDS.has(k))) { keepAside = true; migrated = true; }
  const roadmaps: Record<string, StepStatuses> = {};
  let removed = 0;
  for (const [rawId, steps] of Object.entries(value['roadmaps'])) {
    const id = normalId(rawId);
    if (id === undefined || Object.hasOwn(roadmaps, id)) { removed++; continue; }
    if (id !== rawId) migrated = true;
    const kept: StepStatuses = {};
    // An older shape: the list of step ids that are done.
    const pairs: Array<[string, unknown]> | undefined = Array.isArray(steps)
      ? steps.map((stepId): [string, unknown] => [typeof stepId === 'string' ? stepId : '', 'done'])
      : isRecord(steps) ? Object.entries(steps) : undefined;
    if (!pairs) { removed++; continue; }
    if (Array.isArray(steps)) migrated = true;
    for (const [rawStep, rawStatus] of pairs) {
      const stepId = normalId(rawStep);
      const status = normalStatus(rawStatus);
      if (stepId === undefined || status === undefined || Object.hasOwn(kept, stepId)) { removed++; continue; }
      if (stepId !== rawStep || status !== rawStatus) migrated = true;
      kept[stepId] = status;
    }
    roadmaps[id] = kept;
  }
  if (removed) keepAside = true;
  return { data: compact({ version: 1, roadmaps }), outcome: removed ? 'cleaned' : migrated ? 'migrated' : 'ok', removed, keepAside };
}

/** True when bringing saved progress up to date with the content left something out. */
export const migrationDropped = (r: DataMigrationReport): boolean =>
  r.droppedRoadmaps.length > 0 || Object.values(r.roadmaps).some((m) => m.dropped.length > 0);

// --- Keeping aside what cannot be used ------------------------------------------------------

/** Where copies of stored values that could not be used in full are kept, newest last. */
export const BACKUP_KEY = 'python-career-guide:progress-backup';
export const BACKUP_FORMAT = 'python-career-guide-progress-backup';

export interface BackupEntry {
  /** When it was set aside (ISO time), or "unknown". */
  savedAt: string;
  /** Why, in words. */
  reason: string;
  /** The stored text exactly as it was. */
  value: string;
}

/** The entries of a backup value; anything else found under the key is itself kept as an entry. */
export function readBackup(raw: string | null): BackupEntry[] {
  if (raw === null || raw === '') return [];
  try {
    const value = JSON.parse(raw) as unknown;
    if (isRecord(value) && value['format'] === BACKUP_FORMAT && Array.isArray(value['entries'])) {
      const entries = value['entries'].filter((e): e is BackupEntry => isRecord(e) && typeof e['value'] === 'string');
      if (entries.length === value['entries'].length) return entries.map((e) => ({ savedAt: String(e.savedAt), reason: String(e.reason), value: e.value }));
    }
  } catch { /* not ours: kept whole below */ }
  return [{ savedAt: 'unknown', reason: 'found under the backup key in a form this site does not know', value: raw }];
}

/** The backup value with `value` added (once: the same text is not kept twice). */
export function addBackup(existing: string | null, value: string, reason: string, now: Date): string {
  const entries = readBackup(existing);
  if (!entries.some((e) => e.value === value)) entries.push({ savedAt: now.toISOString(), reason, value });
  return JSON.stringify({ format: BACKUP_FORMAT, version: 1, entries });
}

/** The text of a download of the backup: every entry, each value as it was stored. */
export function backupExportText(raw: string | null, now: Date): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: 1, exported: now.toISOString(), entries: readBackup(raw) }, null, 2)}\n`;
}

/** Why a stored value is being set aside, for the backup entry. */
export function backupReason(read: StoredRead, dropped: boolean): string {
  if (read.outcome === 'reset') return 'the saved progress could not be read';
  if (read.outcome === 'cleaned') return `${plural(read.removed, 'entry')} of the saved progress could not be used`;
  if (read.keepAside) return 'the saved progress was from another version or had fields this version does not know';
  return dropped ? 'the saved progress named steps or roadmaps the guide no longer has' : 'kept as it was';
}

export const serialize = (data: ProgressData): string => JSON.stringify(compact(data));

// --- Summary ------------------------------------------------------------------------------

export interface ProgressSummary {
  total: number;
  done: number;
  inProgress: number;
  skipped: number;
  /** Steps that count towards the percentage: every step except skipped ones. */
  counted: number;
  /** done / counted as a whole percentage; null when every step is skipped. */
  percent: number | null;
}

/**
 * Counts a roadmap's statuses over its current steps. Skipped steps are left out of the
 * percentage: skipping one step of seven makes the percentage out of six.
 */
export function summarize(steps: StepStatuses, stepIds: readonly string[]): ProgressSummary {
  let done = 0, inProgress = 0, skipped = 0;
  for (const id of stepIds) {
    const s = steps[id];
    if (s === 'done') done++;
    else if (s === 'in-progress') inProgress++;
    else if (s === 'skipped') skipped++;
  }
  const counted = stepIds.length - skipped;
  return { total: stepIds.length, done, inProgress, skipped, counted, percent: counted === 0 ? null : Math.round((done / counted) * 100) };
}

/** "3 of 7 steps done (43%), 1 in progress, 1 skipped". */
export function formatSummary(s: ProgressSummary): string {
  const head = s.percent === null ? `All ${plural(s.total, 'step')} skipped` : `${s.done} of ${plural(s.counted, 'step')} done (${s.percent}%)`;
  const extra = [s.inProgress ? `${s.inProgress} in progress` : '', s.skipped && s.percent !== null ? `${s.skipped} skipped` : ''].filter(Boolean);
  return [head, ...extra].join(', ');
}

// --- Share links ----------------------------------------------------------------------------

const STATUS_CODES: Record<Status, string> = { done: 'd', 'in-progress': 'p', skipped: 's' };
/** A Map, not an object: a code such as "__proto__" or "toString" must not find anything. */
const CODE_STATUS = new Map<string, Status>([['d', 'done'], ['p', 'in-progress'], ['s', 'skipped']]);
export const SHARE_PARAM = 'progress';

/**
 * A compact, readable encoding of one roadmap's statuses for a URL fragment: a version, then one
 * group per status, e.g. "1~d.python-basics.git-setup~p.intermediate-python". Only characters
 * that URLs never escape. Steps follow `order` when given.
 */
export function encodeShare(steps: StepStatuses, order: readonly string[] = Object.keys(steps)): string {
  const ids = [...order.filter((id) => Object.hasOwn(steps, id)), ...Object.keys(steps).filter((id) => !order.includes(id))];
  const groups = STATUSES.map((status) => {
    const matching = ids.filter((id) => steps[id] === status);
    return matching.length ? `${STATUS_CODES[status]}.${matching.join('.')}` : '';
  }).filter(Boolean);
  return ['1', ...groups].join('~');
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Reads a share encoding back; rejects anything malformed with a reason. */
export function decodeShare(text: string): Result<StepStatuses> {
  let raw = text.trim();
  if (raw.length > MAX_SHARE_CHARS) return { ok: false, error: 'The progress in this link is too long to be real.' };
  try { raw = decodeURIComponent(raw); } catch { return { ok: false, error: 'The progress in this link is garbled.' }; }
  const [version, ...groups] = raw.split('~');
  if (version !== '1') return { ok: false, error: 'The progress in this link is in a format this site does not know.' };
  const steps: StepStatuses = {};
  for (const group of groups) {
    const [code = '', ...ids] = group.split('.');
    const status = CODE_STATUS.get(code);
    if (!status || ids.length === 0) return { ok: false, error: 'The progress in this link is garbled.' };
    for (const id of ids) {
      if (!SLUG.test(id)) return { ok: false, error: 'The progress in this link is garbled.' };
      if (Object.hasOwn(steps, id)) return { ok: false, error: `The link lists step "${id}" twice.` };
      steps[id] = status;
    }
  }
  return { ok: true, value: steps };
}

/** The fragment (without "#") of a share link. */
export const shareFragment = (steps: StepStatuses, order?: readonly string[]): string => `${SHARE_PARAM}=${encodeShare(steps, order)}`;

/** The encoded progress in a location hash such as "#progress=1~d.a", or null when there is none. */
export function readShareHash(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_PARAM}=`;
  return h.startsWith(prefix) ? h.slice(prefix.length) : null;
}

// --- Export and import ------------------------------------------------------------------------

/** The text of an export file. */
export function exportText(data: ProgressData, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: now.toISOString(), roadmaps: compact(data).roadmaps }, null, 2)}\n`;
}

export interface ImportPreview {
  data: ProgressData;
  report: DataMigrationReport;
}

/**
 * Validates an export file strictly against the site's complete catalog: any problem rejects
 * the whole file with a message, so nothing changes. Steps renamed since the export follow the
 * rename map; steps removed since are left out (and reported).
 */
export function parseImport(text: string, catalog: Catalog): Result<ImportPreview> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `That file is too large to be a progress file (the limit is ${MAX_IMPORT_BYTES / 1000} KB).` };
  let value: unknown;
  try { value = JSON.parse(text); } catch { return { ok: false, error: 'That file is not valid JSON, so it cannot be a progress file exported from this site.' }; }
  if (!isRecord(value) || value['format'] !== EXPORT_FORMAT) return { ok: false, error: 'That file is not a progress file exported from this site.' };
  if (value['version'] !== 1) return { ok: false, error: `That progress file is version ${preview(value['version'], 20)}; this site reads version 1.` };
  const roadmaps = value['roadmaps'];
  if (!isRecord(roadmaps)) return { ok: false, error: 'That progress file has no list of roadmaps.' };
  const known = new Set(catalog.roadmaps.map((r) => r.id));
  const unknown = Object.keys(roadmaps).filter((id) => !known.has(id));
  if (unknown.length) return { ok: false, error: `That file has progress for ${plural(unknown.length, 'roadmap')} this site does not have: ${unknown.slice(0, 5).map((u) => preview(u, 40)).join(', ')}${unknown.length > 5 ? '…' : ''}.` };
  const data: ProgressData = emptyProgress();
  for (const [id, steps] of Object.entries(roadmaps)) {
    if (!isRecord(steps)) return { ok: false, error: `In that file, roadmap "${id}" is not a list of steps.` };
    const kept: StepStatuses = {};
    for (const [stepId, status] of Object.entries(steps)) {
      if (!SLUG.test(stepId)) return { ok: false, error: `In that file, roadmap "${id}" has a step id that is not valid: ${preview(stepId, 40)}.` };
      if (!isStatus(status)) return { ok: false, error: `In that file, step "${stepId.slice(0, 60)}" of roadmap "${id}" has the status ${preview(status, 40)}; statuses are ${STATUSES.map((s) => `"${s}"`).join(', ')}.` };
      kept[stepId] = status;
    }
    data.roadmaps[id] = kept;
  }
  const migrated = migrateProgress(data, catalog);
  return { ok: true, value: migrated };
}

// --- Small words ------------------------------------------------------------------------------

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
