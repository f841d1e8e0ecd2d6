import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { itemSchema, type Item } from '../../../src/quiz-engine/items/schema';
import { itemResponseSchema, type ItemResponse } from '../../../src/quiz-engine/items/response';
import { checkResponse, scoreItem, totalMarks } from '../../../src/quiz-engine/items/registry';
import { fixtureItems } from '../quiz-engine/fixtures/items';
import { fuzz, timeoutFor } from './runs';

/**
 * Every scorer, over the fixture items (all seven types) and every item of the real bank:
 * for any response of the item type's shape — ids of the item's own options mixed with
 * arbitrary strings, any finite point — the score is within [0, total] and finite, and full
 * marks exactly when correct; any other shape (another type's response, or any JSON value at
 * all) is refused by checkResponse with a sentence and scores nothing.
 */
const questionsDir = path.resolve(__dirname, '../../../src/content/questions');
const bankItems: Item[] = readdirSync(questionsDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(path.join(questionsDir, f), 'utf8')) as unknown[]) ?? [])
  .flatMap((entry) => {
    const parsed = itemSchema.safeParse(entry);
    return parsed.success ? [parsed.data as Item] : [];
  });
const items: readonly Item[] = [...fixtureItems, ...bankItems];

function idsOf(item: Item): string[] {
  switch (item.type) {
    case 'single-best':
    case 'multiple-response':
      return item.options.map((o) => o.id);
    case 'ordering':
      return item.elements.map((e) => e.id);
    case 'matching':
      return [...item.premises.map((p) => p.id), ...item.responses.map((r) => r.id)];
    case 'hotspot':
      return item.regions.map((r) => r.id);
    case 'case':
      return item.steps.flatMap((s) => [
        s.id,
        ...(s.question.type === 'single-best' ? s.question.options.map((o) => o.id) : []),
      ]);
    case 'numeric':
      return [String(item.answer), String(item.answer + item.tolerance)];
  }
}

/** A response of `item`'s own type's shape, biased towards the item's own ids. */
function responseFor(item: Item): fc.Arbitrary<ItemResponse> {
  const own = idsOf(item);
  const id = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  switch (item.type) {
    case 'single-best':
      return fc.record({ choice: id });
    case 'multiple-response':
      return fc.record({ choices: fc.array(id, { maxLength: 20 }) });
    case 'ordering':
      return fc.oneof(
        fc.record({ order: fc.shuffledSubarray(own) }),
        fc.record({ order: fc.array(id, { maxLength: 20 }) }),
      );
    case 'matching':
      return fc.record({ pairs: fc.dictionary(id, id, { maxKeys: 10 }) });
    case 'numeric':
      return fc.record({ value: fc.oneof(id, fc.double().map(String), fc.string({ maxLength: 100 })) });
    case 'hotspot':
      return fc.oneof(
        fc.record({
          kind: fc.constant('point' as const),
          x: fc.double({ noNaN: true, noDefaultInfinity: true }),
          y: fc.double({ noNaN: true, noDefaultInfinity: true }),
        }),
        fc.record({ kind: fc.constant('region' as const), region: id }),
      );
    case 'case':
      return fc.record({ steps: fc.dictionary(id, id, { maxKeys: 8 }) });
  }
}

const itemAndResponse = fc.constantFrom(...items).chain((item) => fc.tuple(fc.constant(item), responseFor(item)));

describe('fuzz: every scorer', () => {
  it('reads the whole bank (the fuzz covers every item written so far)', () => {
    expect(bankItems.length).toBeGreaterThan(100);
    expect(new Set(items.map((i) => i.type)).size).toBe(7);
  });
  it(
    'scores any response of the right shape within [0, total], finite, full marks exactly when correct',
    () => {
      fc.assert(
        fc.property(itemAndResponse, ([item, response]) => {
          expect(itemResponseSchema.safeParse(response).success).toBe(true);
          const { earned, total, correct } = scoreItem(item, response);
          return (
            Number.isFinite(earned) &&
            Number.isFinite(total) &&
            total > 0 &&
            earned >= 0 &&
            earned <= total &&
            correct === (earned === total)
          );
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it('an unanswered item is worth its usual total', () => {
    for (const item of items) expect(scoreItem(item, undefined)).toMatchObject({ earned: 0, total: totalMarks(item) });
  });
  it(
    'refuses, with a sentence, any response of another type’s shape, and scores it nothing',
    () => {
      const otherShape = fc.constantFrom(...items).chain((item) =>
        fc.tuple(
          fc.constant(item),
          fc.constantFrom(...items.filter((i) => i.type !== item.type)).chain((other) => responseFor(other)),
        ),
      );
      fc.assert(
        fc.property(otherShape, ([item, response]) => {
          const check = checkResponse(item, response);
          return !check.ok && check.message.length > 0 && scoreItem(item, response).earned === 0;
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'refuses, with a sentence, any JSON value that is not a response at all, and scores it nothing',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...items), fc.jsonValue(), (item, value) => {
          if (itemResponseSchema.safeParse(value).success) return true; // a real response shape: covered above
          const response = value as ItemResponse;
          const check = checkResponse(item, response);
          return !check.ok && check.message.length > 0 && scoreItem(item, response).earned === 0;
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
});
