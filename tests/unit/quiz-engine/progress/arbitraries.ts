import fc from 'fast-check';
import {
  emptyProgress,
  recordAttempt,
  setFlag,
  setStudied,
  type AttemptInput,
  type ProgressDocument,
} from '../../../../src/quiz-engine/progress/document';
import { chapterSlugs } from '../../../../src/quiz-engine/items/common';
import type { ProgressV1 } from '../../../../src/quiz-engine/progress/migrations';

/** Generators of realistic progress for property tests. */
const t0 = Date.UTC(2026, 0, 1);
export const itemIdArb = fc.constantFrom(
  'sb-ileal',
  'sb-colorectal',
  'or-ct-phases',
  'mr-mri-sequences',
  'ca-liver-lesion',
);
const modeArb = fc.constantFrom('practice', 'tutor', 'exam', 'review', 'check') as fc.Arbitrary<AttemptInput['mode']>;

export const attemptInputArb: fc.Arbitrary<AttemptInput> = fc
  .record({
    itemId: itemIdArb,
    chapter: fc.constantFrom(...chapterSlugs),
    topics: fc.array(fc.constantFrom('liver', 'pancreas', 'contrast phases'), { maxLength: 2 }),
    at: fc.integer({ min: t0, max: t0 + 90 * 86_400_000 }),
    total: fc.integer({ min: 1, max: 4 }),
    mode: modeArb,
    sessionId: fc.option(fc.constantFrom('s1', 's2', 's3'), { nil: undefined }),
    share: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ share, ...a }) => {
    const earned = Math.min(share, a.total);
    const correct = earned === a.total;
    const rating = (correct ? 3 : earned > 0 ? 2 : 1) as AttemptInput['rating'];
    const { sessionId, ...rest } = a;
    return sessionId === undefined
      ? { ...rest, earned, correct, rating }
      : { ...rest, sessionId, earned, correct, rating };
  });

export const progressArb: fc.Arbitrary<ProgressDocument> = fc
  .record({
    attempts: fc.array(attemptInputArb, { maxLength: 12 }),
    flags: fc.array(fc.record({ id: itemIdArb, on: fc.boolean(), at: fc.integer({ min: 0, max: 1000 }) }), {
      maxLength: 4,
    }),
    studied: fc.array(
      fc.record({ chapter: fc.constantFrom(...chapterSlugs), on: fc.boolean(), at: fc.integer({ min: 0, max: 1000 }) }),
      { maxLength: 4 },
    ),
  })
  .map(({ attempts, flags, studied }) => {
    let doc = emptyProgress();
    for (const attempt of attempts) doc = recordAttempt(doc, attempt);
    for (const flag of flags) doc = setFlag(doc, flag.id, flag.on, flag.at);
    for (const mark of studied) doc = setStudied(doc, mark.chapter, mark.on, mark.at);
    return doc;
  });

export const progressV1Arb: fc.Arbitrary<ProgressV1> = fc.record({
  version: fc.constant(1 as const),
  attempts: fc.array(
    attemptInputArb.map(({ itemId, chapter, topics, at, earned, total, correct, mode }) => ({
      itemId,
      chapter,
      topics: [...topics],
      at,
      earned,
      total,
      correct,
      mode,
    })),
    { maxLength: 10 },
  ),
  flagged: fc.array(itemIdArb, { maxLength: 3 }),
});
