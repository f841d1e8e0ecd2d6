import type { CheckAnswer } from './check-answer-record';

/** What a check-yourself question knows about itself: chapter and topics only if a bank item. */
export interface CheckQuestion {
  readonly id: string;
  readonly chapter?: string | undefined;
  readonly topics?: readonly string[] | undefined;
}

/**
 * The answer to record, or undefined for a question that is not a bank item (a simulator's
 * exercise has no chapter or topics): such answers are not recorded at all, so they never
 * count as bank attempts in /progress/ nor create review cards /review/ could not ask.
 */
export function bankAnswer(
  question: CheckQuestion,
  result: Pick<CheckAnswer, 'earned' | 'total' | 'correct'>,
): CheckAnswer | undefined {
  if (question.chapter === undefined || question.topics === undefined) return undefined;
  return {
    itemId: question.id,
    chapter: question.chapter,
    topics: [...question.topics],
    earned: result.earned,
    total: result.total,
    correct: result.correct,
  };
}
