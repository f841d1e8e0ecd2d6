import type { Item } from '../items/schema';
import { displayOrder, type QuizSession, type SessionEntry } from '../session/session';
import { examMinutes, type SessionConfig } from '../session/config';
import { assignmentItems, type Assignment } from './assignment';

/**
 * A quiz session for an assignment: the educator's items in the educator's order (no draw),
 * each item's options shuffled with the assignment's seed, so every student sees the same
 * quiz. The session is an ordinary QuizSession, run by the same engine and runner as /quiz/.
 * Items no longer in the bank are left out; the page says which.
 */
export function sessionFromAssignment(
  assignment: Assignment,
  assignmentId: string,
  lookup: (id: string) => Item | undefined,
  now: number,
): QuizSession {
  const { found } = assignmentItems(assignment, lookup);
  if (found.length === 0) throw new RangeError("none of the assignment's questions is in the question bank");
  const config: SessionConfig = {
    chapters: [],
    topics: [],
    types: [],
    difficulties: [],
    only: 'all',
    count: found.length,
    seed: assignment.seed,
    mode: assignment.mode,
    ...(assignment.mode === 'exam' && assignment.minutes !== undefined ? { minutes: assignment.minutes } : {}),
  };
  const order: Record<string, Record<string, string[]>> = {};
  const entries: Record<string, SessionEntry> = {};
  for (const item of found) {
    order[item.id] = displayOrder(item, assignment.seed);
    entries[item.id] = { flagged: false, timeMs: 0 };
  }
  return {
    id: `assignment-${assignmentId}-${now.toString(36)}`,
    config,
    startedAt: now,
    deadline: assignment.mode === 'exam' ? now + examMinutes(config, found.length) * 60_000 : null,
    itemIds: found.map((item) => item.id),
    order,
    current: 0,
    entries,
    viewingSince: now,
    finishedAt: null,
    finishedBy: null,
  };
}
