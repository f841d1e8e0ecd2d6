import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { decodeAssignment, encodeAssignment } from '../../../src/quiz-engine/educators/assignment';
import {
  readResultText,
  resultCode,
  resultFile,
  sealResult,
  type AssignmentResult,
} from '../../../src/quiz-engine/educators/result';
import { fuzz, timeoutFor } from './runs';
import { assignmentArb, idArb } from '../quiz-engine/educators/arbitraries';

/**
 * Assignment links and results codes round-trip, and any one-character change (a character
 * replaced, dropped or added) is either detected — refused with a message — or harmless: it
 * reads back exactly the same content. Never a different assignment or result.
 */

const timeArb = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((t) => new Date(t).toISOString());
const resultArb: fc.Arbitrary<AssignmentResult> = fc
  .record({
    id: fc.stringMatching(/^[0-9a-f]{8}$/),
    title: fc.string({ maxLength: 200 }),
    student: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim() === s && s.length > 0),
    mode: fc.constantFrom('practice', 'tutor', 'exam' as const),
    startedAt: timeArb,
    finishedAt: timeArb,
    finishedBy: fc.constantFrom('learner', 'time' as const),
    items: fc.uniqueArray(
      fc.record({
        id: idArb,
        total: fc.integer({ min: 1, max: 10 }),
        share: fc.integer({ min: 0, max: 10 }),
        timeMs: fc.nat({ max: 3_600_000 }),
        answered: fc.boolean(),
        choice: fc.option(fc.stringMatching(/^[a-z]{1,3}$/), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 30, selector: (i) => i.id },
    ),
  })
  .map(({ id, title, items, ...r }) =>
    sealResult({
      format: 'gep-net-imaging-result',
      version: 1,
      assignment: { id, title },
      ...r,
      items: items.map(({ share, choice, ...i }) => {
        const earned = Math.min(share, i.total);
        return { ...i, earned, correct: earned === i.total, ...(choice !== undefined ? { choice } : {}) };
      }),
    }),
  );

/** One character replaced, dropped or added somewhere in `text`. */
const oneCharChange = (text: string) =>
  fc
    .tuple(
      fc.nat({ max: Math.max(0, text.length - 1) }),
      fc.constantFrom('replace', 'drop', 'add'),
      fc.oneof(fc.constantFrom(...'AZaz09-_.%# ~'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme-ascii' })),
    )
    .map(([i, how, c]) =>
      how === 'replace'
        ? text.slice(0, i) + c + text.slice(i + 1)
        : how === 'drop'
          ? text.slice(0, i) + text.slice(i + 1)
          : text.slice(0, i) + c + text.slice(i),
    );

describe('fuzz: assignment links', () => {
  it(
    'round-trip',
    () => {
      fc.assert(
        fc.property(assignmentArb, (a) => {
          const read = decodeAssignment(`https://example.org/assignment/#${encodeAssignment(a)}`);
          return read.ok && isDeepStrictEqual(read.assignment, a);
        }),
        fuzz,
      );
    },
    timeoutFor(3),
  );
  it(
    'any one-character change is refused with a message, or reads back the very same assignment',
    () => {
      fc.assert(
        fc.property(
          assignmentArb.chain((a) => fc.tuple(fc.constant(a), oneCharChange(encodeAssignment(a)))),
          ([a, changed]) => {
            const read = decodeAssignment(changed);
            return read.ok ? isDeepStrictEqual(read.assignment, a) : read.message.length > 20;
          },
        ),
        fuzz,
      );
    },
    timeoutFor(3),
  );
});

describe('fuzz: results codes and files', () => {
  it(
    'a results code and a results file round-trip',
    () => {
      fc.assert(
        fc.property(resultArb, (r) => {
          const fromCode = readResultText(resultCode(r));
          const fromFile = readResultText(resultFile(r).text);
          return (
            fromCode.ok && isDeepStrictEqual(fromCode.result, r) && fromFile.ok && isDeepStrictEqual(fromFile.result, r)
          );
        }),
        fuzz,
      );
    },
    timeoutFor(3),
  );
  it(
    'any one-character change to a results code is refused with a message, or reads back the same result',
    () => {
      fc.assert(
        fc.property(
          resultArb.chain((r) => fc.tuple(fc.constant(r), oneCharChange(resultCode(r)))),
          ([r, changed]) => {
            const read = readResultText(changed);
            return read.ok ? isDeepStrictEqual(read.result, r) : read.message.length > 20;
          },
        ),
        fuzz,
      );
    },
    timeoutFor(3),
  );
  it(
    'any one-character change to a results file is refused with a message, or reads back the same result',
    () => {
      fc.assert(
        fc.property(
          resultArb.chain((r) => fc.tuple(fc.constant(r), oneCharChange(resultFile(r).text))),
          ([r, changed]) => {
            const read = readResultText(changed);
            return read.ok ? isDeepStrictEqual(read.result, r) : read.message.length > 20;
          },
        ),
        fuzz,
      );
    },
    timeoutFor(3),
  );
});
