import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT, EXPORT_FORMAT, MAX_IMPORT_BYTES, MAX_STORED_CHARS, addBackup, backupExportText, catalogRoadmap, migrationDropped, readBackup, currentStepId, decodeShare, describeMigration, emptyProgress, encodeShare, exportText,
  formatSummary, mergeProgress, mergeSteps, migrateProgress, migrateSteps, parseImport, parseStored, readShareHash,
  replaceRoadmap, sameSteps, serialize, setStatus, shareFragment, summarize,
  type Catalog, type CatalogRoadmap, type ProgressData, type StepStatuses,
} from '../../src/lib/progress.ts';

const basics: CatalogRoadmap = {
  id: 'basics',
  title: 'Basics',
  steps: ['syntax', 'git', 'testing', 'web', 'sql', 'deploy', 'job'].map((id) => ({ id, title: id.toUpperCase() })),
  renamed: { 'version-control': 'git', 'unit-tests': 'pytest-basics', 'pytest-basics': 'testing' },
};
const data: CatalogRoadmap = { id: 'data', title: 'Data', steps: [{ id: 'pandas', title: 'Pandas' }, { id: 'stats', title: 'Stats' }], renamed: {} };
const catalog: Catalog = { complete: true, roadmaps: [basics, data] };

describe('marking steps', () => {
  it('sets, changes and clears a status without touching the input', () => {
    const start = emptyProgress();
    const one = setStatus(start, 'basics', 'syntax', 'done');
    expect(start.roadmaps).toEqual({});
    expect(one.roadmaps).toEqual({ basics: { syntax: 'done' } });
    const two = setStatus(one, 'basics', 'git', 'in-progress');
    expect(two.roadmaps['basics']).toEqual({ syntax: 'done', git: 'in-progress' });
    expect(setStatus(two, 'basics', 'syntax', 'skipped').roadmaps['basics']?.['syntax']).toBe('skipped');
    // Back to "not started" removes the entry, and a roadmap with nothing marked disappears.
    const cleared = setStatus(setStatus(two, 'basics', 'git', 'not-started'), 'basics', 'syntax', 'not-started');
    expect(cleared.roadmaps).toEqual({});
  });
  it('replaces one roadmap and leaves the others', () => {
    const both: ProgressData = { version: 1, roadmaps: { basics: { syntax: 'done' }, data: { pandas: 'done' } } };
    expect(replaceRoadmap(both, 'basics', { git: 'skipped' }).roadmaps).toEqual({ basics: { git: 'skipped' }, data: { pandas: 'done' } });
    expect(replaceRoadmap(both, 'basics', {}).roadmaps).toEqual({ data: { pandas: 'done' } });
  });
});

describe('summaries', () => {
  const ids = basics.steps.map((s) => s.id);
  it('counts done steps out of the steps not skipped', () => {
    const s = summarize({ syntax: 'done', git: 'done', testing: 'done', web: 'in-progress' }, ids);
    expect(s).toEqual({ total: 7, done: 3, inProgress: 1, skipped: 0, counted: 7, percent: 43 });
    expect(formatSummary(s)).toBe('3 of 7 steps done (43%), 1 in progress');
  });
  it('leaves skipped steps out of the percentage', () => {
    const s = summarize({ syntax: 'done', git: 'skipped' }, ids);
    expect(s.counted).toBe(6);
    expect(formatSummary(s)).toBe('1 of 6 steps done (17%), 1 skipped');
  });
  it('ignores statuses of steps the roadmap does not have', () => {
    expect(summarize({ gone: 'done' }, ids).done).toBe(0);
  });
  it('handles nothing marked, everything done and everything skipped', () => {
    expect(formatSummary(summarize({}, ids))).toBe('0 of 7 steps done (0%)');
    expect(formatSummary(summarize(Object.fromEntries(ids.map((id) => [id, 'done'])), ids))).toBe('7 of 7 steps done (100%)');
    const skipped = summarize(Object.fromEntries(ids.map((id) => [id, 'skipped'])), ids);
    expect(skipped.percent).toBeNull();
    expect(formatSummary(skipped)).toBe('All 7 steps skipped');
    expect(formatSummary(summarize({ a: 'done' }, ['a']))).toBe('1 of 1 step done (100%)');
  });
});

