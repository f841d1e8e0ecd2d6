import * as z from 'zod/mini';
import { defineItemType } from '../descriptor';
import type { NumericItem, NumericResponse } from './schema';
import { scoreNumeric } from './score';
import { validateNumeric } from './validate';

/** Numeric: a typed value, right within the item's tolerance. */
export const numeric = defineItemType<'numeric', NumericItem, NumericResponse>({
  type: 'numeric',
  response: z.strictObject({ value: z.string().check(z.maxLength(100)) }),
  score: scoreNumeric,
  validate: validateNumeric,
  empty: () => undefined,
  displayOrder: () => ({}),
  bankShape: (raw) =>
    typeof raw.answer === 'number' && typeof raw.tolerance === 'number' && typeof raw.unit === 'string',
  exports: { gift: true, 'moodle-xml': true, qti: true },
});
