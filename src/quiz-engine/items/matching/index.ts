import * as z from 'zod/mini';
import { defineItemType, listOfIds } from '../descriptor';
import { seededShuffle } from '../../session/shuffle';
import type { MatchingItem, MatchingResponse } from './schema';
import { scoreMatching } from './score';
import { validateMatching } from './validate';

const id = z.string().check(z.maxLength(200));

/** Moodle's matching type needs three distinct answers. */
const moodleReason = (item: MatchingItem) =>
  new Set(item.responses.map((r) => r.text)).size < 3
    ? 'Moodle needs at least three answers in a matching question'
    : undefined;

/** Matching: pair each premise with one of the responses. */
export const matching = defineItemType<'matching', MatchingItem, MatchingResponse>({
  type: 'matching',
  response: z.strictObject({ pairs: z.record(id, id) }),
  score: scoreMatching,
  validate: validateMatching,
  empty: () => ({ pairs: {} }),
  displayOrder: (item, rng) => ({
    responses: seededShuffle(
      item.responses.map((r) => r.id),
      rng,
    ),
  }),
  bankShape: listOfIds('premises'),
  exports: {
    gift: (item) =>
      moodleReason(item) ??
      ([...item.premises.map((p) => p.text), ...item.responses.map((r) => r.text)].some((t) => t.includes('->'))
        ? 'GIFT cannot write "->" inside a matching pair'
        : undefined),
    'moodle-xml': moodleReason,
    qti: true,
  },
});
