import { progressKey } from './progress/keys';
import { ratingFor } from './review/rating';
import { editableDocument, readDocument, type ProgressStore } from './progress-summary';
import { isRecord } from '../lib/is-record';
import { isSlug } from '../lib/slug';

/**
 * Records a chapter's "check yourself" answer as an attempt (mode "check"), so it counts in
 * /progress/ and joins spaced review, without loading the quiz engine on chapter pages (no zod,
 * no ts-fsrs: a few hundred bytes beside progress-summary.ts, which those pages already load).
 *
 * It only appends the attempt, in time order, in the exact shape the engine's attempt schema
 * (progress/document.ts) accepts. The item's review card is left for the engine: every quiz
 * page replays attempts newer than their card when it reads the document (progress/reconcile.ts).
 * Like markChapterStudied it is lenient and safe: it never writes over data it cannot read.
 */

export interface CheckAnswer {
  readonly itemId: string;
  /** Chapter slug and topics of the question, so history survives later edits to the bank. */
  readonly chapter: string;
  readonly topics: readonly string[];
  readonly earned: number;
  readonly total: number;
  readonly correct: boolean;
}

/** The id the engine gives an attempt made outside a session: "<mode>/<time>/<item id>". */
export function checkAttemptId(itemId: string, at: number): string {
  return `check/${at}/${itemId}`;
}

/** The attempt schema's limits (progress/document.ts), checked here without zod. */
function validate(answer: CheckAnswer, at: number): void {
  const { itemId, chapter, topics, earned, total } = answer;
  const bad =
    typeof itemId !== 'string' || !itemId || itemId.length > 200
      ? 'item id'
      : typeof chapter !== 'string' || !isSlug(chapter) || chapter.length > 100
        ? 'chapter slug'
        : !Array.isArray(topics) || topics.length > 30 || topics.some((t) => typeof t !== 'string' || t.length > 200)
          ? 'topics'
          : typeof total !== 'number' || !(total > 0 && total < Infinity)
            ? 'total marks'
            : typeof earned !== 'number' || !(earned >= 0 && earned <= total)
              ? 'earned marks'
              : !Number.isInteger(at) || at < 0
                ? 'answer time'
                : '';
  if (bad) throw new RangeError(`check-yourself answer has a bad ${bad}: ${JSON.stringify({ ...answer, at })}`);
}

export { bankAnswer, type CheckQuestion } from './check-answer-bank';

/**
 * Appends the answer given at `at` to the stored progress. Returns true when it is recorded
 * (or already was: the same item at the same time counts once), false — changing nothing —
 * when storage is blocked or holds progress this page cannot safely edit (unreadable, another
 * version, or a shape it does not recognise: the quiz pages set such data aside and explain).
 */
export function recordCheckAnswer(store: ProgressStore, answer: CheckAnswer, at: number): boolean {
  validate(answer, at);
  const doc = readDocument(store);
  if (doc === undefined) return false;
  const base = editableDocument(doc);
  if (base === undefined || !Array.isArray(base.attempts) || !isRecord(base.cards)) return false;
  const id = checkAttemptId(answer.itemId, at);
  const attempts: unknown[] = base.attempts;
  if (attempts.some((a) => isRecord(a) && a.id === id)) return true;
  const attempt = {
    id,
    itemId: answer.itemId,
    chapter: answer.chapter,
    topics: [...answer.topics],
    at,
    earned: answer.earned,
    total: answer.total,
    correct: answer.correct,
    rating: ratingFor(answer),
    mode: 'check',
  };
  // Keep attempts in time order (then by id), as the engine does: after every attempt that is
  // earlier, or at the same time with a smaller id.
  let index = attempts.length;
  while (index > 0) {
    const before = attempts[index - 1];
    if (!isRecord(before) || typeof before.at !== 'number' || typeof before.id !== 'string') return false;
    if (before.at < at || (before.at === at && before.id < id)) break;
    index -= 1;
  }
  try {
    store.setItem(
      progressKey,
      JSON.stringify({ ...base, attempts: [...attempts.slice(0, index), attempt, ...attempts.slice(index)] }),
    );
    return true;
  } catch {
    return false;
  }
}
