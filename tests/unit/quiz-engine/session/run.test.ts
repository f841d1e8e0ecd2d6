import { describe, expect, it } from 'vitest';
import { buildSession, type QuizSession } from '../../../../src/quiz-engine/session/session';
import { defaultSessionConfig, type SessionConfig } from '../../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../../src/quiz-engine/session/select';
import {
  finishSession,
  goNext,
  goPrevious,
  goTo,
  newlyMarked,
  pauseViewing,
  resumeViewing,
  sessionCounts,
  setResponse,
  settleSession,
  submitItem,
  timeLeftMs,
  toggleFlag,
} from '../../../../src/quiz-engine/session/run';
import { fixture, fixtureItems } from '../fixtures/items';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const lookup = (id: string) => fixtureItems.find((i) => i.id === id);
const sec = 1000;

/** A session of the three single-best fixtures in id order, built by hand for exact control. */
function session(mode: SessionConfig['mode'], over: Partial<QuizSession> = {}): QuizSession {
  const built = buildSession(
    fixtureItems,
    {
      ...defaultSessionConfig,
      mode,
      count: 3,
      types: ['single-best'],
      chapters: ['optimising-ct', 'liver-metastases', 'colorectal-nets'],
    },
    emptyHistory,
    t0,
  );
  return { ...built, itemIds: ['sb-arterial-phase', 'sb-liver-hypervascular', 'sb-colorectal'], ...over };
}
const first = fixture('sb-arterial-phase', 'single-best'); // key b
const second = fixture('sb-liver-hypervascular', 'single-best'); // key a

describe('answering in tutor mode', () => {
  it('a submitted answer is marked and locked', () => {
    let s = setResponse(session('tutor'), first.id, { choice: 'b' });
    s = submitItem(s, first, t0 + 20 * sec);
    expect(s.entries[first.id]).toMatchObject({ submittedAt: t0 + 20 * sec, result: { earned: 1, correct: true } });
    expect(() => setResponse(s, first.id, { choice: 'a' })).toThrow(RangeError);
    expect(() => submitItem(s, first, t0 + 21 * sec)).toThrow(RangeError);
  });
  it('an unanswered item cannot be submitted', () => {
    expect(() => submitItem(session('tutor'), first, t0)).toThrow(/Answer the question first/);
  });
  it('time on an item counts from opening it to submitting it: 20 s', () => {
    let s = setResponse(session('tutor'), first.id, { choice: 'b' });
    s = submitItem(s, first, t0 + 20 * sec);
    s = goNext(s, t0 + 50 * sec); // reading the explanation does not add to the answering time
    expect(s.entries[first.id]?.timeMs).toBe(20 * sec);
  });
  it('going back and forth adds up the time on each item', () => {
    let s = goNext(session('practice'), t0 + 10 * sec); // 10 s on item 1
    s = goPrevious(s, t0 + 25 * sec); // 15 s on item 2
    s = goTo(s, 1, t0 + 30 * sec); // 5 more on item 1
    expect(s.entries[first.id]?.timeMs).toBe(15 * sec);
    expect(s.entries[second.id]?.timeMs).toBe(15 * sec);
  });
  it('time while the page is hidden or closed is not counted', () => {
    let s = pauseViewing(session('practice'), t0 + 10 * sec);
    s = resumeViewing(s, t0 + 3600 * sec);
    s = goNext(s, t0 + 3605 * sec);
    expect(s.entries[first.id]?.timeMs).toBe(15 * sec);
  });
  it('a flag can be set and cleared', () => {
    const s = toggleFlag(session('tutor'), second.id);
    expect(s.entries[second.id]?.flagged).toBe(true);
    expect(toggleFlag(s, second.id).entries[second.id]?.flagged).toBe(false);
    expect(sessionCounts(s).flagged).toBe(1);
  });
  it('finishing early leaves unanswered practice items unmarked but marks chosen drafts', () => {
    let s = setResponse(session('practice'), second.id, { choice: 'c' });
    s = finishSession(s, lookup, t0 + 60 * sec);
    expect(s.entries[second.id]?.result).toMatchObject({ earned: 0, correct: false });
    expect(s.entries[first.id]?.result).toBeUndefined();
    expect(s.finishedBy).toBe('learner');
  });
  it('navigating outside the session is refused', () => {
    expect(() => goTo(session('tutor'), 3, t0)).toThrow(RangeError);
  });
});