describe('merging', () => {
  it('keeps steps marked in either, and the incoming status wins where both mark a step', () => {
    expect(mergeSteps({ syntax: 'done', git: 'in-progress' }, { git: 'done', web: 'skipped' })).toEqual({ syntax: 'done', git: 'done', web: 'skipped' });
  });
  it('merges every roadmap', () => {
    const base: ProgressData = { version: 1, roadmaps: { basics: { syntax: 'done' } } };
    const incoming: ProgressData = { version: 1, roadmaps: { basics: { git: 'done' }, data: { stats: 'in-progress' } } };
    expect(mergeProgress(base, incoming).roadmaps).toEqual({ basics: { syntax: 'done', git: 'done' }, data: { stats: 'in-progress' } });
  });
  it('compares step statuses', () => {
    expect(sameSteps({ a: 'done', b: 'skipped' }, { b: 'skipped', a: 'done' })).toBe(true);
    expect(sameSteps({ a: 'done' }, { a: 'in-progress' })).toBe(false);
    expect(sameSteps({ a: 'done' }, { a: 'done', b: 'done' })).toBe(false);
  });
});

describe('following content changes', () => {
  it('follows a chain of renames and stops on a loop', () => {
    expect(currentStepId('unit-tests', basics.renamed)).toBe('testing');
    expect(currentStepId('syntax', basics.renamed)).toBe('syntax');
    expect(currentStepId('a', { a: 'b', b: 'a' })).toBe('b');
  });
  it('moves renamed steps, drops removed steps and keeps the roadmap order', () => {
    const { steps, report } = migrateSteps({ job: 'in-progress', 'version-control': 'done', 'unit-tests': 'skipped', 'old-step': 'done', syntax: 'done' }, basics);
    expect(steps).toEqual({ syntax: 'done', git: 'done', testing: 'skipped', job: 'in-progress' });
    expect(Object.keys(steps)).toEqual(['syntax', 'git', 'testing', 'job']);
    expect(report).toEqual({ renamed: [['version-control', 'git'], ['unit-tests', 'testing']], dropped: ['old-step'] });
  });
  it('keeps a status saved under the new id over one carried from the old id', () => {
    expect(migrateSteps({ 'version-control': 'done', git: 'in-progress' }, basics).steps).toEqual({ git: 'in-progress' });
  });
  it('drops a rename that points to a step that no longer exists', () => {
    const r: CatalogRoadmap = { ...data, renamed: { numpy: 'arrays' } };
    expect(migrateSteps({ numpy: 'done' }, r)).toEqual({ steps: {}, report: { renamed: [], dropped: ['numpy'] } });
  });
  it('drops roadmaps the site no longer has only when the catalog is complete', () => {
    const saved: ProgressData = { version: 1, roadmaps: { basics: { 'version-control': 'done' }, retired: { x: 'done' } } };
    const full = migrateProgress(saved, catalog);
    expect(full.data.roadmaps).toEqual({ basics: { git: 'done' } });
    expect(full.report.droppedRoadmaps).toEqual(['retired']);
    const partial = migrateProgress(saved, { complete: false, roadmaps: [basics] });
    expect(partial.data.roadmaps).toEqual({ basics: { git: 'done' }, retired: { x: 'done' } });
    expect(describeMigration(full.report)).toBe('Roadmaps have changed since you last saved progress: 1 renamed step moved to its new name and progress on 1 roadmap the guide no longer has was dropped.');
    expect(describeMigration(migrateProgress({ version: 1, roadmaps: { basics: { syntax: 'done' } } }, catalog).report)).toBe('');
  });
});

