import type { CaseItem, CaseResponse, CaseStep } from './schema';
import { currentStep, visibleSteps } from './score';
import { validateNumeric } from '../numeric/validate';
import { responseOk, responseProblem, type ResponseCheck } from '../result';

/** One step's answer: an option of that step, or a number in the step's unit. */
export function validateCaseStep(step: CaseStep, answer: string | undefined): ResponseCheck {
  const question = step.question;
  if (question.type === 'numeric') return validateNumeric(question, { value: answer ?? '' });
  if (answer === undefined || answer === '') return responseProblem('Choose an option first.');
  return question.options.some((o) => o.id === answer)
    ? responseOk
    : responseProblem(`"${answer}" is not one of this step's options.`);
}

/** A whole case answer: every step shown must be answered validly. */
export function validateCase(item: CaseItem, response: CaseResponse): ResponseCheck {
  for (const step of visibleSteps(item, response)) {
    const answer = response.steps[step.id];
    if (answer === undefined) continue;
    const check = validateCaseStep(step, answer);
    if (!check.ok) return check;
  }
  return currentStep(item, response) === undefined
    ? responseOk
    : responseProblem('Answer every step of the case first.');
}
