import type { LearnerHistory } from '../session/select';
import type { ProgressDocument } from './document';

/** What the unseen / incorrect / flagged filters need to know, from the progress document. */
export function learnerHistory(doc: ProgressDocument): LearnerHistory {
  const seen = new Set<string>();
  const latest = new Map<string, boolean>();
  for (const attempt of doc.attempts) {
    seen.add(attempt.itemId);
    latest.set(attempt.itemId, attempt.correct); // attempts are in time order: the last one wins
  }
  const lastWrong = new Set([...latest].filter(([, correct]) => !correct).map(([id]) => id));
  const flagged = new Set(
    Object.entries(doc.flags)
      .filter(([, flag]) => flag.on)
      .map(([id]) => id),
  );
  return { seen, lastWrong, flagged };
}
