import { z } from 'zod';
import { duplicateOptionIds, itemBaseShape, nonEmpty, optionSchema } from '../common';
import { numericFields } from '../numeric/schema';

/**
 * Multi-step case: a vignette whose steps are revealed one at a time. Each step may add
 * findings (`reveal`) before its question. A step may be skipped depending on an earlier
 * answer (`onlyIf`), so later steps can follow from earlier choices.
 */
const stepQuestion = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('single-best'),
    prompt: nonEmpty,
    options: z.array(optionSchema).min(3).max(6),
    answer: z.string(),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    prompt: nonEmpty,
    answer: numericFields.answer,
    tolerance: numericFields.tolerance,
    unit: numericFields.unit,
    decimals: numericFields.decimals,
  }),
]);

export const caseStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** New findings shown when the step opens. */
  reveal: z.string().optional(),
  /** Optional simulated image for the step: figure case slug and panel letter. */
  image: z.strictObject({ case: z.string(), panel: z.string().regex(/^[A-L]$/), alt: nonEmpty }).optional(),
  question: stepQuestion,
  explanation: nonEmpty,
  /** Show this step only if an earlier step's chosen option is one of these. */
  onlyIf: z.strictObject({ step: z.string(), choices: z.array(z.string()).min(1) }).optional(),
});

export const caseFields = {
  type: z.literal('case'),
  steps: z.array(caseStepSchema).min(2).max(6),
} as const;

export const caseSchema = z.strictObject({ ...itemBaseShape, ...caseFields }).superRefine((item, ctx) => {
  const seen = new Set<string>();
  item.steps.forEach((step, index) => {
    if (seen.has(step.id))
      ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `step id "${step.id}" is used twice` });
    if (step.onlyIf && !seen.has(step.onlyIf.step)) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', index, 'onlyIf'],
        message: `"${step.onlyIf.step}" is not an earlier step`,
      });
    }
    seen.add(step.id);
    const q = step.question;
    if (q.type === 'single-best') {
      const dup = duplicateOptionIds(q.options);
      if (dup) ctx.addIssue({ code: 'custom', path: ['steps', index, 'question', 'options'], message: dup });
      if (!q.options.some((o) => o.id === q.answer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'question', 'answer'],
          message: `the key "${q.answer}" is not one of the options`,
        });
      }
    }
  });
});
export type CaseItem = z.infer<typeof caseSchema>;
export type CaseStep = CaseItem['steps'][number];
/** step id → the step's response (an option id, or typed numeric text). */
export type CaseResponse = { readonly steps: Readonly<Record<string, string>> };
