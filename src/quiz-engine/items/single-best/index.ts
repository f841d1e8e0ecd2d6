import * as z from 'zod/mini';
import { defineItemType, listOfIds } from '../descriptor';
import { responseOk, responseProblem, scoreOf } from '../result';
import { seededShuffle } from '../../session/shuffle';
import type { SingleBestItem, SingleBestResponse } from './schema';
import { scoreSingleBest } from './score';

const validate = (item: SingleBestItem, response: SingleBestResponse) =>
  response.choice === ''
    ? responseProblem('Choose an option first.')
    : item.options.some((o) => o.id === response.choice)
      ? responseOk
      : responseProblem(`"${response.choice}" is not one of this question's options.`);

/** Single best answer: one key among 3–6 options. */
export const singleBest = defineItemType<'single-best', SingleBestItem, SingleBestResponse>({
  type: 'single-best',
  response: z.strictObject({ choice: z.string().check(z.maxLength(200)) }),
  // A stored choice that is no longer an option (the item changed) scores nothing.
  score: (item, response) => (validate(item, response).ok ? scoreSingleBest(item, response) : scoreOf(0, 1)),
  validate,
  empty: () => undefined,
  displayOrder: (item, rng) => ({
    options: seededShuffle(
      item.options.map((o) => o.id),
      rng,
    ),
  }),
  bankShape: listOfIds('options'),
  exports: { gift: true, 'moodle-xml': true, qti: true },
});
