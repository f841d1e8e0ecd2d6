/**
 * The plain objects every scorer and validator returns, whatever the item type. Scorers are
 * pure: `(item, response) -> ScoreResult`. The UI shows these; it never scores.
 */
import { verdictText } from '../../lib/verdict';

/** One scored part of an item: an option, an element, a premise, a case step. */
export interface ScorePart {
  readonly id: string;
  readonly earned: number;
  readonly total: number;
  readonly correct: boolean;
}

/**
 * The score of one response. `earned` is between 0 and `total`; `correct` means full marks
 * (`earned === total`). `parts`, where an item has parts, say which were right, for feedback.
 */
export interface ScoreResult {
  readonly earned: number;
  readonly total: number;
  readonly correct: boolean;
  /** A short verdict for the learner ("Correct.", "Partly right: 2 of 3 marks."). */
  readonly message?: string;
  readonly parts?: readonly ScorePart[];
}

/**
 * Whether a response can be scored at all: empty or malformed responses are turned back with
 * a sentence for the learner ("Choose an option first."), never scored as wrong.
 */
export type ResponseCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

export const responseOk: ResponseCheck = { ok: true };

export function responseProblem(message: string): ResponseCheck {
  return { ok: false, message };
}

/** Builds a result from earned and total points; full marks is "correct". */
export function scoreOf(earned: number, total: number, parts?: readonly ScorePart[]): ScoreResult {
  if (!Number.isFinite(total) || total <= 0) throw new RangeError(`total must be a positive number, got ${total}`);
  if (!Number.isFinite(earned) || earned < 0 || earned > total) {
    throw new RangeError(`earned must be between 0 and ${total}, got ${earned}`);
  }
  const correct = earned === total;
  const message = verdictText({ earned, total, correct });
  return parts === undefined ? { earned, total, correct, message } : { earned, total, correct, message, parts };
}

/** The share of the marks earned, 0–1: an item's weight in a session is always one. */
export function scoreFraction(result: Pick<ScoreResult, 'earned' | 'total'>): number {
  return result.total > 0 ? result.earned / result.total : 0;
}
