import * as z from 'zod/mini';
import type { Item } from '../../items/schema';
import { sessionEntrySchema, type QuizSession, type SessionEntry } from '../../session/session';
import type { Assignment } from '../assignment';
import { sessionFromAssignment } from '../assignment-session';
import { packJson, unpackJson } from '../packed-text';
import { scoreItem } from '../../items/registry';

/**
 * Resume state kept in the LMS's suspend data: the learner's name and what they did, packed as
 * `s1.<deflated JSON>.<crc>` (see packed-text.ts; only characters safe in any LMS field). The
 * display order and configuration are not stored: they follow from the assignment and its
 * seed, which the package carries, so the text stays far below SCORM 1.2's 4096 characters
 * for an ordinary assignment.
 */
const stateSchema = z.strictObject({
  n: z.string().check(z.maxLength(120)),
  i: z.string().check(z.maxLength(200)),
  s: z.number(),
  d: z.nullable(z.number()),
  c: z.int().check(z.minimum(0)),
  e: z.record(z.string(), sessionEntrySchema),
  f: z.nullable(z.number()),
  b: z.nullable(z.enum(['learner', 'time'])),
});

/** Marks are not stored: the scorer gives them again from the response (see below). */
function withoutResults(entries: QuizSession['entries']): Record<string, Omit<SessionEntry, 'result'>> {
  return Object.fromEntries(Object.entries(entries).map(([id, { result: _result, ...rest }]) => [id, rest]));
}

export function suspendDataOf(student: string, session: QuizSession): string {
  return packJson('s', 1, {
    n: student,
    i: session.id,
    s: session.startedAt,
    d: session.deadline,
    c: session.current,
    e: withoutResults(session.entries),
    f: session.finishedAt,
    b: session.finishedBy,
  });
}

export interface ResumedAttempt {
  readonly student: string;
  readonly session: QuizSession;
}

/**
 * The attempt in `text`, rebuilt on the assignment (undefined when the text is empty, not ours,
 * damaged, or names items the assignment does not hold).
 */
export function attemptFromSuspendData(
  text: string,
  assignment: Assignment,
  assignmentId: string,
  lookup: (id: string) => Item | undefined,
): ResumedAttempt | undefined {
  const unpacked = unpackJson('s', 1, text);
  if (!unpacked.ok) return undefined;
  const state = stateSchema.safeParse(unpacked.value);
  if (!state.success) return undefined;
  const v = state.data;
  const fresh = sessionFromAssignment(assignment, assignmentId, lookup, v.s);
  if (Object.keys(v.e).some((id) => !fresh.itemIds.includes(id))) return undefined;
  const entries: Record<string, SessionEntry> = { ...fresh.entries };
  for (const [id, stored] of Object.entries(v.e as Record<string, SessionEntry>)) {
    const item = lookup(id);
    // A marked answer gets its marks back from the scorer: the same response, the same marks.
    entries[id] =
      stored.submittedAt !== undefined && item ? { ...stored, result: scoreItem(item, stored.response) } : stored;
  }
  const session: QuizSession = {
    ...fresh,
    id: v.i,
    startedAt: v.s,
    deadline: v.d,
    current: Math.min(v.c, fresh.itemIds.length - 1),
    entries,
    viewingSince: null,
    finishedAt: v.f,
    finishedBy: v.b,
  };
  return { student: v.n, session };
}
