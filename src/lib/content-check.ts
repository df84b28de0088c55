/**
 * Validates the whole content tree and reports every mistake in one run.
 *
 * Astro stops at the first bad entry; this module reads every file itself, validates it with the
 * same zod schemas the site uses, resolves every cross-link against the ids that exist, and
 * returns a list of problems, each located as `file:line field` with what was expected and what
 * was found. It takes file contents as plain data (see `loadContentFiles` in content-files.ts),
 * so tests can feed it fixtures.
 */
import { parseDocument, LineCounter, type Document } from 'yaml';
import type { z } from 'astro/zod';
import {
  faqSchema, guideSchema, pathSchema, roadmapSchema, salaryDatasetSchema, skillSchema, sourceSchema,
  slugId, idPattern, type CollectionName, type RefFactory,
} from '../schemas/index.ts';
import { markdownToHtml, type HastPluginEntry, type MarkdownToHtmlResult } from 'satteri';
import { closest } from './text.ts';
import { decodeEntities } from './built-pages.ts';
import { headingLinks } from '../markdown/heading-links.ts';
import { PAGE_SECTIONS } from './page-sections.ts';

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
  const json = JSON.stringify(value);
  if (json === undefined) return typeof value;
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits files into entries and reports files that cannot be parsed or do not belong anywhere. */
export function parseContentFiles(files: ContentFile[]): { entries: ParsedEntry[]; problems: ContentProblem[] } {
  const entries: ParsedEntry[] = [];
  const problems: ContentProblem[] = [];
  const yamlProblem = (file: string, doc: Document, counter: LineCounter, offset: number) => {
    for (const err of doc.errors) {
      problems.push({
        file, line: counter.linePos(err.pos[0]).line + offset, field: '(yaml)',
        expected: 'valid YAML', found: err.message.split('\n')[0] ?? 'a syntax error',
      });
    }
    return doc.errors.length > 0;
  };

  for (const { file, text } of files) {
    if (file === SOURCES_FILE) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      if (yamlProblem(file, doc, counter, 0)) continue;
      const data = doc.toJS() as unknown;
      if (!Array.isArray(data)) {
        problems.push({ file, line: 1, field: '(file)', expected: 'a list of sources', found: describe(data) });
        continue;
      }
      const lineOf = lineCounterFor(doc, counter, 0);
      data.forEach((item, index) => {
        const id = (item as { id?: unknown })?.id;
        entries.push({
          collection: 'sources', id: typeof id === 'string' ? id : `#${index}`, file, data: item, body: '', bodyLine: 0,
          lineOf: (path) => lineOf([index, ...path]),
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
    if (yamlProblem(file, doc, counter, offset)) continue;
    entries.push({ collection: place.collection, id, file, data: doc.toJS(), body, bodyLine, lineOf: lineCounterFor(doc, counter, offset) });
  }
  return { entries, problems };
}

/** Turns one zod issue into our message format. */
function problemFromIssue(entry: ParsedEntry, issue: z.core.$ZodIssue): ContentProblem {
  const path = issue.path;
  const field = path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[');
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

/** A reference validator that knows which ids exist and suggests the closest one when it does not. */
export const resolvingRef = (ids: Record<CollectionName, Set<string>>): RefFactory => (collection) =>
  slugId.refine((id) => ids[collection].has(id), {
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
  for (const e of entries) ids[e.collection].add(e.id);
  return ids;
}

/** Validates parsed entries: schema, references, duplicate ids. */
export function validateEntries(entries: ParsedEntry[]): { problems: ContentProblem[]; valid: Map<string, unknown> } {
  const problems: ContentProblem[] = [];
  const ids = collectIds(entries);
  const ref = resolvingRef(ids);
  const seen = new Map<string, ParsedEntry>();
  const valid = new Map<string, unknown>();
  for (const entry of entries) {
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
    const result = schemaFor(entry.collection, ref).safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => problemFromIssue(entry, issue)));
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

/** Section ids the page templates add around each kind of content. */
const TEMPLATE_IDS: Partial<Record<CollectionName, string[]>> = {
  paths: PAGE_SECTIONS.path.map((s) => s.slug),
  skills: PAGE_SECTIONS.skill.map((s) => s.slug),
  guides: PAGE_SECTIONS.guide.map((s) => s.slug),
};

/** The site's routes that content can link to, derived from the ids that exist. */
export function knownRoutes(entries: ParsedEntry[]): { pages: Set<string>; anchors: Map<string, Set<string>> } {
  const pages = new Set(['/', '/paths/', '/skills/', '/roadmaps/', '/guides/', '/faq/', '/salaries/', '/sources/', '/search/', '/compare/', '/tools/skill-match/', '/tools/job-ad-decoder/']);
  const anchors = new Map<string, Set<string>>([['/faq/', new Set()], ['/sources/', new Set()]]);
  const withSections = (url: string, e: ParsedEntry) => {
    pages.add(url);
    anchors.set(url, new Set([...headingIds(e.body), ...(TEMPLATE_IDS[e.collection] ?? [])]));
  };
  for (const e of entries) {
    switch (e.collection) {
      case 'paths': withSections(`/paths/${e.id}/`, e); break;
      case 'skills': withSections(`/skills/${e.id}/`, e); break;
      case 'guides': withSections(`/guides/${e.id}/`, e); break;
      case 'faqs': anchors.get('/faq/')?.add(e.id); break;
      case 'sources': anchors.get('/sources/')?.add(e.id); break;
      case 'roadmaps': {
        pages.add(`/roadmaps/${e.id}/`);
        const steps = (e.data as { steps?: Array<{ id?: unknown }> } | null)?.steps;
        if (Array.isArray(steps)) for (const s of steps) if (typeof s?.id === 'string') pages.add(`/roadmaps/${e.id}/${s.id}/`);
        break;
      }
      default: break;
    }
  }
  return { pages, anchors };
}

const MD_LINK = /\]\((\/[^)\s]*)\)/g;

/** Checks root-relative links in Markdown bodies and Markdown-bearing YAML fields against known routes. */
export function checkProseLinks(entries: ParsedEntry[]): ContentProblem[] {
  const { pages, anchors } = knownRoutes(entries);
  const problems: ContentProblem[] = [];
  const check = (entry: ParsedEntry, text: string, lineAt: (index: number) => number, field: string) => {
    for (const m of text.matchAll(MD_LINK)) {
      const href = m[1] ?? '';
      const [pathPart = '', hash] = href.split('#');
      const page = pathPart === '' ? '/' : pathPart;
      const line = lineAt(m.index ?? 0);
      if (!pages.has(page)) {
        const guess = closest(page, [...pages]);
        problems.push({ file: entry.file, line, field, expected: `a link to an existing page${guess ? ` (did you mean "${guess}"?)` : ''}`, found: describe(href) });
        continue;
      }
      const known = anchors.get(page);
      if (hash !== undefined && known && !known.has(hash)) {
        const guess = closest(hash, [...known]);
        problems.push({ file: entry.file, line, field, expected: `an existing #anchor on ${page}${guess ? ` (did you mean "#${guess}"?)` : ''}`, found: describe(href) });
      }
    }
  };
  for (const entry of entries) {
    if (entry.body) {
      check(entry, entry.body, (i) => entry.bodyLine + entry.body.slice(0, i).split('\n').length - 1, '(body)');
    }
    if (entry.collection === 'roadmaps') {
      const data = entry.data as { intro?: unknown; steps?: Array<{ details?: unknown; project?: { description?: unknown } }> } | null;
      if (typeof data?.intro === 'string') check(entry, data.intro, () => entry.lineOf(['intro']), 'intro');
      data?.steps?.forEach((s, i) => {
        if (typeof s?.details === 'string') check(entry, s.details, () => entry.lineOf(['steps', i, 'details']), `steps[${i}].details`);
      });
    }
  }
  return problems;
}

/** The full check: parse, validate, resolve references and links. Problems are sorted by file and line. */
export function checkContent(files: ContentFile[]): ContentProblem[] {
  const { entries, problems } = parseContentFiles(files);
  const validated = validateEntries(entries);
  const all = [...problems, ...validated.problems, ...checkProseLinks(entries)];
  return all.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

