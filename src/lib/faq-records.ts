/**
 * Search records for the FAQ: every question becomes its own result (URL /faq/#id, titled with
 * the question), instead of one long /faq/ page that buries the answer a reader searched for.
 * Works on the built /faq/ HTML, whose questions are marked with data-faq-id.
 */
export interface FaqRecord {
  id: string;
  question: string;
  /** The answer's HTML (short answer and full answer). */
  answerHtml: string;
}

const ARTICLE = /<article\b[^>]*\bdata-faq-id="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g;
const QUESTION = /<h3\b[^>]*>([\s\S]*?)<\/h3>/;
const ANSWER = /<div\b[^>]*\bdata-faq-answer[^>]*>([\s\S]*)<\/div>/;

export function extractFaqRecords(html: string): FaqRecord[] {
  return [...html.matchAll(ARTICLE)].map((m) => {
    const inner = m[2] ?? '';
    const question = (QUESTION.exec(inner)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
    const answerHtml = (ANSWER.exec(inner)?.[1] ?? '').trim();
    if (!question || !answerHtml) throw new Error(`FAQ "${m[1]}" has no question heading or no data-faq-answer block in the built page`);
    return { id: m[1]!, question, answerHtml };
  });
}

/** A small HTML document Pagefind indexes as the record for one question. */
export function faqRecordHtml(record: FaqRecord): string {
  return `<!doctype html><html lang="en"><head><title>${record.question}</title></head><body>`
    + `<main data-pagefind-body data-pagefind-filter="kind:FAQ" data-pagefind-meta="kind:FAQ">`
    + `<h1 data-pagefind-weight="10">${record.question}</h1>${record.answerHtml}</main></body></html>`;
}
