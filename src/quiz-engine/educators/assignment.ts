import * as z from 'zod/mini';
import { quizModes, type QuizMode } from '../session/config';
import { packJson, unpackJson } from './packed-text';
import { slugPattern } from '../../lib/slug';

/**
 * An educator's assignment: a fixed list of questions, a mode, an optional time limit, a
 * seed (so every student sees the same option order), an optional due date and a note. It
 * travels in the fragment of a link (/assignment/#a1.…), so no server ever sees it.
 *
 * On the wire the fields have one-letter names to keep links short:
 * `{ t: title, i: [item ids], m: mode, s: seed, l?: minutes, d?: "YYYY-MM-DD", n?: note }`.
 */
export interface Assignment {
  readonly title: string;
  readonly itemIds: readonly string[];
  readonly mode: QuizMode;
  readonly seed: number;
  /** Exam time limit in minutes (exam mode only). */
  readonly minutes?: number;
  /** Due date as YYYY-MM-DD (a calendar day, no time zone). */
  readonly due?: string;
  readonly note?: string;
}

export const assignmentLinkVersion = 1;
export const maxAssignmentItems = 200;
export const maxTitleLength = 120;
export const maxNoteLength = 1000;

const itemId = z.string().check(z.regex(slugPattern), z.maxLength(120));
const isCalendarDay = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

const wireSchema = z.strictObject({
  t: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxTitleLength)),
  i: z.array(itemId).check(
    z.minLength(1),
    z.maxLength(maxAssignmentItems),
    z.refine((ids) => new Set(ids).size === ids.length, 'an item is listed twice'),
  ),
  m: z.enum(quizModes),
  s: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  l: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
  d: z.optional(z.string().check(z.refine(isCalendarDay, 'the due date is not a calendar day'))),
  n: z.optional(z.string().check(z.maxLength(maxNoteLength))),
});
type WireAssignment = z.infer<typeof wireSchema>;

function toWire(a: Assignment): WireAssignment {
  return {
    t: a.title.trim(),
    i: [...a.itemIds],
    m: a.mode,
    s: a.seed,
    ...(a.minutes !== undefined && a.mode === 'exam' ? { l: a.minutes } : {}),
    ...(a.due ? { d: a.due } : {}),
    ...(a.note?.trim() ? { n: a.note.trim() } : {}),
  };
}

function fromWire(w: WireAssignment): Assignment {
  return {
    title: w.t,
    itemIds: w.i,
    mode: w.m,
    seed: w.s,
    ...(w.l !== undefined ? { minutes: w.l } : {}),
    ...(w.d !== undefined ? { due: w.d } : {}),
    ...(w.n !== undefined ? { note: w.n } : {}),
  };
}

/** Checks an assignment before it is shared; throws a RangeError naming the bad field. */
export function validateAssignment(a: Assignment): Assignment {
  const parsed = wireSchema.safeParse(toWire(a));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field =
      ({ t: 'title', i: 'itemIds', m: 'mode', s: 'seed', l: 'minutes', d: 'due', n: 'note' } as Record<string, string>)[
        String(issue?.path[0])
      ] ?? 'assignment';
    throw new RangeError(`${field}: ${issue?.message ?? 'invalid'}`);
  }
  return fromWire(parsed.data);
}

/** The URL fragment (without "#") that carries the assignment. Throws on an invalid one. */
export function encodeAssignment(a: Assignment): string {
  return packJson('a', assignmentLinkVersion, toWire(validateAssignment(a)));
}

/**
 * The assignment's id: the checksum of its packed content. Two links with the same content
 * have the same id; a student's results name it, so the educator can tell the classes apart.
 */
export function assignmentIdOf(fragment: string): string {
  return fragment.slice(fragment.lastIndexOf('.') + 1);
}

export type AssignmentReading =
  | { readonly ok: true; readonly assignment: Assignment; readonly id: string }
  | {
      readonly ok: false;
      readonly reason: 'empty' | 'not-ours' | 'newer' | 'damaged' | 'invalid';
      readonly message: string;
    };

const repair = 'Ask your educator to send the link again, and copy all of it.';

/** Reads a fragment (with or without "#", or a whole link). Never throws. */
export function decodeAssignment(input: string): AssignmentReading {
  const text = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  let fragment = text.trim();
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep it as typed; unpacking reports what is wrong
  }
  const unpacked = unpackJson('a', assignmentLinkVersion, fragment);
  if (!unpacked.ok) {
    switch (unpacked.problem) {
      case 'empty':
        return {
          ok: false,
          reason: 'empty',
          message: 'This page opens an assignment from a link, and the link you followed has no assignment in it.',
        };
      case 'not-ours':
        return { ok: false, reason: 'not-ours', message: `This is not an assignment link from this site. ${repair}` };
      case 'newer':
        return {
          ok: false,
          reason: 'newer',
          message:
            'This assignment link was made by a newer version of the site. Reload the page to update it, then open the link again.',
        };
      case 'damaged':
        return {
          ok: false,
          reason: 'damaged',
          message: `This assignment link is damaged: part of it is missing or has been changed, perhaps cut off when it was copied. ${repair}`,
        };
    }
  }
  const parsed = wireSchema.safeParse(unpacked.value);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      message: `This assignment link is complete but its contents are not a valid assignment. ${repair}`,
    };
  }
  return { ok: true, assignment: fromWire(parsed.data), id: unpacked.checksum };
}

/** The assignment's items split into those in the bank (in assignment order) and unknown ids. */
export function assignmentItems<T extends { readonly id: string }>(
  a: Pick<Assignment, 'itemIds'>,
  lookup: (id: string) => T | undefined,
): { readonly found: readonly T[]; readonly unknown: readonly string[] } {
  const found: T[] = [];
  const unknown: string[] = [];
  for (const id of a.itemIds) {
    const item = lookup(id);
    if (item) found.push(item);
    else unknown.push(id);
  }
  return { found, unknown };
}
