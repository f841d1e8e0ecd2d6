import type { Item } from '../items/schema';
import type { ItemResponse } from '../items/response';
import { checkResponse, scoreItem } from '../items/registry';
import type { Confidence, QuizSession, SessionEntry } from './session';

/**
 * What a learner does during a session, as pure transitions `(session, …, now) -> session`.
 * Practice and tutor modes mark each item when it is submitted; an exam marks nothing until it
 * ends, by the learner or by the clock. Time per item counts only while the item is on screen
 * (the page pauses and resumes the count); the exam clock is the fixed deadline instead, so it
 * keeps true time across reloads and closed tabs.
 */

export type ItemLookup = (id: string) => Item | undefined;

export function currentItemId(session: QuizSession): string {
  return session.itemIds[session.current] as string;
}

export function isFinished(session: QuizSession): boolean {
  return session.finishedAt !== null;
}

/** Whether an item's answer is locked and marked (always false in an unfinished exam). */
export function isSubmitted(session: QuizSession, itemId: string): boolean {
  return session.entries[itemId]?.submittedAt !== undefined;
}

function entryOf(session: QuizSession, itemId: string): SessionEntry {
  const entry = session.entries[itemId];
  if (!entry) throw new RangeError(`item "${itemId}" is not in this session`);
  return entry;
}

function withEntry(session: QuizSession, itemId: string, entry: SessionEntry): QuizSession {
  return { ...session, entries: { ...session.entries, [itemId]: entry } };
}

/** Adds the time since `viewingSince` to the current item (up to the deadline, if any). */
function accrue(session: QuizSession, now: number, keepViewing: boolean): QuizSession {
  if (session.viewingSince === null || session.finishedAt !== null)
    return keepViewing ? session : { ...session, viewingSince: null };
  const itemId = currentItemId(session);
  const entry = entryOf(session, itemId);
  const end = session.deadline === null ? now : Math.min(now, session.deadline);
  const delta = Math.max(0, end - session.viewingSince);
  const counted = entry.submittedAt === undefined ? delta : 0;
  return {
    ...withEntry(session, itemId, { ...entry, timeMs: entry.timeMs + counted }),
    viewingSince: keepViewing ? now : null,
  };
}

/** The page was hidden or closed: stop the item's clock. */
export function pauseViewing(session: QuizSession, now: number): QuizSession {
  return accrue(session, now, false);
}

/** The page is shown again (or reloaded): restart the item's clock from now. */
export function resumeViewing(session: QuizSession, now: number): QuizSession {
  if (session.finishedAt !== null) return session;
  return { ...session, viewingSince: now };
}

/** Stores the learner's (draft) answer. Refused once the item is marked or the session has ended. */
export function setResponse(session: QuizSession, itemId: string, response: ItemResponse): QuizSession {
  if (isFinished(session)) throw new RangeError('the session has ended; answers can no longer change');
  const entry = entryOf(session, itemId);
  if (entry.submittedAt !== undefined) throw new RangeError(`item "${itemId}" is already submitted`);
  return withEntry(session, itemId, { ...entry, response });
}

/** Practice and tutor: marks the current answer and locks it. Throws if it cannot be marked. */
export function submitItem(session: QuizSession, item: Item, now: number, confidence?: Confidence): QuizSession {
  if (session.config.mode === 'exam') throw new RangeError('in an exam, answers are marked when the exam ends');
  if (isFinished(session)) throw new RangeError('the session has ended');
  const entry = entryOf(session, item.id);
  if (entry.submittedAt !== undefined) throw new RangeError(`item "${item.id}" is already submitted`);
  const check = checkResponse(item, entry.response);
  if (!check.ok) throw new RangeError(`item "${item.id}" cannot be marked: ${check.message}`);
  const counted = currentItemId(session) === item.id ? accrue(session, now, true) : session;
  const latest = entryOf(counted, item.id);
  const marked: SessionEntry = { ...latest, submittedAt: now, result: scoreItem(item, entry.response) };
  return withEntry(counted, item.id, confidence === undefined ? marked : { ...marked, confidence });
}

