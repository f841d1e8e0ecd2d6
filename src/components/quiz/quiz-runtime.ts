/**
 * What taking a quiz needs beyond choosing one: reading the bank, building and running a session,
 * turning its steps into attempts. The /quiz/ island imports this module (with QuizRunner) only
 * when a quiz starts or resumes, or once the page is idle, so the page's first load runs only the
 * setup form (issue 10 §6; README "Page speed").
 */
export { loadQuestionBank } from './load-bank';
export { itemLookup } from '../../quiz-engine/bank';
export { buildSession } from '../../quiz-engine/session/session';
export { pauseViewing, resumeViewing, settleSession } from '../../quiz-engine/session/run';
export { attemptsFromSession, flagChanges } from '../../quiz-engine/session/attempts';
export { recordAttempt, setFlag, withSession } from '../../quiz-engine/progress/document';
