import { readQuestionBank, type QuestionBank } from '../../quiz-engine/bank';

export { itemLookup } from '../../quiz-engine/bank';

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
