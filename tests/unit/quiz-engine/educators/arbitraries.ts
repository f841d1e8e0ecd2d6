import fc from 'fast-check';
import type { Assignment } from '../../../../src/quiz-engine/educators/assignment';

/** fast-check generators for assignment links, shared by the codec tests and the fuzz properties. */
export const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
export const dayArb = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const assignmentArb: fc.Arbitrary<Assignment> = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 120 }).filter((t) => t.trim() === t && t.length > 0),
    itemIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 40 }),
    mode: fc.constantFrom('practice', 'tutor', 'exam' as const),
    seed: fc.nat({ max: 0xffffffff }),
    minutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
    due: fc.option(dayArb, { nil: undefined }),
    note: fc.option(
      fc.string({ minLength: 1, maxLength: 300 }).filter((n) => n.trim() === n && n.length > 0),
      { nil: undefined },
    ),
  })
  .map(({ minutes, due, note, ...a }) => ({
    ...a,
    ...(minutes !== undefined && a.mode === 'exam' ? { minutes } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(note !== undefined ? { note } : {}),
  }));
