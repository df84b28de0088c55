/** FAQ topics in reading order, and grouping questions under them. */
import { faqTopics } from '../schemas/faqs.ts';

export type FaqTopic = (typeof faqTopics)[number];

export const FAQ_TOPIC_LABELS: Record<FaqTopic, string> = {
  'getting-started': 'Getting started',
  learning: 'Learning',
  jobs: 'Finding a job',
  'pay-and-outlook': 'Pay and outlook',
  'working-life': 'Working life',
  'python-today': 'Python today',
};

export function groupFaqs<T extends { topic: FaqTopic; order: number }>(faqs: T[]): Array<{ topic: FaqTopic; items: T[] }> {
  return faqTopics
    .map((topic) => ({ topic, items: faqs.filter((f) => f.topic === topic).sort((a, b) => a.order - b.order) }))
    .filter((g) => g.items.length > 0);
}
