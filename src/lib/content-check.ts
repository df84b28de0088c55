/**
 * Validates the whole content tree and reports every mistake in one run.
 *
 * Astro stops at the first bad entry; this module reads every file itself, validates it with the
 * same zod schemas the site uses, resolves every cross-link against the ids that exist, and
 * returns a list of problems, each located as `file:line field` with what was expected and what
 * was found. It takes file contents as plain data (see `loadContentFiles` in content-files.ts),
 * so tests can feed it fixtures.
 */
import { parseDocument, LineCounter, isMap, type Document } from 'yaml';
import type { z } from 'astro/zod';
import {
  faqSchema, guideSchema, pathSchema, roadmapSchema, salaryDatasetSchema, skillSchema, sourceSchema,
  slugId, idPattern, type CollectionName, type RefFactory,
} from '../schemas/index.ts';
import { markdownToHtml, type HastPluginEntry, type MarkdownToHtmlResult } from 'satteri';
import { closest, preview } from './text.ts';
import { decodeEntities } from './built-pages.ts';
import { headingLinks } from '../markdown/heading-links.ts';
import { renderMarkdown } from './markdown.ts';
import { ITEM_SECTION_IDS, PAGE_SECTIONS, type PageTemplate } from './page-sections.ts';
import { mapNodeId } from './roadmap-map.ts';
import { practiceAnchor, practiceUrl, questionAnchor } from './learning.ts';
import { buildsOnProblems } from './time-to-job.ts';

/** One file of the content tree, as read from disk. */
export interface ContentFile {
  /** Path relative to the project root, used in messages (e.g. "content/paths/backend-developer.md"). */
  file: string;
  /** Whole file text. */
  text: string;
}

/** One mistake, located and explained. */
export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  expected: string;
  found: string;
}

/** An entry after parsing, before validation. */
export interface ParsedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  /** Markdown body (empty for data files). */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Maps a field path to its line in the file. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number;
  /** The line of a field's key (where a misspelt name is), when known. */
  keyLineOf?: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /**
   * The file exists but its YAML does not parse (already reported once): its id still counts,
   * so links and references to it are not blamed, but its fields are unknown.
   */
  broken?: boolean;
}

export const formatProblem = (p: ContentProblem): string =>
  `${p.file}:${p.line} ${p.field || '(file)'}: expected ${p.expected}, found ${p.found}`;

/** Which collection a content file belongs to, and whether it is Markdown with frontmatter. */
const layout: Array<{ collection: CollectionName; dir: string; exts: string[]; markdown: boolean }> = [
  { collection: 'paths', dir: 'content/paths/', exts: ['.mdx', '.md'], markdown: true },
  { collection: 'skills', dir: 'content/skills/', exts: ['.md', '.mdx'], markdown: true },
  { collection: 'guides', dir: 'content/guides/', exts: ['.mdx', '.md'], markdown: true },
  { collection: 'faqs', dir: 'content/faqs/', exts: ['.md', '.mdx'], markdown: true },
  { collection: 'roadmaps', dir: 'content/roadmaps/', exts: ['.yaml', '.yml'], markdown: false },
  { collection: 'salaries', dir: 'content/salaries/', exts: ['.yaml', '.yml'], markdown: false },
];
export const SOURCES_FILE = 'content/sources.yaml';

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  return preview(value, 60);
};

const lineCounterFor = (doc: Document, counter: LineCounter, offsetLines: number) =>
  (path: ReadonlyArray<PropertyKey>): number => {
    // Walk down as far as the path exists, so a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return counter.linePos(range[0]).line + offsetLines;
    }
    return 1 + offsetLines;
  };

/** The line of the key of the field at `path` (for a mapping entry), if the document has it. */
const keyLineFor = (doc: Document, counter: LineCounter, offsetLines: number) =>
  (path: ReadonlyArray<PropertyKey>): number | undefined => {
    const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path.at(-1));
    const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
    return range ? counter.linePos(range[0]).line + offsetLines : undefined;
  };

/**
 * The commonest YAML slip, "key: value" followed by a line indented further: the parser blames
 * the line above (a nested mapping in a one-line value). Returns the indented line, if that is it.
 */
