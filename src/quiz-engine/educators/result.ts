import * as z from 'zod/mini';
import type { Item } from '../items/schema';
import { totalMarks } from '../items/registry';
import { quizModes } from '../session/config';
import type { QuizSession } from '../session/session';
import { packJson, textChecksum, unpackJson } from './packed-text';
import { slugPattern } from '../../lib/slug';

/**
 * What a student sends back after an assignment: a results file (JSON) or the same content as
 * a short code to paste (`r1.<data>.<crc>`, see packed-text.ts). It names the assignment by
 * its id, carries the name the student typed, and per item what was scored — never the whole
 * question. `checksum` is the CRC-32 of the document's canonical JSON without the checksum,
 * so an edited file is recognised (a guard against accidents and casual edits, not a
 * signature). Reading is validated with zod and never throws.
 */
export const resultFileFormat = 'gep-net-imaging-result';
export const resultFileVersion = 1;

export interface ItemOutcomeSummary {
  readonly id: string;
  readonly correct: boolean;
  readonly earned: number;
  readonly total: number;
  /** Time spent on the item in ms. */
  readonly timeMs: number;
  readonly answered: boolean;
  /** Single-best items: the option chosen (for distractor counts). */
  readonly choice?: string;
  /** Multiple-response items: the options chosen. */
  readonly choices?: readonly string[];
}

export interface AssignmentResult {
  readonly format: typeof resultFileFormat;
  readonly version: number;
  readonly assignment: { readonly id: string; readonly title: string };
  readonly student: string;
  readonly mode: (typeof quizModes)[number];
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly finishedBy: 'learner' | 'time';
  readonly items: readonly ItemOutcomeSummary[];
  readonly checksum: string;
}

const isoTime = z
  .string()
  .check(z.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'is not a date and time'));
const optionId = z.string().check(z.maxLength(40));

const itemOutcomeSchema = z.strictObject({
  id: z.string().check(z.regex(slugPattern), z.maxLength(120)),
  correct: z.boolean(),
  earned: z.number().check(z.minimum(0)),
  total: z.number().check(z.positive()),
  timeMs: z.number().check(z.minimum(0)),
  answered: z.boolean(),
  choice: z.optional(optionId),
  choices: z.optional(z.array(optionId).check(z.maxLength(20))),
});

export const assignmentResultSchema = z.strictObject({
  format: z.literal(resultFileFormat),
  version: z.literal(resultFileVersion),
  assignment: z.strictObject({
    id: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
    title: z.string().check(z.maxLength(200)),
  }),
  student: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  mode: z.enum(quizModes),
  startedAt: isoTime,
  finishedAt: isoTime,
  finishedBy: z.enum(['learner', 'time']),
  items: z.array(itemOutcomeSchema).check(
    z.minLength(1),
    z.maxLength(200),
    z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'an item is listed twice'),
    z.refine((items) => items.every((i) => i.earned <= i.total), 'an item earned more than its total'),
    z.refine(
      (items) => items.every((i) => i.correct === (i.earned === i.total)),
      'an item is marked correct without full marks',
    ),
  ),
  checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
});

/** The document without its checksum, keys in a fixed order: what the checksum covers. */
function canonicalText(r: Omit<AssignmentResult, 'checksum'>): string {
  return JSON.stringify({
    format: r.format,
    version: r.version,
    assignment: { id: r.assignment.id, title: r.assignment.title },
    student: r.student,
    mode: r.mode,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    finishedBy: r.finishedBy,
    items: r.items.map((i) => ({
      id: i.id,
      correct: i.correct,
      earned: i.earned,
      total: i.total,
      timeMs: i.timeMs,
      answered: i.answered,
      ...(i.choice !== undefined ? { choice: i.choice } : {}),
      ...(i.choices !== undefined ? { choices: [...i.choices] } : {}),
    })),
  });
}

/** Adds the checksum to a result document. */
export function sealResult(r: Omit<AssignmentResult, 'checksum'>): AssignmentResult {
  return { ...r, checksum: textChecksum(canonicalText(r)) };
}