describe('reading stored progress', () => {
  it('reads what it wrote', () => {
    const saved: ProgressData = { version: 1, roadmaps: { basics: { syntax: 'done', git: 'skipped' } } };
    expect(parseStored(serialize(saved))).toEqual({ data: saved, outcome: 'ok', removed: 0, keepAside: false });
  });
  it('treats nothing stored as no progress', () => {
    expect(parseStored(null)).toEqual({ data: emptyProgress(), outcome: 'ok', removed: 0, keepAside: false });
    expect(parseStored('')).toEqual({ data: emptyProgress(), outcome: 'ok', removed: 0, keepAside: false });
  });
  it('resets what is not its shape at all, and flags it to be kept aside', () => {
    for (const raw of ['{not json', 'null', '42', '"done"', '[]', '{}', '{"version":1,"roadmaps":[]}', '{"version":1}', 'x'.repeat(MAX_IMPORT_BYTES + 1)]) {
      expect(parseStored(raw), raw.slice(0, 40)).toEqual({ data: emptyProgress(), outcome: 'reset', removed: 0, keepAside: true });
    }
  });
  it('leaves out single bad entries, keeps the rest and flags the original to be kept aside', () => {
    const raw = JSON.stringify({ version: 1, roadmaps: { basics: { syntax: 'done', git: 'finished', testing: 3, 'Bad Id': 'done' }, data: 'oops', 'no way': {}, extra: { a: 'skipped' } } });
    const read = parseStored(raw);
    expect(read.outcome).toBe('cleaned');
    expect(read.removed).toBe(3);
    expect(read.keepAside).toBe(true);
    expect(read.data.roadmaps).toEqual({ basics: { syntax: 'done', 'bad-id': 'done' }, extra: { a: 'skipped' } });
  });
  it('is not fooled by a prototype key', () => {
    const read = parseStored('{"version":1,"roadmaps":{"__proto__":{"a":"done"},"basics":{"__proto__":"done","syntax":"done"}}}');
    expect(read.data.roadmaps).toEqual({ basics: { syntax: 'done' } });
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });
});

/**
 * Damaged, foreign and outdated stored values. "Recovered" means every entry that can be read is
 * in the result, and whenever anything cannot be carried over the original is flagged to be kept
 * aside (the page then saves it under BACKUP_KEY before writing; see the e2e test).
 */
