import * as z from 'zod/mini';
import { defineItemType, listOfIds } from '../descriptor';
import { seededShuffle } from '../../session/shuffle';
import type { CaseItem, CaseResponse } from './schema';
import { scoreCase } from './score';
import { validateCase } from './validate';

/** Why a case that branches cannot be written as linked questions (educators/export/linked-case.ts). */
export const branchingCaseReason =
  'this case shows some steps only after particular answers, which a fixed sequence of separate questions cannot follow';

/** Whether some steps show only after particular answers (`onlyIf`). */
export function isBranchingCase(item: CaseItem): boolean {
  return item.steps.some((step) => step.onlyIf !== undefined);
}

const asLinkedSteps = (item: CaseItem) => (isBranchingCase(item) ? branchingCaseReason : undefined);

/** Multi-step case: steps open one at a time; later ones may depend on earlier answers. */
export const caseItem = defineItemType<'case', CaseItem, CaseResponse>({
  type: 'case',
  response: z.strictObject({
    steps: z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(100))),
  }),
  score: scoreCase,
  validate: validateCase,
  empty: () => ({ steps: {} }),
  displayOrder: (item, rng) => {
    const order: Record<string, string[]> = {};
    for (const step of item.steps) {
      if (step.question.type === 'single-best')
        order[`step:${step.id}`] = seededShuffle(
          step.question.options.map((o) => o.id),
          rng,
        );
    }
    return order;
  },
  bankShape: listOfIds('steps'),
  exports: {
    gift: 'GIFT cannot keep the steps of a multi-step case together and in order',
    'moodle-xml': asLinkedSteps,
    qti: asLinkedSteps,
  },
});
