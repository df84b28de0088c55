/**
 * The job-ad decoder: finds the skills a job ad mentions, by each skill's title and aliases, and
 * ranks the career paths by how much of their skill lists the ad covers.
 *
 * Matching works on words, never on raw characters: the ad is split once into lowercase words
 * (letters, digits and underscores; everything else separates words), and each run of up to
 * `maxWords` words is looked up in a map of known phrases, longest first. So case and
 * punctuation do not matter ("CI/CD" = "ci cd", "Node.js" = "node js"), a term never matches
 * inside a longer word ("Java" is not in "JavaScript", "sql" is not in "mysql"), and the work
 * grows linearly with the length of the ad.
 */
import { percentOf } from './compare.ts';
import { distinctItems, satisfies, type SkillItem } from './skill-items.ts';
import type { PathSkillLists } from './skill-graph.ts';
import { plural } from './text.ts';

/** Longer ads are cut to this many characters before decoding (a long ad is about 10,000). */
export const MAX_AD_CHARS = 200_000;

/**
 * Aliases that are everyday words in job ads more often than they are the skill ("the scope of
 * the role", "feedback loops", "success metrics", "any kind of"). On their own they do not count;
 * inside a longer known phrase they still do.
 */
export const AMBIGUOUS_TERMS: ReadonlySet<string> = new Set([
  'classes', 'collections', 'def', 'functions', 'helm', 'kind', 'loops', 'metrics', 'modules', 'os',
  'packages', 'patch', 'raise', 're', 'requests', 'scope', 'sessions', 'sys', 'yield',
]);

/**
 * Where a known phrase is a false friend: the words around it that show the ad means something
 * else. `before` and `after` are the words right next to it, `anywhere` are words elsewhere in the
 * ad (one word each, as tokenize gives them).
 */
export interface FalseFriend {
  before?: readonly string[];
  after?: readonly string[];
  anywhere?: readonly string[];
}

/** Amazon's services, whose names make a plain "Lambda" the serverless product, not Python's keyword. */
const AWS_WORDS = ['aws', 'amazon', 'serverless', 'ec2', 's3', 'dynamodb', 'sqs', 'sns', 'cloudformation', 'cdk', 'ecs', 'eks', 'fargate', 'cloudwatch', 'boto3'];
const SPARK_VERB = { before: ['to', 'that', 'which', 'will', 'can'], after: ['joy', 'curiosity', 'creativity', 'innovation', 'ideas', 'interest', 'conversation', 'conversations', 'discussion', 'discussions', 'change', 'excitement', 'new'] };

/**
 * Phrases that name a skill in most ads but something else next to certain words: "Lambda" in an
 * ad about AWS is AWS Lambda, not Python's lambda; "spark joy", "the rest of the team", "react
 * quickly", "Google Docs", "salary benchmarking", "org charts", "mock interviews".
 */
export const FALSE_FRIENDS: ReadonlyMap<string, FalseFriend> = new Map<string, FalseFriend>([
  ['lambda', { before: AWS_WORDS, anywhere: AWS_WORDS }],
  ['lambdas', { before: AWS_WORDS, anywhere: AWS_WORDS }],
  ['spark', SPARK_VERB],
  ['sparks', SPARK_VERB],
  ['rest', { after: ['of', 'assured', 'easy'] }],
  ['react', { after: ['to', 'quickly', 'swiftly', 'promptly', 'calmly', 'fast', 'appropriately', 'positively', 'accordingly'] }],
  ['docs', { before: ['google'] }],
  ['benchmarking', { before: ['salary', 'pay', 'compensation', 'market'] }],
  ['charts', { before: ['org', 'organizational', 'organisational'] }],
  ['mock', { after: ['interview', 'interviews'] }],
]);

/** The skill fields matching needs. */
export interface SkillTerms {
  id: string;
  title: string;
  aliases: readonly string[];
}