function strayIndent(code: string, text: string, errorLine: number): number | undefined {
  if (code !== 'BLOCK_AS_IMPLICIT_KEY' && code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  const lines = text.split('\n');
  const here = lines[errorLine - 1];
  const next = lines[errorLine];
  const indent = (t: string) => /^ */.exec(t)?.[0].length ?? 0;
  if (here === undefined || next === undefined) return undefined;
  return /^\s*[^\s:#][^:#]*:\s+\S/.test(here) && /^\s*[^\s:#-][^:]*:(\s|$)/.test(next) && indent(next) > indent(here) ? errorLine + 1 : undefined;
}

/** A YAML parser message without its "at line N, column M:" tail and code excerpt (the line is given separately). */
const yamlMessage = (message: string): string =>
  (message.split('\n')[0] ?? '').replace(/\s*at line \d+, column \d+:?\s*$/, '').trim() || 'a syntax error';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits files into entries and reports files that cannot be parsed or do not belong anywhere. */
export function parseContentFiles(files: ContentFile[]): { entries: ParsedEntry[]; problems: ContentProblem[] } {
  const entries: ParsedEntry[] = [];
  const problems: ContentProblem[] = [];
  // One mistake often trips several parser errors in a row; the first one is where it is.
  const yamlProblem = (file: string, text: string, doc: Document, counter: LineCounter, offset: number) => {
    const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
    if (!first) return false;
    const line = counter.linePos(first.pos[0]).line;
    const indented = strayIndent(first.code, text, line);
    problems.push(indented
      ? { file, line: indented + offset, field: '(yaml)', expected: 'valid YAML: a field indented like the one above it', found: 'a line indented further than the field above it' }
      : { file, line: line + offset, field: '(yaml)', expected: 'valid YAML', found: yamlMessage(first.message) });
    return true;
  };

  for (const { file, text } of files) {
    if (file === SOURCES_FILE) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      if (yamlProblem(file, text, doc, counter, 0)) {
        entries.push({ collection: 'sources', id: '', file, data: undefined, body: '', bodyLine: 0, lineOf: () => 1, broken: true });
        continue;
      }
      const data = doc.toJS() as unknown;
      if (!Array.isArray(data)) {
        problems.push({ file, line: 1, field: '(file)', expected: 'a list of sources', found: describe(data) });
        continue;
      }
      const lineOf = lineCounterFor(doc, counter, 0);
      const keyLineOf = keyLineFor(doc, counter, 0);
      data.forEach((item, index) => {
        const id = (item as { id?: unknown })?.id;
        entries.push({
          collection: 'sources', id: typeof id === 'string' ? id : `#${index}`, file, data: item, body: '', bodyLine: 0,
          lineOf: (path) => lineOf([index, ...path]), keyLineOf: (path) => keyLineOf([index, ...path]),
        });
      });
      continue;
    }
    const place = layout.find((l) => file.startsWith(l.dir));
    if (!place) continue;
    const name = file.slice(place.dir.length);
    const ext = place.exts.find((e) => name.endsWith(e));
    if (!ext || name.includes('/')) {
      problems.push({ file, line: 1, field: '(file)', expected: `a ${place.exts.join(' or ')} file directly in ${place.dir}`, found: name });
      continue;
    }
    const id = name.slice(0, -ext.length);
    if (!idPattern.test(id)) {
      problems.push({ file, line: 1, field: '(file name)', expected: 'a lowercase-hyphenated id such as "data-engineer"', found: describe(id) });
    }
    let yamlText = text;
    let body = '';
    let offset = 0;
    let bodyLine = 0;
    if (place.markdown) {
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, line: 1, field: '(frontmatter)', expected: 'a frontmatter block between --- lines', found: describe(text.split('\n')[0]) });
        continue;
      }
      yamlText = match[1] ?? '';
      offset = 1;
      body = text.slice(match[0].length);
      bodyLine = match[0].split('\n').length;
    }
    const counter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter: counter });
    if (yamlProblem(file, yamlText, doc, counter, offset)) {
      entries.push({ collection: place.collection, id, file, data: undefined, body, bodyLine, lineOf: () => 1 + offset, broken: true });
      continue;
    }
    entries.push({
      collection: place.collection, id, file, data: doc.toJS(), body, bodyLine,
      lineOf: lineCounterFor(doc, counter, offset), keyLineOf: keyLineFor(doc, counter, offset),
    });
  }
  return { entries, problems };
}

