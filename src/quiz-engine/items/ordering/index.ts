import * as z from 'zod/mini';
import { defineItemType, listOfIds } from '../descriptor';
import { seededShuffle } from '../../session/shuffle';
import type { OrderingItem, OrderingResponse } from './schema';
import { scoreOrdering } from './score';
import { validateOrdering } from './validate';

/** Ordering: put the elements in sequence (the key is the order they are written in). */
export const ordering = defineItemType<'ordering', OrderingItem, OrderingResponse>({
  type: 'ordering',
  response: z.strictObject({ order: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)) }),
  score: scoreOrdering,
  validate: validateOrdering,
  empty: () => ({ order: [] }),
  displayOrder: (item, rng) => {
    const key = item.elements.map((e) => e.id);
    const start = seededShuffle(key, rng);
    // A shuffle that happens to give the key would hand out the answer: rotate it by one.
    return { elements: start.join('\u0000') === key.join('\u0000') ? [...start.slice(1), start[0] as string] : start };
  },
  bankShape: listOfIds('elements'),
  exports: {
    gift: 'GIFT has no ordering question type',
    'moodle-xml': "ordering questions need Moodle's optional Ordering question type, which this export does not write",
    qti: true,
  },
});
