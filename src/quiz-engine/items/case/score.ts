import type { CaseItem, CaseResponse, CaseStep } from './schema';
import { scoreNumeric } from '../numeric/score';
import { scoreOf, type ScorePart, type ScoreResult } from '../result';

/**
 * Multi-step case: a vignette whose later steps reveal more findings and may depend on an
 * earlier answer (`onlyIf`).
 *
 * Partial credit: one mark per step the learner was shown; each step is all or nothing (a
 * single-best step by its key, a numeric step within its tolerance). Steps skipped by the
 * branching are neither shown nor counted, so a branch of three steps is marked out of three
 * and a branch of two out of two. `correct` means every shown step was right.
 *
 * Parts: one per shown step, in order.
 */
export function scoreCase(item: CaseItem, response: CaseResponse): ScoreResult {
  const parts: ScorePart[] = visibleSteps(item, response).map((step) => {
    const answer = response.steps[step.id];
    const right = answer !== undefined && scoreCaseStep(step, answer).correct;
    return { id: step.id, earned: right ? 1 : 0, total: 1, correct: right };
  });
  return scoreOf(
    parts.reduce((sum, part) => sum + part.earned, 0),
    parts.length,
    parts,
  );
}

/** Scores one step's answer (an option id, or typed numeric text). */
export function scoreCaseStep(step: CaseStep, answer: string): ScoreResult {
  const question = step.question;
  if (question.type === 'numeric') return scoreNumeric(question, { value: answer });
  return scoreOf(answer === question.answer ? 1 : 0, 1);
}

/**
 * The steps the learner is shown, given the answers so far: a step with `onlyIf` appears only
 * when the step it depends on was shown and answered with one of the listed choices. A step
 * whose condition cannot be decided yet (its earlier step is unanswered) is not shown.
 */
export function visibleSteps(item: CaseItem, response: CaseResponse): CaseStep[] {
  const shown = new Set<string>();
  const result: CaseStep[] = [];
  for (const step of item.steps) {
    const condition = step.onlyIf;
    if (condition) {
      const earlier = response.steps[condition.step];
      if (!shown.has(condition.step) || earlier === undefined || !condition.choices.includes(earlier)) continue;
    }
    shown.add(step.id);
    result.push(step);
  }
  return result;
}

/** The first shown step not yet answered, or undefined when the case is complete. */
export function currentStep(item: CaseItem, response: CaseResponse): CaseStep | undefined {
  return visibleSteps(item, response).find((step) => response.steps[step.id] === undefined);
}