/** The fields an object schema at `path` defines (looking through arrays, optional, default, pipes). */
export function fieldsAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let node: unknown = schema;
  const def = (n: unknown) => (n as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  const unwrap = (n: unknown): unknown => {
    for (let d = def(n); d; d = def(n)) {
      if (d['innerType']) n = d['innerType'];
      else if (d['type'] === 'pipe') n = d['in'];
      else break;
    }
    return n;
  };
  for (const key of path) {
    node = unwrap(node);
    const d = def(node);
    if (!d) return [];
    if (d['type'] === 'object') node = (d['shape'] as Record<string, unknown>)[String(key)];
    else if (d['type'] === 'array') node = d['element'];
    else if (d['type'] === 'record') node = d['valueType'];
    else return [];
  }
  const d = def(unwrap(node));
  return d?.['type'] === 'object' ? Object.keys(d['shape'] as Record<string, unknown>) : [];
}

/** One problem per unknown field, each at the field's own line, with the nearest known name. */
function unknownFieldProblems(entry: ParsedEntry, issue: z.core.$ZodIssue & { keys: string[] }, schema: z.ZodType): ContentProblem[] {
  const fields = fieldsAt(schema, issue.path);
  return issue.keys.map((key) => {
    const path = [...issue.path, key];
    const guess = closest(key, fields);
    const list = fields.length > 12 ? `${fields.slice(0, 12).join(', ')}, ...` : fields.join(', ');
    return {
      file: entry.file,
      line: entry.keyLineOf?.(path) ?? entry.lineOf(path),
      field: fieldName(path),
      expected: guess ? `a field this schema defines (did you mean "${guess}"?)` : `a field this schema defines (${list})`,
      found: `the unknown field "${key.length > 40 ? `${key.slice(0, 37)}...` : key}"`,
    };
  });
}

const fieldName = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[');

/** Turns one zod issue into our message format. */
function problemFromIssue(entry: ParsedEntry, issue: z.core.$ZodIssue): ContentProblem {
  const path = issue.path;
  const field = fieldName(path);
  // Report what the file holds, not what a coercion made of it (z.coerce.date turns a missing
  // field into an invalid Date).
  const raw = path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), entry.data);
  const input = raw === undefined ? undefined : (issue as { input?: unknown }).input;
  let expected = issue.message;
  let found = describe(input);
  switch (issue.code) {
    case 'invalid_type':
      expected = `a value of type ${issue.expected}`;
      found = input === undefined ? 'nothing (the field is missing)' : `${describe(input)} (${Array.isArray(input) ? 'array' : typeof input})`;
      break;
    case 'too_small': {
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      expected = `at least ${String(issue.minimum)} ${what}`.trim();
      found = Array.isArray(input) ? `${input.length} items` : typeof input === 'string' ? `${input.length} characters` : describe(input);
      break;
    }
    case 'too_big': {
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      expected = `at most ${String(issue.maximum)} ${what}`.trim();
      found = Array.isArray(input) ? `${input.length} items` : typeof input === 'string' ? `${input.length} characters` : describe(input);
      break;
    }
    case 'invalid_value':
      expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'unrecognized_keys':
      // Split per key by problemsFromIssue; kept here for a caller that passes one whole.
      expected = 'only the fields the schema defines';
      found = `unknown field(s) ${issue.keys.join(', ')}`;
      break;
    default: {
      // A refinement on an object reports the whole object; show just the field it points at.
      const key = path.at(-1);
      if (input && typeof input === 'object' && key !== undefined && key in input) found = describe((input as Record<PropertyKey, unknown>)[key]);
      break;
    }
  }
  return { file: entry.file, line: entry.lineOf(path), field, expected, found };
}

