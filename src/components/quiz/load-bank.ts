import { readQuestionBank, type QuestionBank } from '../../quiz-engine/bank';
import type { Item } from '../../quiz-engine/items/schema';
import type { ItemLookup } from '../../quiz-engine/session/run';

/** The bank as the quiz page uses it: its items, and a lookup of an item by id. */
export interface QuizBank {
  readonly items: readonly Item[];
  readonly lookup: ItemLookup;
}

/**
 * Fetches the published bank. The islands read it at run time rather than from props: the
 * bank is one file the browser caches once for /quiz/, /review/ and /progress/, and the pages'
 * HTML stays small (props would inline the whole bank, escaped, into each page).
 */
export async function loadQuestionBank(url = '/data/questions.json'): Promise<QuestionBank> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('The question bank could not be downloaded. Check your connection and reload the page.');
  }
  if (!response.ok)
    throw new Error(
      `The question bank could not be downloaded (HTTP ${response.status}). Reload the page to try again.`,
    );
  const reading = readQuestionBank(await response.json().catch(() => null));
  if (!reading.ok)
    throw new Error(`The question bank could not be read: ${reading.problem}. Reload the page to try again.`);
  return reading.bank;
}