/** Moves to item `index` (0-based), stopping the clock of the item left. */
export function goTo(session: QuizSession, index: number, now: number): QuizSession {
  if (!Number.isInteger(index) || index < 0 || index >= session.itemIds.length) {
    throw new RangeError(`index must be 0–${session.itemIds.length - 1}, got ${index}`);
  }
  if (index === session.current) return session;
  const counted = accrue(session, now, false);
  return { ...counted, current: index, viewingSince: isFinished(counted) ? null : now };
}

export function goNext(session: QuizSession, now: number): QuizSession {
  return session.current + 1 < session.itemIds.length ? goTo(session, session.current + 1, now) : session;
}

export function goPrevious(session: QuizSession, now: number): QuizSession {
  return session.current > 0 ? goTo(session, session.current - 1, now) : session;
}

/** Flags or unflags an item for review (allowed after the end too, for the spaced-review list). */
export function toggleFlag(session: QuizSession, itemId: string): QuizSession {
  const entry = entryOf(session, itemId);
  return withEntry(session, itemId, { ...entry, flagged: !entry.flagged });
}

/** Exam time left in ms (0 when up), or null for untimed modes. */
export function timeLeftMs(session: QuizSession, now: number): number | null {
  if (session.deadline === null) return null;
  return Math.max(0, session.deadline - (session.finishedAt ?? now));
}

/**
 * Ends the session and marks what is left. Every answer that can be marked is marked. In an
 * exam an item left blank is marked too (nothing earned); in practice and tutor modes it stays
 * unanswered. Items no longer in the bank are left unmarked.
 */
export function finishSession(
  session: QuizSession,
  lookup: ItemLookup,
  now: number,
  by: 'learner' | 'time' = 'learner',
): QuizSession {
  if (isFinished(session)) return session;
  const end = by === 'time' && session.deadline !== null ? Math.min(now, session.deadline) : now;
  let result = accrue(session, end, false);
  for (const itemId of result.itemIds) {
    const entry = entryOf(result, itemId);
    const item = lookup(itemId);
    if (entry.submittedAt !== undefined || !item) continue;
    const answerable = entry.response !== undefined && checkResponse(item, entry.response).ok;
    if (answerable)
      result = withEntry(result, itemId, { ...entry, submittedAt: end, result: scoreItem(item, entry.response) });
    else if (result.config.mode === 'exam')
      result = withEntry(result, itemId, { ...entry, submittedAt: end, result: scoreItem(item, undefined) });
  }
  return { ...result, finishedAt: end, finishedBy: by, viewingSince: null };
}

/** Auto-submits an exam whose time has run out (call on load and on every tick). */
export function settleSession(session: QuizSession, lookup: ItemLookup, now: number): QuizSession {
  if (isFinished(session) || session.deadline === null || now < session.deadline) return session;
  return finishSession(session, lookup, now, 'time');
}

/** Items marked in `after` that were not marked in `before`: the attempts to record. */
export function newlyMarked(before: QuizSession, after: QuizSession): string[] {
  return after.itemIds.filter(
    (id) => after.entries[id]?.result !== undefined && before.entries[id]?.result === undefined,
  );
}

/** Counts for the navigator: answered (a response given), marked, flagged. */
export function sessionCounts(session: QuizSession): {
  answered: number;
  marked: number;
  flagged: number;
  total: number;
} {
  let answered = 0;
  let marked = 0;
  let flagged = 0;
  for (const id of session.itemIds) {
    const entry = session.entries[id];
    if (entry?.response !== undefined) answered += 1;
    if (entry?.result !== undefined) marked += 1;
    if (entry?.flagged) flagged += 1;
  }
  return { answered, marked, flagged, total: session.itemIds.length };
}