const schemaFor = (collection: CollectionName, ref: RefFactory): z.ZodType => {
  switch (collection) {
    case 'paths': return pathSchema(ref);
    case 'skills': return skillSchema();
    case 'roadmaps': return roadmapSchema(ref);
    case 'guides': return guideSchema(ref);
    case 'faqs': return faqSchema(ref);
    case 'salaries': return salaryDatasetSchema(ref);
    case 'sources': return sourceSchema;
  }
};

/**
 * A reference validator that knows which ids exist and suggests the closest one when it does not.
 * Collections in `open` could not be read (a YAML mistake already reported), so any id is let through.
 */
export const resolvingRef = (ids: Record<CollectionName, Set<string>>, open: ReadonlySet<CollectionName> = new Set()): RefFactory => (collection) =>
  slugId.refine((id) => open.has(collection) || ids[collection].has(id), {
    error: (issue) => {
      const guess = closest(String(issue.input), [...ids[collection]]);
      return `an existing ${collection} id${guess ? ` (did you mean "${guess}"?)` : ''}`;
    },
  });

/** Every id in every collection, from file names and sources.yaml. */
export function collectIds(entries: ParsedEntry[]): Record<CollectionName, Set<string>> {
  const ids: Record<CollectionName, Set<string>> = {
    paths: new Set(), skills: new Set(), roadmaps: new Set(), guides: new Set(), faqs: new Set(), salaries: new Set(), sources: new Set(),
  };
  for (const e of entries) if (e.id) ids[e.collection].add(e.id);
  return ids;
}

/** Collections whose ids are not all known because a file listing them did not parse (sources.yaml). */
export const openCollections = (entries: ParsedEntry[]): Set<CollectionName> =>
  new Set(entries.filter((e) => e.broken && e.id === '').map((e) => e.collection));

/** Validates parsed entries: schema, references, duplicate ids. */
export function validateEntries(entries: ParsedEntry[]): { problems: ContentProblem[]; valid: Map<string, unknown> } {
  const problems: ContentProblem[] = [];
  const ids = collectIds(entries);
  const ref = resolvingRef(ids, openCollections(entries));
  const seen = new Map<string, ParsedEntry>();
  const valid = new Map<string, unknown>();
  for (const entry of entries) {
    if (entry.broken) continue;
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file, line: entry.lineOf(entry.collection === 'sources' ? ['id'] : []), field: entry.collection === 'sources' ? 'id' : '(file name)',
        expected: `an id not used by another ${entry.collection} entry`, found: `"${entry.id}", also used in ${first.file}:${first.lineOf(['id'])}`,
      });
      continue;
    }
    seen.set(key, entry);
    const schema = schemaFor(entry.collection, ref);
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') problems.push(...unknownFieldProblems(entry, issue, schema));
        else problems.push(problemFromIssue(entry, issue));
      }
      continue;
    }
    valid.set(key, result.data);
  }
  // Ids inside entries (roadmap steps, salary rows) must be unique within their list too.
  for (const entry of entries) {
    const listName = entry.collection === 'roadmaps' ? 'steps' : entry.collection === 'salaries' ? 'rows' : undefined;
    const list = listName ? (entry.data as Record<string, unknown> | null)?.[listName] : undefined;
    if (!listName || !Array.isArray(list)) continue;
    const where = new Map<string, number>();
    list.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const before = where.get(id);
      if (before !== undefined) {
        problems.push({
          file: entry.file, line: entry.lineOf([listName, index, 'id']), field: `${listName}[${index}].id`,
          expected: `an id unique within ${listName}`, found: `"${id}", also used by ${listName}[${before}]`,
        });
      } else where.set(id, index);
    });
    if (entry.collection === 'roadmaps') {
      const renamed = (entry.data as { renamed?: Record<string, string> }).renamed ?? {};
      for (const [from, to] of Object.entries(renamed)) {
        if (!where.has(to)) {
          problems.push({ file: entry.file, line: entry.lineOf(['renamed', from]), field: `renamed.${from}`, expected: 'the id of a current step', found: describe(to) });
        }
        if (where.has(from)) {
          problems.push({ file: entry.file, line: entry.lineOf(['renamed', from]), field: `renamed.${from}`, expected: 'an old id that no current step uses', found: `"${from}", still a step id` });
        }
      }
    }
  }
  // A roadmap that builds on another must say, for each step there, whether it keeps or replaces it.
  for (const entry of entries) {
    if (entry.collection !== 'roadmaps') continue;
    const buildsOn = (valid.get(`roadmaps/${entry.id}`) as { buildsOn?: { roadmap: string; keeps: string[]; replaces: string[] } } | undefined)?.buildsOn;
    const base = buildsOn && (valid.get(`roadmaps/${buildsOn.roadmap}`) as { steps: Array<{ id: string }> } | undefined);
    if (!buildsOn || !base) continue;
    for (const p of buildsOnProblems(buildsOn, { id: buildsOn.roadmap, steps: base.steps })) {
      const line = entry.lineOf(['buildsOn', p.field, p.index]);
      problems.push({ file: entry.file, line, field: `buildsOn.${p.field}[${p.index}]`, expected: p.expected, found: p.found });
    }
  }
  return { problems, valid };
}