describe('a timed exam', () => {
  const exam = () => session('exam', { deadline: t0 + 3 * 60 * sec });
  it('gives no marks until it ends', () => {
    const s = setResponse(exam(), first.id, { choice: 'b' });
    expect(s.entries[first.id]?.result).toBeUndefined();
    expect(() => submitItem(s, first, t0)).toThrow(/marked when the exam ends/);
  });
  it('answers can be changed until the end', () => {
    let s = setResponse(exam(), first.id, { choice: 'a' });
    s = setResponse(s, first.id, { choice: 'b' });
    s = finishSession(s, lookup, t0 + 60 * sec);
    expect(s.entries[first.id]?.result?.correct).toBe(true);
  });
  it('the time left is the deadline minus now, from the stored start — a reload changes nothing', () => {
    const s = exam();
    expect(timeLeftMs(s, t0 + 100 * sec)).toBe(80 * sec);
    const reloaded = resumeViewing(JSON.parse(JSON.stringify(s)) as QuizSession, t0 + 100 * sec);
    expect(timeLeftMs(reloaded, t0 + 100 * sec)).toBe(80 * sec);
  });
  it('is not submitted a moment before time is up', () => {
    expect(settleSession(exam(), lookup, t0 + 179 * sec).finishedAt).toBeNull();
  });
  it('submits itself when time runs out, stamped at the deadline even if the page was closed', () => {
    let s = setResponse(exam(), first.id, { choice: 'b' });
    s = settleSession(s, lookup, t0 + 3600 * sec);
    expect(s.finishedAt).toBe(t0 + 180 * sec);
    expect(s.finishedBy).toBe('time');
    expect(timeLeftMs(s, t0 + 3600 * sec)).toBe(0);
  });
  it('marks blank items as nothing earned when it ends', () => {
    const s = settleSession(setResponse(exam(), first.id, { choice: 'b' }), lookup, t0 + 200 * sec);
    expect(s.entries[first.id]?.result?.correct).toBe(true);
    expect(s.entries[second.id]?.result).toMatchObject({ earned: 0, total: 1, correct: false });
    expect(newlyMarked(exam(), s)).toEqual(['sb-arterial-phase', 'sb-liver-hypervascular', 'sb-colorectal']);
  });
  it('time on the last item stops at the deadline', () => {
    const s = settleSession(exam(), lookup, t0 + 3600 * sec);
    expect(s.entries[first.id]?.timeMs).toBe(180 * sec);
  });
  it('finishing twice changes nothing', () => {
    const once = finishSession(exam(), lookup, t0 + 10 * sec);
    expect(finishSession(once, lookup, t0 + 20 * sec)).toBe(once);
  });
});

describe('what a session step records', () => {
  it('a submitted tutor answer becomes one attempt with its rating, session id and time', async () => {
    const { attemptsFromSession, flagChanges } = await import('../../../../src/quiz-engine/session/attempts');
    const before = setResponse(session('tutor'), first.id, { choice: 'c' });
    const after = submitItem(before, first, t0 + 12 * sec);
    expect(attemptsFromSession(before, after, lookup)).toEqual([
      {
        itemId: 'sb-arterial-phase',
        chapter: 'optimising-ct',
        topics: ['contrast phases', 'pancreas'],
        at: t0 + 12 * sec,
        earned: 0,
        total: 1,
        correct: false,
        rating: 1,
        mode: 'tutor',
        sessionId: after.id,
        timeMs: 12 * sec,
      },
    ]);
    expect(flagChanges(after, toggleFlag(after, second.id))).toEqual([{ itemId: second.id, on: true }]);
  });
  it('an exam records every item when it ends, blanks included', async () => {
    const { attemptsFromSession } = await import('../../../../src/quiz-engine/session/attempts');
    const exam = session('exam', { deadline: t0 + 60 * sec });
    const ended = settleSession(exam, lookup, t0 + 61 * sec);
    expect(attemptsFromSession(exam, ended, lookup).map((a) => [a.itemId, a.correct, a.rating])).toEqual([
      ['sb-arterial-phase', false, 1],
      ['sb-liver-hypervascular', false, 1],
      ['sb-colorectal', false, 1],
    ]);
  });
  it('items flagged before start up flagged in a new session', () => {
    const built = buildSession(
      fixtureItems,
      { ...defaultSessionConfig, count: 10 },
      { ...emptyHistory, flagged: new Set(['sb-ileal']) },
      t0,
    );
    expect(built.entries['sb-ileal']?.flagged).toBe(true);
    expect(built.entries['sb-colorectal']?.flagged).toBe(false);
  });
});