describe('recovering stored progress', () => {
  const deep = `{"version":1,"roadmaps":{"basics":{"syntax":"done"}},"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const padded = JSON.stringify({ version: 1, roadmaps: { basics: { syntax: 'done' } }, notes: 'n'.repeat(MAX_IMPORT_BYTES * 2) });
  const cases: Array<[string, string, ProgressData['roadmaps'], boolean]> = [
    ['truncated JSON', '{"version":1,"roadmaps":{"basics":{"syntax":"done"', {}, true],
    ['a newer version with fields this one does not know', JSON.stringify({ version: 2, roadmaps: { basics: { syntax: 'done' } }, goals: ['job'] }), { basics: { syntax: 'done' } }, true],
    ['no version', JSON.stringify({ roadmaps: { basics: { syntax: 'done' } } }), { basics: { syntax: 'done' } }, false],
    ['version 0', JSON.stringify({ version: 0, roadmaps: { basics: { git: 'skipped' } } }), { basics: { git: 'skipped' } }, false],
    ['an unknown top-level field', JSON.stringify({ version: 1, roadmaps: { basics: { syntax: 'done' } }, theme: 'dark' }), { basics: { syntax: 'done' } }, true],
    ['a roadmap kept as a list of done steps', JSON.stringify({ version: 1, roadmaps: { basics: ['syntax', 'git'] } }), { basics: { syntax: 'done', git: 'done' } }, false],
    ['statuses in other spellings', JSON.stringify({ version: 1, roadmaps: { basics: { syntax: 'Done', git: 'IN_PROGRESS', testing: 'in progress', web: true } } }), { basics: { syntax: 'done', git: 'in-progress', testing: 'in-progress', web: 'done' } }, false],
    ['ids in other spellings', JSON.stringify({ version: 1, roadmaps: { Basics: { Python_Basics: 'done' } } }), { basics: { 'python-basics': 'done' } }, false],
    ['an unknown status next to good ones', JSON.stringify({ version: 1, roadmaps: { basics: { syntax: 'done', git: 'finished' } } }), { basics: { syntax: 'done' } }, true],
    ['a value larger than an import may be', padded, { basics: { syntax: 'done' } }, true],
    ['deeply nested junk beside good progress', deep, { basics: { syntax: 'done' } }, true],
    ['prototype keys', '{"version":1,"roadmaps":{"constructor":{"syntax":"done"},"basics":{"__proto__":"done","toString":"done","git":"done"}}}', { constructor: { syntax: 'done' } as StepStatuses, basics: { git: 'done', tostring: 'done' } }, true],
    ['null', 'null', {}, true],
    ['an export file stored as is', exportText({ version: 1, roadmaps: { basics: { syntax: 'done' } } }, new Date('2026-11-22T10:00:00Z')), { basics: { syntax: 'done' } }, false],
    ['more than local storage can hold', 'x'.repeat(MAX_STORED_CHARS + 1), {}, true],
  ];
  let recovered = 0;
  for (const [name, raw, roadmaps, keepAside] of cases) {
    it(`recovers ${name}`, () => {
      const read = parseStored(raw);
      expect(read.data.roadmaps).toEqual(roadmaps);
      expect(read.keepAside).toBe(keepAside);
      recovered++;
    });
  }
  it(`recovers every case (${cases.length} tried)`, () => {
    expect(recovered).toBe(cases.length);
  });

  it('flags progress on steps and roadmaps the content no longer has', () => {
    expect(migrationDropped(migrateProgress({ version: 1, roadmaps: { basics: { gone: 'done' } } }, catalog).report)).toBe(true);
    expect(migrationDropped(migrateProgress({ version: 1, roadmaps: { cooking: { a: 'done' } } }, catalog).report)).toBe(true);
    expect(migrationDropped(migrateProgress({ version: 1, roadmaps: { basics: { 'version-control': 'done' } } }, catalog).report)).toBe(false);
  });
});

describe('the set-aside copy', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('keeps every value set aside, once each, exactly as it was stored', () => {
    const one = addBackup(null, '{"version":1,"roadmaps":{"basics":{"a":"finished"}}', 'one', now);
    const two = addBackup(one, '{broken', 'two', now);
    expect(addBackup(two, '{broken', 'again', now)).toBe(two);
    expect(readBackup(two)).toEqual([
      { savedAt: '2026-11-22T10:00:00.000Z', reason: 'one', value: '{"version":1,"roadmaps":{"basics":{"a":"finished"}}' },
      { savedAt: '2026-11-22T10:00:00.000Z', reason: 'two', value: '{broken' },
    ]);
  });
  it('never drops what it finds under the backup key, even in a form it does not know', () => {
    const entries = readBackup(addBackup('something else', '{x', 'r', now));
    expect(entries.map((e) => e.value)).toEqual(['something else', '{x']);
  });
  it('exports every entry', () => {
    const text = backupExportText(addBackup(null, '{x', 'r', now), now);
    expect(JSON.parse(text)).toEqual({ format: BACKUP_FORMAT, version: 1, exported: '2026-11-22T10:00:00.000Z', entries: [{ savedAt: '2026-11-22T10:00:00.000Z', reason: 'r', value: '{x' }] });
  });
});

describe('share links', () => {
  it('encodes compactly, grouped by status, in roadmap order', () => {
    const steps = { web: 'in-progress', syntax: 'done', git: 'done', sql: 'skipped' } as const;
    const order = basics.steps.map((s) => s.id);
    expect(encodeShare(steps, order)).toBe('1~d.syntax.git~p.web~s.sql');
    expect(shareFragment(steps, order)).toBe('progress=1~d.syntax.git~p.web~s.sql');
    expect(encodeShare({})).toBe('1');
  });
  it('round-trips', () => {
    const steps = { syntax: 'done', git: 'skipped', testing: 'in-progress', job: 'done' } as const;
    const decoded = decodeShare(encodeShare(steps));
    expect(decoded).toEqual({ ok: true, value: steps });
    // A link whose characters were escaped on the way still reads.
    expect(decodeShare(encodeURIComponent(encodeShare(steps)))).toEqual({ ok: true, value: steps });
    expect(decodeShare('1')).toEqual({ ok: true, value: {} });
  });
  it('looks status codes up as its own, never inherited, properties', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__']) {
      const r = decodeShare(`1~${code}.syntax`);
      expect(r, code).toEqual({ ok: false, error: 'The progress in this link is garbled.' });
    }
  });
  it('reads the fragment out of a location hash', () => {
    expect(readShareHash('#progress=1~d.a')).toBe('1~d.a');
    expect(readShareHash('progress=1')).toBe('1');
    expect(readShareHash('#steps')).toBeNull();
    expect(readShareHash('')).toBeNull();
  });
  it('rejects anything malformed with a reason', () => {
    for (const bad of ['2~d.a', '', 'd.a', '1~x.a', '1~d', '1~d.Bad', '1~d.a~p.a', '1~d.a.', '%E0%A4%A', `1~d.${'a'.repeat(5000)}`]) {
      const r = decodeShare(bad);
      expect(r.ok, bad.slice(0, 30)).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });
});

describe('export and import', () => {
  const saved: ProgressData = { version: 1, roadmaps: { basics: { syntax: 'done', git: 'in-progress' }, data: { stats: 'skipped' } } };
  const now = new Date('2026-11-22T10:00:00Z');
  const file = (value: unknown) => JSON.stringify(value);

  it('round-trips an export', () => {
    const text = exportText(saved, now);
    expect(JSON.parse(text)).toEqual({ format: EXPORT_FORMAT, version: 1, exported: '2026-11-22T10:00:00.000Z', roadmaps: saved.roadmaps });
    const back = parseImport(text, catalog);
    expect(back.ok && back.value.data).toEqual(saved);
  });
  it('brings an old export up to date: renamed steps move, removed steps are left out', () => {
    const r = parseImport(file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: { 'version-control': 'done', gone: 'done' } } }), catalog);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.data.roadmaps).toEqual({ basics: { git: 'done' } });
      expect(r.value.report.roadmaps['basics']).toEqual({ renamed: [['version-control', 'git']], dropped: ['gone'] });
    }
  });
  const rejects: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format":', /not valid JSON/],
    ['another file', file({ name: 'package' }), /not a progress file/],
    ['an array', file([1, 2]), /not a progress file/],
    ['a newer version', file({ format: EXPORT_FORMAT, version: 2, roadmaps: {} }), /version 2/],
    ['no roadmaps', file({ format: EXPORT_FORMAT, version: 1 }), /no list of roadmaps/],
    ['an unknown roadmap', file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: {}, cooking: { a: 'done' } } }), /does not have: "cooking"/],
    ['a roadmap that is not an object', file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: ['syntax'] } }), /roadmap "basics" is not a list of steps/],
    ['an unknown status', file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: { syntax: 'finished' } } }), /status "finished"; statuses are "done", "in-progress", "skipped"/],
    ['a bad step id', file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: { '<b>': 'done' } } }), /step id that is not valid/],
    ['a huge file', ' '.repeat(MAX_IMPORT_BYTES + 1), /too large/],
    ['a "__proto__" roadmap', '{"format":"python-career-guide-progress","version":1,"roadmaps":{"__proto__":{"syntax":"done"}}}', /does not have: "__proto__"/],
    ['a "constructor" roadmap', file({ format: EXPORT_FORMAT, version: 1, roadmaps: { constructor: { syntax: 'done' } } }), /does not have: "constructor"/],
    ['a "toString" status', file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: { syntax: 'toString' } } }), /status "toString"/],
  ];
  for (const [name, text, message] of rejects) {
    it(`rejects ${name} with a clear message`, () => {
      const r = parseImport(text, catalog);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    });
  }
  it('keeps the message short for a deeply nested or huge value', () => {
    const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    for (const text of [
      `{"format":"${EXPORT_FORMAT}","version":1,"roadmaps":{"basics":{"syntax":${deep}}}}`,
      `{"format":"${EXPORT_FORMAT}","version":${deep},"roadmaps":{}}`,
      file({ format: EXPORT_FORMAT, version: 1, roadmaps: { basics: { syntax: 'x'.repeat(50_000) } } }),
      file({ format: EXPORT_FORMAT, version: 1, roadmaps: { ['r'.repeat(50_000)]: {} } }),
    ]) {
      const r = parseImport(text, catalog);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeLessThan(250);
    }
  });
});

describe('build-time data', () => {
  it('reduces a roadmap entry to ids, titles and renames', () => {
    const entry = { id: 'basics', data: { title: 'Basics', renamed: { old: 'syntax' }, steps: [{ id: 'syntax', title: 'Syntax', learn: ['x'] }] } };
    expect(catalogRoadmap(entry)).toEqual({ id: 'basics', title: 'Basics', steps: [{ id: 'syntax', title: 'Syntax' }], renamed: { old: 'syntax' } });
  });
});

describe('step ids that are also object property names', () => {
  it('treats "constructor" as an ordinary step id', () => {
    const r: CatalogRoadmap = { id: 'r', title: 'R', steps: [{ id: 'constructor', title: 'C' }], renamed: {} };
    const steps = JSON.parse('{"constructor":"done"}') as StepStatuses;
    expect(migrateSteps(steps, r).steps).toEqual(steps);
    expect(decodeShare(encodeShare(steps))).toEqual({ ok: true, value: steps });
  });
});