/** Known phrases (words joined by one space) and the skills each one names. */
export interface PhraseIndex {
  phrases: Map<string, string[]>;
  /** Words in the longest phrase: how far ahead the matcher looks. */
  maxWords: number;
  /** Phrases that do not count next to certain words (see FALSE_FRIENDS). */
  falseFriends: ReadonlyMap<string, FalseFriend>;
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Lowercase words of a text; punctuation, symbols, emoji and spaces only separate them. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** A phrase in the form the index stores it: its words joined by single spaces. */
export const phraseKey = (phrase: string): string => tokenize(phrase).join(' ');

/**
 * Phrases a skill's title offers: the title without any bracketed part or a leading "The", and
 * each item of a bracketed list ("Cloud platforms (AWS, GCP, Azure)" gives "cloud platforms",
 * "aws", "gcp" and "azure").
 */
export function titlePhrases(title: string): string[] {
  const out: string[] = [];
  const main = title.replace(/\([^()]*\)/g, ' ').replace(/^\s*the\s+/i, '').trim();
  if (main) out.push(main);
  for (const m of title.matchAll(/\(([^()]*)\)/g)) {
    for (const item of (m[1] ?? '').split(/,|\band\b|\bor\b/i)) {
      const clean = item.replace(/^\s*the\s+/i, '').trim();
      if (clean) out.push(clean);
    }
  }
  return out;
}

/** Builds the phrase map from skills' titles and aliases, adding a plain plural ("message queues"). */
export function buildPhraseIndex(
  skills: SkillTerms[],
  ambiguous: ReadonlySet<string> = AMBIGUOUS_TERMS,
  falseFriends: ReadonlyMap<string, FalseFriend> = FALSE_FRIENDS,
): PhraseIndex {
  const phrases = new Map<string, string[]>();
  let maxWords = 1;
  const add = (key: string, id: string) => {
    if (!key || ambiguous.has(key)) return;
    const ids = phrases.get(key);
    if (!ids) phrases.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const skill of skills) {
    for (const phrase of [...titlePhrases(skill.title), ...skill.aliases]) {
      const key = phraseKey(phrase);
      add(key, skill.id);
      const last = key.slice(key.lastIndexOf(' ') + 1);
      if (last.length >= 3 && /^[a-z]+$/.test(last) && !last.endsWith('s')) add(`${key}s`, skill.id);
    }
  }
  return { phrases, maxWords, falseFriends };
}

export interface FoundSkill {
  id: string;
  /** The phrases that named it, as matched (lowercase), in order of first appearance. */
  terms: string[];
  /** How many times it was named. */
  count: number;
}

export interface Extraction {
  /** Skills in order of first mention. */
  skills: FoundSkill[];
  /** Words read. */
  words: number;
}

/** Every known skill the words mention: longest phrase first, then on past it. Linear in the number of words. */
export function extractFromWords(words: string[], index: PhraseIndex): Extraction {
  const found = new Map<string, FoundSkill>();
  const keys: string[] = [];
  let present: Set<string> | undefined;
  /** Whether the phrase of `n` words at `i` is a false friend here (see FALSE_FRIENDS). */
  const misread = (phrase: string, i: number, n: number): boolean => {
    const rule = index.falseFriends.get(phrase);
    if (!rule) return false;
    const before = words[i - 1];
    const after = words[i + n];
    if (before !== undefined && rule.before?.includes(before)) return true;
    if (after !== undefined && rule.after?.includes(after)) return true;
    if (!rule.anywhere) return false;
    present ??= new Set(words);
    return rule.anywhere.some((w) => present!.has(w));
  };
  for (let i = 0; i < words.length;) {
    keys.length = 0;
    let key = '';
    for (let n = 0; n < index.maxWords && i + n < words.length; n++) {
      key = n === 0 ? words[i]! : `${key} ${words[i + n]!}`;
      keys.push(key);
    }
    let matched = 0;
    for (let n = keys.length; n >= 1; n--) {
      const phrase = keys[n - 1]!;
      const ids = index.phrases.get(phrase);
      if (!ids || misread(phrase, i, n)) continue;
      for (const id of ids) {
        const skill = found.get(id);
        if (!skill) found.set(id, { id, terms: [phrase], count: 1 });
        else {
          skill.count++;
          if (!skill.terms.includes(phrase)) skill.terms.push(phrase);
        }
      }
      matched = n;
      break;
    }
    i += matched || 1;
  }
  return { skills: [...found.values()], words: words.length };
}

/** Skills a text mentions; see extractFromWords. */
export function extractSkills(text: string, index: PhraseIndex): Extraction {
  return extractFromWords(tokenize(text), index);
}

export interface AdPathFit {
  id: string;
  title: string;
  /** The path's items (required, then nice-to-have) the ad mentions, in the path's order; a group counts when the ad names any member. */
  mentioned: SkillItem[];
  /** Distinct items the path lists (a group of alternatives is one). */
  total: number;
  percent: number;
  requiredMentioned: number;
  requiredTotal: number;
}

/**
 * Paths the ad mentions at least one skill of, best fit first: share of the path's skills the ad
 * mentions, then share of its required skills; ties keep the given order.
 */
export function rankPathsForAd(paths: PathSkillLists[], found: ReadonlySet<string>): AdPathFit[] {
  return paths
    .map((p, index) => {
      const required = distinctItems(p.requiredSkills);
      const all = [...required, ...distinctItems(p.niceToHaveSkills, required)];
      const mentioned = all.filter((item) => satisfies(item, found));
      const requiredMentioned = required.filter((item) => satisfies(item, found)).length;
      return {
        index,
        fit: { id: p.id, title: p.title, mentioned, total: all.length, percent: percentOf(mentioned.length, all.length), requiredMentioned, requiredTotal: required.length },
        ratio: all.length ? mentioned.length / all.length : 0,
        requiredRatio: required.length ? requiredMentioned / required.length : 0,
      };
    })
    .filter((x) => x.fit.mentioned.length > 0)
    .sort((a, b) => b.ratio - a.ratio || b.requiredRatio - a.requiredRatio || a.index - b.index)
    .map((x) => x.fit);
}

export type AdStatus = 'empty' | 'no-words' | 'no-skills' | 'found';

export interface AdDecoding {
  status: AdStatus;
  /** What to tell the reader, in one or two sentences. */
  message: string;
  skills: FoundSkill[];
  fits: AdPathFit[];
  words: number;
  /** Whether the ad was longer than the limit and only its start was read. */
  truncated: boolean;
  /** Whether HTML tags were found and skipped. */
  htmlRemoved: boolean;
}

/** Tags such as <li> or <a href="..."> become spaces. Linear: each scan stops at the next "<" or ">". */
export function stripTags(text: string): { text: string; removed: boolean } {
  let removed = false;
  const out = text.replace(/<\/?[a-zA-Z!][^<>]*>/g, () => {
    removed = true;
    return ' ';
  });
  return { text: out, removed };
}

/** The whole decoding of one ad: cut to size, tags skipped, skills found, paths ranked, a message. */
export function decodeAd(input: string, index: PhraseIndex, paths: PathSkillLists[], maxChars = MAX_AD_CHARS): AdDecoding {
  const truncated = input.length > maxChars;
  const { text, removed } = stripTags(truncated ? input.slice(0, maxChars) : input);
  const base = { skills: [], fits: [], words: 0, truncated, htmlRemoved: removed };
  if (text.trim() === '') {
    return { ...base, status: 'empty', message: removed ? 'The text holds only HTML tags and no words. Paste the words of the job ad.' : 'Paste the text of a job ad into the box first.' };
  }
  const { skills, words } = extractSkills(text, index);
  if (words === 0) {
    return { ...base, status: 'no-words', message: 'That text has no words to read, only punctuation, symbols or emoji. Paste the text of a job ad.' };
  }
  const notes = [
    truncated ? `The ad is longer than ${maxChars.toLocaleString('en-US')} characters, so only its first ${maxChars.toLocaleString('en-US')} were read.` : '',
    removed ? 'HTML tags were skipped.' : '',
  ].filter(Boolean).join(' ');
  const tail = notes ? ` ${notes}` : '';
  if (skills.length === 0) {
    return { ...base, words, status: 'no-skills', message: `No skill this guide covers was found in the ${plural(words, 'word')} read.${tail}` };
  }
  const fits = rankPathsForAd(paths, new Set(skills.map((s) => s.id)));
  return { ...base, words, skills, fits, status: 'found', message: `Found ${plural(skills.length, 'skill')} in the ${plural(words, 'word')} read.${tail}` };
}

/**
 * Found skills grouped by area for display: areas in the given order, skills in order of first
 * mention; a skill whose area is not in `order` ends up in a last group with area `undefined`.
 */
export function groupFoundSkills<A extends string>(
  skills: FoundSkill[],
  areaOf: ReadonlyMap<string, A>,
  order: readonly A[],
): Array<{ area: A | undefined; skills: FoundSkill[] }> {
  const known = new Set<string>(order);
  const groups: Array<{ area: A | undefined; skills: FoundSkill[] }> = order.map((area) => ({ area, skills: skills.filter((s) => areaOf.get(s.id) === area) }));
  groups.push({ area: undefined, skills: skills.filter((s) => !known.has(areaOf.get(s.id) ?? '')) });
  return groups.filter((g) => g.skills.length > 0);
}
