/**
 * Generated guide pages for the build benchmark: realistic length and structure (headings,
 * lists, links, a table), so the build does the same work per page as for real guides.
 */
const TOPICS = ['testing', 'databases', 'deployment', 'code review', 'interviews', 'portfolios', 'APIs', 'data pipelines'];

export function generatedGuide(n: number): string {
  const topic = TOPICS[n % TOPICS.length]!;
  const para = (i: number) => `Benchmark paragraph ${i} for generated guide ${n} about ${topic}. It links to [the skills index](/skills/) and [the roadmaps](/roadmaps/), and it is long enough to look like real prose on a real page, with a second sentence that adds a little more text for the search index to chew on.`;
  const sections = Array.from({ length: 6 }, (_, s) => [
    `## Section ${s + 1} of generated guide ${n}`,
    '',
    para(s * 3 + 1),
    '',
    `### Detail ${s + 1}`,
    '',
    para(s * 3 + 2),
    '',
    '- first point about the topic',
    '- second point about the topic',
    '',
    para(s * 3 + 3),
  ].join('\n'));
  return [
    '---',
    `title: "Generated guide ${n}: ${topic}"`,
    `summary: "A generated page for the build benchmark, number ${n}, about ${topic}, sized like a real guide."`,
    `order: ${1000 + n}`,
    'relatedPaths: [backend-developer]',
    'sources: [python-job-market-2026]',
    'updated: 2026-11-22',
    '---',
    '',
    ...sections,
    '',
    '| column | value |',
    '|---|---|',
    `| guide | ${n} |`,
    '',
  ].join('\n');
}

/**
 * The same generated guide as a Starlight docs page: identical body, with the front matter
 * Starlight's schema asks for (title and description) in place of ours.
 */
export function starlightGuide(n: number): string {
  return generatedGuide(n).replace(/^---\n([\s\S]*?)\n---/, (_, frontMatter: string) => {
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontMatter)?.[1] ?? '';
    return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---`;
  });
}