/**
 * The ids a Markdown body's h2/h3 headings get on the page, from the site's own renderer
 * (satteri, with the features Astro turns on) and its heading-links plugin: no second guess
 * at slugging or plain text to keep in step.
 */
export function headingIds(body: string): string[] {
  // Passed as astro.config.mjs passes it (a factory: a fresh slugger per document). Its types are
  // written loosely for that JS config, hence the cast; it runs synchronously.
  const plugin = headingLinks as unknown as HastPluginEntry;
  const { html } = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true }, hastPlugins: [plugin] }) as MarkdownToHtmlResult;
  return [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => decodeEntities(m[1]!));
}

/** Section ids a page template gives its own sections. */
const sectionIds = (template: PageTemplate): string[] => PAGE_SECTIONS[template].map((s) => s.slug);

/** Section ids the page templates add around each kind of content. */
const TEMPLATE_IDS: Partial<Record<CollectionName, string[]>> = {
  paths: sectionIds('path'),
  skills: sectionIds('skill'),
  guides: sectionIds('guide'),
};

/** The site's routes that content can link to, derived from the ids that exist. */
export function knownRoutes(entries: ParsedEntry[]): { pages: Set<string>; anchors: Map<string, Set<string>>; openPrefixes: string[] } {
  const pages = new Set(['/', '/paths/', '/skills/', '/roadmaps/', '/guides/', '/faq/', '/salaries/', '/sources/', '/search/', '/compare/', '/tools/skill-match/', '/tools/job-ad-decoder/']);
  const anchors = new Map<string, Set<string>>([['/faq/', new Set()], ['/sources/', new Set()]]);
  // Pages below these (or #anchors on them) cannot be known: their file did not parse.
  const openPrefixes: string[] = [];
  const withSections = (url: string, e: ParsedEntry) => {
    pages.add(url);
    anchors.set(url, new Set([...headingIds(e.body), ...(TEMPLATE_IDS[e.collection] ?? [])]));
  };
  const questionIds = (e: ParsedEntry | undefined): string[] => {
    const list = (e?.data as { questions?: Array<{ id?: unknown }> } | null)?.questions;
    return Array.isArray(list) ? list.flatMap((q) => (typeof q?.id === 'string' ? [q.id] : [])) : [];
  };
  const skillsById = new Map(entries.filter((e) => e.collection === 'skills').map((e) => [e.id, e]));
  const of = (collection: CollectionName) => entries.filter((e) => e.collection === collection);
  const pathIds = of('paths').map((e) => e.id);
  // Pages with a section per path or per dataset: their #anchors are known only when every such file parsed.
  const withItems = (url: string, template: PageTemplate, items: string[], needs: CollectionName[]) => {
    if (needs.some((c) => of(c).some((e) => e.broken))) openPrefixes.push(url);
    else anchors.set(url, new Set([...sectionIds(template), ...items]));
  };
  withItems('/salaries/', 'salaries', [...pathIds.map(ITEM_SECTION_IDS.pathPay), ...of('salaries').map((e) => e.id)], ['paths', 'salaries']);
  withItems('/compare/', 'compareIndex', pathIds.map(ITEM_SECTION_IDS.comparisonsWith), ['paths']);
  withItems('/tools/skill-match/', 'skillMatch', pathIds.map(ITEM_SECTION_IDS.skillMatch), ['paths']);
  withItems('/tools/job-ad-decoder/', 'jobAdDecoder', [], []);
  const topics = of('faqs').map((e) => (e.data as { topic?: unknown } | null)?.topic).filter((t): t is string => typeof t === 'string');
  for (const topic of topics) anchors.get('/faq/')?.add(ITEM_SECTION_IDS.faqTopic(topic));
  for (const e of entries) {
    if (e.broken && e.collection === 'sources') { openPrefixes.push('/sources/'); continue; }
    if (e.broken && e.collection === 'roadmaps') { pages.add(`/roadmaps/${e.id}/`); openPrefixes.push(`/roadmaps/${e.id}/`); continue; }
    switch (e.collection) {
      case 'paths': {
        withSections(`/paths/${e.id}/`, e);
        // The practice page: a section per required skill holding its questions.
        const required = (e.data as { requiredSkills?: unknown } | null)?.requiredSkills;
        const members = (item: unknown): unknown[] => (item && typeof item === 'object' && Array.isArray((item as { oneOf?: unknown }).oneOf) ? (item as { oneOf: unknown[] }).oneOf : [item]);
        const skillIds = Array.isArray(required) ? required.flatMap(members).filter((s): s is string => typeof s === 'string') : [];
        pages.add(practiceUrl(e.id));
        anchors.set(practiceUrl(e.id), new Set(skillIds.flatMap((s) => [s, ...questionIds(skillsById.get(s)).map((q) => practiceAnchor(s, q))])));
        break;
      }
      case 'skills':
        withSections(`/skills/${e.id}/`, e);
        for (const id of questionIds(e)) anchors.get(`/skills/${e.id}/`)?.add(questionAnchor(id));
        break;
      case 'guides': withSections(`/guides/${e.id}/`, e); break;
      case 'faqs': anchors.get('/faq/')?.add(e.id); break;
      case 'sources': anchors.get('/sources/')?.add(e.id); break;
      case 'roadmaps': {
        const steps = (e.data as { steps?: Array<{ id?: unknown }> } | null)?.steps;
        const stepIds = Array.isArray(steps) ? steps.flatMap((s) => (typeof s?.id === 'string' ? [s.id] : [])) : [];
        pages.add(`/roadmaps/${e.id}/`);
        anchors.set(`/roadmaps/${e.id}/`, new Set([...sectionIds('roadmap'), ...stepIds.flatMap((s) => [ITEM_SECTION_IDS.roadmapStep(s), mapNodeId(s)])]));
        for (const s of stepIds) {
          pages.add(`/roadmaps/${e.id}/${s}/`);
          anchors.set(`/roadmaps/${e.id}/${s}/`, new Set(sectionIds('roadmapStep')));
        }
        break;
      }
      default: break;
    }
  }
  return { pages, anchors, openPrefixes };
}

