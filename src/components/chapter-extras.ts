/**
 * What a chapter page loads on demand instead of carrying in its HTML (issue 10, page speed):
 * the definitions of its glossary terms (`<Term>` cards) and the key, explanations and bank
 * details of its check-yourself questions. Served as /data/chapters/<slug>.json
 * (src/pages/data/chapters/[slug].json.ts) and precached by the service worker with every other
 * JSON file, so it works offline. The page's first screen never needs it: the term's card and
 * the question's feedback appear only on hover, focus or an answer.
 */

/** A glossary term as its card shows it: "<strong>term</strong> (spelled out): definition". */
export interface TermCard {
  term: string;
  spelled?: string;
  definition: string;
}

/** A check-yourself question's key and feedback, and what is recorded with an answer. */
export interface CheckFeedback {
  answer: string;
  explanation: string;
  /** Each option's explanation, by option id. */
  why: Record<string, string>;
  chapter: string;
  topics: string[];
}

export interface ChapterExtras {
  terms: Record<string, TermCard>;
  checks: Record<string, CheckFeedback>;
}

/** The ids a chapter's MDX passes to `<Term id="…">` and `<CheckYourself id="…" />`, in order, without repeats. */
export function chapterComponentIds(body: string): { terms: string[]; checks: string[] } {
  const ids = (tag: string) => [
    ...new Set([...body.matchAll(new RegExp(`<${tag}\\s+id="([^"]+)"`, 'g'))].map((m) => m[1] as string)),
  ];
  return { terms: ids('Term'), checks: ids('CheckYourself') };
}

/** The part of a term's card text after the term: its first other name, if it is not the term itself. */
export function spelledOut(term: string, aka: readonly string[]): string | undefined {
  const first = aka[0];
  return first && first.toLowerCase() !== term.toLowerCase() ? first : undefined;
}

interface GlossaryData {
  term: string;
  aka: string[];
  definition: string;
}
interface QuestionData {
  type: string;
  answer?: unknown;
  explanation: string;
  options?: { id: string; why: string }[];
  chapter: string;
  topics: string[];
}

/** A chapter's extras from its MDX body; an id that is not in the glossary or the bank throws. */
export function buildChapterExtras(
  slug: string,
  body: string,
  glossary: (id: string) => GlossaryData | undefined,
  question: (id: string) => QuestionData | undefined,
): ChapterExtras {
  const { terms, checks } = chapterComponentIds(body);
  const extras: ChapterExtras = { terms: {}, checks: {} };
  for (const id of terms) {
    const entry = glossary(id);
    if (!entry) throw new Error(`chapter ${slug}: <Term id="${id}"> is not in the glossary`);
    const spelled = spelledOut(entry.term, entry.aka);
    extras.terms[id] = { term: entry.term, ...(spelled ? { spelled } : {}), definition: entry.definition };
  }
  for (const id of checks) {
    const item = question(id);
    if (!item || item.type !== 'single-best' || typeof item.answer !== 'string' || !item.options)
      throw new Error(`chapter ${slug}: <CheckYourself id="${id}" /> is not a single-best bank question`);
    extras.checks[id] = {
      answer: item.answer,
      explanation: item.explanation,
      why: Object.fromEntries(item.options.map((o) => [o.id, o.why])),
      chapter: item.chapter,
      topics: [...item.topics],
    };
  }
  return extras;
}
