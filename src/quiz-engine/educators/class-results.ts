import type { AssignmentResult } from './result';

/**
 * A class's results for one assignment, built up as the educator imports files. The first
 * result (or the assignment link, if given) fixes the assignment; a result for another
 * assignment is turned away with a sentence, and changes nothing. A second result from the
 * same student (same name, ignoring case and spaces) replaces the earlier one if it finished
 * later, so each student counts once in the item analysis; the same file twice is ignored.
 */
export interface ClassResults {
  readonly assignmentId: string | null;
  readonly title: string | null;
  /** The assignment's items, when known from its link: results must use only these. */
  readonly itemIds: readonly string[] | null;
  readonly results: readonly AssignmentResult[];
}

export const emptyClass: ClassResults = { assignmentId: null, title: null, itemIds: null, results: [] };

/** A class whose assignment is known from its link. */
export function classForAssignment(id: string, title: string, itemIds: readonly string[]): ClassResults {
  return { assignmentId: id, title, itemIds: [...itemIds], results: [] };
}

export type AddOutcome =
  | { readonly kind: 'added' | 'replaced' | 'duplicate'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };

const studentKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Adds one result; returns the new class and what happened, in words. */
export function addResult(
  cls: ClassResults,
  result: AssignmentResult,
  source: string,
): { readonly cls: ClassResults; readonly outcome: AddOutcome } {
  const who = `${source} (${result.student})`;
  if (cls.assignmentId !== null && result.assignment.id !== cls.assignmentId) {
    return {
      cls,
      outcome: {
        kind: 'refused',
        message: `${who} is for another assignment, "${result.assignment.title}" (id ${result.assignment.id}), not "${cls.title ?? ''}" (id ${cls.assignmentId}). It was not added.`,
      },
    };
  }
  if (cls.itemIds !== null) {
    const known = new Set(cls.itemIds);
    const stray = result.items.filter((i) => !known.has(i.id)).map((i) => i.id);
    if (stray.length > 0) {
      return {
        cls,
        outcome: {
          kind: 'refused',
          message: `${who} has questions that are not in this assignment (${stray.join(', ')}). It was not added.`,
        },
      };
    }
  }
  const base: ClassResults =
    cls.assignmentId === null ? { ...cls, assignmentId: result.assignment.id, title: result.assignment.title } : cls;
  if (base.results.some((r) => r.checksum === result.checksum)) {
    return { cls: base, outcome: { kind: 'duplicate', message: `${who} was already imported; nothing changed.` } };
  }
  const earlier = base.results.find((r) => studentKey(r.student) === studentKey(result.student));
  if (earlier) {
    if (Date.parse(earlier.finishedAt) >= Date.parse(result.finishedAt)) {
      return {
        cls: base,
        outcome: {
          kind: 'duplicate',
          message: `${who} is an earlier attempt than the one already imported for ${earlier.student}; kept the later one.`,
        },
      };
    }
    return {
      cls: { ...base, results: base.results.map((r) => (r === earlier ? result : r)) },
      outcome: { kind: 'replaced', message: `${who} replaced an earlier attempt by the same student.` },
    };
  }
  return { cls: { ...base, results: [...base.results, result] }, outcome: { kind: 'added', message: `${who} added.` } };
}

/** Removes a student's result. */
export function removeResult(cls: ClassResults, checksum: string): ClassResults {
  return { ...cls, results: cls.results.filter((r) => r.checksum !== checksum) };
}