/** A finished assignment session as the document the student sends back. */
export function resultFromSession(
  assignment: { readonly id: string; readonly title: string },
  session: QuizSession,
  lookup: (id: string) => Item | undefined,
  student: string,
): AssignmentResult {
  if (session.finishedAt === null) throw new RangeError('the session has not finished yet');
  const name = student.trim();
  if (name === '') throw new RangeError('student name must not be empty');
  const items: ItemOutcomeSummary[] = session.itemIds.map((id) => {
    const entry = session.entries[id];
    const item = lookup(id);
    const result = entry?.result;
    const total = result?.total ?? (item ? totalMarks(item) : 1);
    const response = entry?.response;
    return {
      id,
      correct: result?.correct ?? false,
      earned: result?.earned ?? 0,
      total,
      timeMs: Math.round(entry?.timeMs ?? 0),
      answered: response !== undefined && result !== undefined,
      ...(response && 'choice' in response ? { choice: response.choice } : {}),
      ...(response && 'choices' in response ? { choices: [...response.choices] } : {}),
    };
  });
  return sealResult({
    format: resultFileFormat,
    version: resultFileVersion,
    assignment: { id: assignment.id, title: assignment.title },
    student: name,
    mode: session.config.mode,
    startedAt: new Date(session.startedAt).toISOString(),
    finishedAt: new Date(session.finishedAt).toISOString(),
    finishedBy: session.finishedBy ?? 'learner',
    items,
  });
}

/** The results file: name, text and type for a download. */
export function resultFile(r: AssignmentResult): { filename: string; text: string; mimeType: string } {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'student';
  return {
    filename: `results-${slug(r.student)}-${r.assignment.id}.json`,
    text: `${JSON.stringify(r, null, 2)}\n`,
    mimeType: 'application/json',
  };
}

/** The results as a code to paste (`r1.…`). */
export function resultCode(r: AssignmentResult): string {
  return packJson('r', resultFileVersion, r);
}

export type ResultReading =
  { readonly ok: true; readonly result: AssignmentResult } | { readonly ok: false; readonly message: string };

const unchanged = 'Nothing was imported.';

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

/** Checks a parsed value as a result document: format, fields, checksum. */
export function readResultValue(value: unknown, source: 'file' | 'code' = 'file'): ResultReading {
  const what = source === 'file' ? 'This results file' : 'This results code';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `${what} is not a GEP-NET Imaging results file. ${unchanged}` };
  }
  const format = (value as { format?: unknown }).format;
  if (format === 'gep-net-imaging-progress') {
    return {
      ok: false,
      message: `This is a learner's progress file, not assignment results. Ask for the results file saved at the end of the assignment. ${unchanged}`,
    };
  }
  if (format !== resultFileFormat)
    return { ok: false, message: `${what} is not a GEP-NET Imaging results file. ${unchanged}` };
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > resultFileVersion) {
    return {
      ok: false,
      message: `${what} was made by a newer version of the site. Reload the page to update it, then import again. ${unchanged}`,
    };
  }
  const parsed = assignmentResultSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: `${what} is damaged (${firstIssue(parsed.error)}). ${unchanged}` };
  const result = parsed.data as AssignmentResult;
  if (textChecksum(canonicalText(result)) !== result.checksum) {
    return {
      ok: false,
      message: `${what} has been changed since it was saved: its checksum does not match its contents. ${unchanged} Ask the student to send the original, unedited file.`,
    };
  }
  return { ok: true, result };
}

/** Reads a results file's text or a pasted results code. Never throws. */
export function readResultText(text: string): ResultReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `The file or code is empty. ${unchanged}` };
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return {
        ok: false,
        message: `This results file is damaged: it is not readable JSON (it may have been cut short or edited). ${unchanged}`,
      };
    }
    return readResultValue(value, 'file');
  }
  const unpacked = unpackJson('r', resultFileVersion, trimmed);
  if (!unpacked.ok) {
    if (unpacked.problem === 'newer')
      return {
        ok: false,
        message: `This results code was made by a newer version of the site. Reload the page, then import again. ${unchanged}`,
      };
    if (unpacked.problem === 'damaged')
      return {
        ok: false,
        message: `This results code is damaged: part of it is missing or has been changed. ${unchanged} Ask the student to copy all of it again.`,
      };
    return { ok: false, message: `This is neither a results file nor a results code from this site. ${unchanged}` };
  }
  return readResultValue(unpacked.value, 'code');
}