/** The page an entry's prose is shown on, against which relative links resolve. */
function pageOf(entry: ParsedEntry, stepId?: string): string {
  switch (entry.collection) {
    case 'paths': return `/paths/${entry.id}/`;
    case 'skills': return `/skills/${entry.id}/`;
    case 'guides': return `/guides/${entry.id}/`;
    case 'faqs': return '/faq/';
    case 'roadmaps': return stepId ? `/roadmaps/${entry.id}/${stepId}/` : `/roadmaps/${entry.id}/`;
    case 'salaries': return '/salaries/';
    case 'sources': return '/sources/';
  }
}

const A_HREF = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * Every link target in a piece of Markdown, as the site's Markdown renderer sees it: inline and
 * reference-style links, autolinks and raw HTML <a href> alike (code spans and fences are not links).
 */
export function markdownLinks(markdown: string): string[] {
  return [...renderMarkdown(markdown).matchAll(A_HREF)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The YAML fields the pages render as Markdown (through components/Markdown.astro), whose links
 * are checked like a body's. "*" stands for every item of a list. Add a field here when a page
 * starts rendering it as Markdown.
 */
export const MARKDOWN_FIELDS: Partial<Record<CollectionName, Array<Array<string | '*'>>>> = {
  roadmaps: [['intro'], ['steps', '*', 'details']],
};

/** The concrete paths in `data` that a pattern such as ['steps', '*', 'details'] names, where a string is found. */
function expandPath(data: unknown, pattern: Array<string | '*'>): Array<Array<string | number>> {
  let paths: Array<{ path: Array<string | number>; value: unknown }> = [{ path: [], value: data }];
  for (const key of pattern) {
    paths = paths.flatMap(({ path, value }) => {
      if (key === '*') return Array.isArray(value) ? value.map((v, i) => ({ path: [...path, i], value: v as unknown })) : [];
      return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? [{ path: [...path, key], value: (value as Record<string, unknown>)[key] }] : [];
    });
  }
  return paths.filter((p) => typeof p.value === 'string').map((p) => p.path);
}

/** Checks every site-internal link in Markdown bodies and rendered Markdown YAML fields against known routes. */
export function checkProseLinks(entries: ParsedEntry[]): ContentProblem[] {
  const { pages, anchors, openPrefixes } = knownRoutes(entries);
  const problems: ContentProblem[] = [];
  const check = (entry: ParsedEntry, text: string, lineAt: (index: number) => number, field: string, base: string) => {
    let cursor = 0;
    for (const href of markdownLinks(text)) {
      if (EXTERNAL.test(href) || href === '') continue;
      // Locate the link where it is written (the renderer keeps the target as typed).
      let at = text.indexOf(href, cursor);
      if (at < 0) at = text.indexOf(href);
      if (at >= 0) cursor = at + href.length;
      const line = lineAt(Math.max(at, 0));
      const url = new URL(href, `https://site.invalid${base}`);
      const page = url.pathname;
      const hash = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
      const shown = href.startsWith('/') ? describe(href) : `${describe(href)}, which resolves to ${page}${url.hash}`;
      if (openPrefixes.some((p) => page.startsWith(p))) continue;
      if (!pages.has(page)) {
        const guess = closest(page, [...pages]);
        problems.push({ file: entry.file, line, field, expected: `a link to an existing page${guess ? ` (did you mean "${guess}"?)` : ''}`, found: shown });
        continue;
      }
      const known = anchors.get(page);
      if (hash !== undefined && hash !== '' && known && !known.has(hash)) {
        const guess = closest(hash, [...known]);
        problems.push({ file: entry.file, line, field, expected: `an existing #anchor on ${page}${guess ? ` (did you mean "#${guess}"?)` : ''}`, found: shown });
      }
    }
  };
  for (const entry of entries) {
    if (entry.body) {
      check(entry, entry.body, (i) => entry.bodyLine + entry.body.slice(0, i).split('\n').length - 1, '(body)', pageOf(entry));
    }
    if (entry.broken) continue;
    for (const pattern of MARKDOWN_FIELDS[entry.collection] ?? []) {
      for (const path of expandPath(entry.data, pattern)) {
        const text = path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], entry.data) as string;
        // Step fields are shown on the step's own page; relative links resolve from there.
        const stepIndex = path[0] === 'steps' && typeof path[1] === 'number' ? path[1] : undefined;
        const stepId = stepIndex === undefined ? undefined : (entry.data as { steps: Array<{ id?: unknown }> }).steps[stepIndex]?.id;
        const first = entry.lineOf(path);
        check(entry, text, (i) => first + (blockScalar(text) ? text.slice(0, i).split('\n').length : 0), fieldName(path), pageOf(entry, typeof stepId === 'string' ? stepId : undefined));
      }
    }
  }
  return problems;
}

/** A multi-line YAML value is a block scalar (| or >): its text starts on the line after the key. */
const blockScalar = (text: string): boolean => text.includes('\n');

/** The full check: parse, validate, resolve references and links. Problems are sorted by file and line. */
export function checkContent(files: ContentFile[]): ContentProblem[] {
  const { entries, problems } = parseContentFiles(files);
  const validated = validateEntries(entries);
  const all = [...problems, ...validated.problems, ...checkProseLinks(entries)];
  return all.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

