import type { AttemptInput } from '../progress/document';
import { ratingFor } from '../review/scheduler';
import type { QuizSession } from './session';
import { newlyMarked, type ItemLookup } from './run';

/**
 * What a session step means for the learner's record: the answers newly marked (each an
 * attempt and a review) and the flags changed. The page applies these to the progress
 * document after every step, so nothing waits for the end of the session.
 */
export function attemptsFromSession(
  before: QuizSession | null,
  after: QuizSession,
  lookup: ItemLookup,
): AttemptInput[] {
  const marked = before
    ? newlyMarked(before, after)
    : after.itemIds.filter((id) => after.entries[id]?.result !== undefined);
  const attempts: AttemptInput[] = [];
  for (const itemId of marked) {
    const item = lookup(itemId);
    const entry = after.entries[itemId];
    if (!item || !entry?.result || entry.submittedAt === undefined) continue;
    attempts.push({
      itemId,
      chapter: item.chapter,
      topics: item.topics,
      at: entry.submittedAt,
      earned: entry.result.earned,
      total: entry.result.total,
      correct: entry.result.correct,
      rating: ratingFor(entry.result, entry.confidence),
      mode: after.config.mode,
      sessionId: after.id,
      timeMs: entry.timeMs,
      ...(entry.confidence ? { confidence: entry.confidence } : {}),
    });
  }
  return attempts;
}

/** Items whose flag differs between two states of a session. */
export function flagChanges(before: QuizSession | null, after: QuizSession): { itemId: string; on: boolean }[] {
  return after.itemIds
    .filter((id) => (before?.entries[id]?.flagged ?? false) !== (after.entries[id]?.flagged ?? false))
    .map((id) => ({ itemId: id, on: after.entries[id]?.flagged ?? false }));
}
