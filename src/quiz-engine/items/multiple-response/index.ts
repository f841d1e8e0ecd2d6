import * as z from 'zod/mini';
import { defineItemType, listOfIds } from '../descriptor';
import { seededShuffle } from '../../session/shuffle';
import type { MultipleResponseItem, MultipleResponseResponse } from './schema';
import { scoreMultipleResponse } from './score';
import { validateMultipleResponse } from './validate';

/** Multiple response: choose the stated number of keys among the options. */
export const multipleResponse = defineItemType<'multiple-response', MultipleResponseItem, MultipleResponseResponse>({
  type: 'multiple-response',
  response: z.strictObject({ choices: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)) }),
  score: scoreMultipleResponse,
  validate: validateMultipleResponse,
  empty: () => ({ choices: [] }),
  displayOrder: (item, rng) => ({
    options: seededShuffle(
      item.options.map((o) => o.id),
      rng,
    ),
  }),
  bankShape: listOfIds('options'),
  exports: { gift: true, 'moodle-xml': true, qti: true },
});
