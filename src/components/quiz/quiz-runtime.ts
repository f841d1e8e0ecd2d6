/**
 * What taking a quiz needs beyond choosing one: building and running a session, turning its steps
 * into attempts and recording them. The /quiz/ island imports this module (with QuizRunner and
 * the bank, load-bank.ts) only on the first use of the setup form or when a quiz starts or
 * resumes, so the page's load runs only the setup form (issue 10 §6; README "Page speed").
 */
export { buildSession } from '../../quiz-engine/session/session';
export { pauseViewing, resumeViewing, settleSession } from '../../quiz-engine/session/run';
export { attemptsFromSession, flagChanges } from '../../quiz-engine/session/attempts';
export { recordAttempt, setFlag, withSession } from '../../quiz-engine/progress/document';
