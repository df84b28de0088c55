/**
 * One spelling of US English in everything a reader sees: content/ and the page templates,
 * components, layouts and browser scripts under src/.
 * - "US", never "U.S.", in our own words. Names keep their own spelling: a publication's title
 *   ("Python Developer in the U.S.") or a publisher ("U.S. Bureau of Labor Statistics"), as
 *   content/sources.yaml gives them.
 * - No British spellings (colour, behaviour, organisation, specialise, cancelled, ...).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const DIRS = ['content', 'src/pages', 'src/components', 'src/layouts', 'src/scripts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const BRITISH = new RegExp(`\\b(${[
  'colours?', 'colour(?:ed|ing|ful)', 'behaviours?', 'behavioural', 'organisations?', 'organis(?:e|es|ed|ing)', 'specialis(?:e|es|ed|ing|ation|ations)',
  'optimis(?:e|es|ed|ing|ation|ations)', 'analys(?:e|ed|ing)', 'realis(?:e|es|ed|ing)', 'recognis(?:e|es|ed|ing)', 'prioritis(?:e|es|ed|ing)',
  'summaris(?:e|es|ed|ing)', 'minimis(?:e|es|ed|ing)', 'maximis(?:e|es|ed|ing)', 'customis(?:e|es|ed|ing)', 'utilis(?:e|es|ed|ing)',
  'categoris(?:e|es|ed|ing)', 'emphasis(?:e|es|ed|ing)', 'normalis(?:e|es|ed|ing)', 'visualis(?:e|es|ed|ing|ation)', 'penalis(?:e|es|ed|ing)',
  'centres?', 'licences?', 'defences?', 'catalogues?', 'programmes?', 'favour(?:s|ed|ing|ite|ites)?', 'honours?',
  'labelled', 'labelling', 'cancelled', 'cancelling', 'modelled', 'modelling', 'travelled', 'travelling',
  'practis(?:e|es|ed|ing)', 'neighbouring', 'neighbourhoods?', 'neighbour(?!s)', 'whilst', 'amongst', 'learnt', 'judgement',
].join('|')})\\b`, 'gi');

describe('US spelling', () => {
  it('writes "US", not "U.S.", outside the names of sources and publishers', () => {
    const sources = parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as Array<{ title: string; shortTitle?: string; publisher?: string }>;
    const names = sources.flatMap((s) => [s.title, s.shortTitle, s.publisher]).filter((n): n is string => !!n && n.includes('U.S.'))
      .flatMap((n) => [n, ...n.split(/:\s/).filter((part) => part.includes('U.S.'))])
      .sort((a, b) => b.length - a.length);
    const found: string[] = [];
    for (const file of DIRS.flatMap((d) => files(join(root, d)))) {
      let text = readFileSync(file, 'utf8');
      for (const name of names) text = text.split(name).join('');
      for (const m of text.matchAll(/U\.S\./g)) found.push(`${relative(root, file)}: ...${text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' ')}...`);
    }
    expect(found).toEqual([]);
  });

  it('uses no British spellings in reader-facing text', () => {
    const found: string[] = [];
    for (const file of DIRS.flatMap((d) => files(join(root, d)))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(BRITISH)) found.push(`${relative(root, file)}:${text.slice(0, m.index).split('\n').length}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
