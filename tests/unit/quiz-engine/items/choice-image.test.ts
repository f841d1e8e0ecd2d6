import { describe, expect, it } from 'vitest';
import { singleBestSchema } from '../../../../src/quiz-engine/items/single-best/schema';
import { multipleResponseSchema } from '../../../../src/quiz-engine/items/multiple-response/schema';
import { readQuestionBank } from '../../../../src/quiz-engine/bank';

const base = {
  id: 'img-item',
  chapter: 'optimising-ct',
  topics: ['phases'],
  objective: 'Name the phase',
  objectiveId: 'ct-images',
  difficulty: 'medium',
  stem: 'A 52-year-old woman is staged with CT. Which phase is shown?',
  explanation: 'e',
  source: 'The optimization of imaging techniques',
  options: [
    { id: 'a', text: 'Late arterial phase', why: 'w' },
    { id: 'b', text: 'Portal venous phase', why: 'w' },
    { id: 'c', text: 'Delayed phase', why: 'w' },
    { id: 'd', text: 'Unenhanced phase', why: 'w' },
  ],
};
const image = {
  case: 'hypervascular-liver-metastases-arterial-ct',
  panel: 'A',
  alt: 'Simulated arterial-phase CT with hypervascular liver metastases.',
};

describe('single-best and multiple-response items may show a simulated panel', () => {
  it('a single-best item with an image is valid, and without one too', () => {
    expect(singleBestSchema.safeParse({ ...base, type: 'single-best', answer: 'a', image }).success).toBe(true);
    expect(singleBestSchema.safeParse({ ...base, type: 'single-best', answer: 'a' }).success).toBe(true);
  });
  it('a multiple-response item with an image is valid', () => {
    expect(
      multipleResponseSchema.safeParse({ ...base, type: 'multiple-response', answers: ['a', 'b'], image }).success,
    ).toBe(true);
  });
  it('an image needs alt text and a panel letter A–L', () => {
    expect(
      singleBestSchema.safeParse({ ...base, type: 'single-best', answer: 'a', image: { ...image, alt: '' } }).success,
    ).toBe(false);
    expect(
      singleBestSchema.safeParse({ ...base, type: 'single-best', answer: 'a', image: { ...image, panel: 'Z' } })
        .success,
    ).toBe(false);
  });
  it('the published bank reader keeps an item with a well-formed image and skips a malformed one', () => {
    const good = { ...base, type: 'single-best', answer: 'a', image };
    const bad = { ...base, id: 'bad-img', type: 'single-best', answer: 'a', image: { case: 'x' } };
    const reading = readQuestionBank({ version: 1, items: [good, bad] });
    expect(reading.ok && reading.bank.items.map((i) => i.id)).toEqual(['img-item']);
    expect(reading.ok && reading.bank.skipped).toEqual(['bad-img']);
  });
});
