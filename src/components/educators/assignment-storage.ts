import { quizSessionSchema, type QuizSession } from '../../quiz-engine/session/session';

/**
 * Where a student's assignment attempt is kept in this browser, so a reload or a closed tab
 * resumes it (and an exam's clock keeps true time). One key per assignment, apart from the
 * learner's own /quiz/ progress, which an assignment does not touch.
 */
const keyFor = (assignmentId: string) => `gepnet:assignment:${assignmentId}`;

export interface StoredAttempt {
  readonly student: string;
  readonly session: QuizSession;
}

export function loadAttempt(assignmentId: string): StoredAttempt | undefined {
  try {
    const raw = window.localStorage.getItem(keyFor(assignmentId));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { student?: unknown; session?: unknown };
    const session = quizSessionSchema.safeParse(value.session);
    if (typeof value.student !== 'string' || !session.success) return undefined;
    return { student: value.student, session: session.data as QuizSession };
  } catch {
    return undefined;
  }
}

/** Saves the attempt; returns a sentence if the browser refused. */
export function saveAttempt(assignmentId: string, attempt: StoredAttempt): string | undefined {
  try {
    window.localStorage.setItem(keyFor(assignmentId), JSON.stringify(attempt));
    return undefined;
  } catch {
    return 'This browser is not saving your answers, so do not reload the page until you have saved your results.';
  }
}
