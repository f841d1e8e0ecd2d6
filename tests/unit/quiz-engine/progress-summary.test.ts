import { describe, expect, it } from 'vitest';
import {
  markChapterStudied,
  readProgressSummary,
  saveProblemMessage,
  setChapterStudied,
} from '../../../src/quiz-engine/progress-summary';
import { studiedChapters } from '../../../src/quiz-engine/progress/document';
import { emptyProgress, recordAttempt } from '../../../src/quiz-engine/progress/document';
import { encodeProgress } from '../../../src/quiz-engine/progress/codec';
import { openProgress } from '../../../src/quiz-engine/progress/store';
import { progressKey } from '../../../src/quiz-engine/progress/keys';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const store = (value?: string) => {
  const data = new Map<string, string>(value === undefined ? [] : [[progressKey, value]]);
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe('the home page summary', () => {
  it('counts a missed item as due at once and a right one as not due', () => {
    const base = { chapter: 'colorectal-nets', topics: [], total: 1, mode: 'tutor' as const, sessionId: 's', at: t0 };
    let doc = recordAttempt(emptyProgress(), { ...base, itemId: 'missed', earned: 0, correct: false, rating: 1 });
    doc = recordAttempt(doc, { ...base, itemId: 'right', earned: 1, correct: true, rating: 3 });
    expect(readProgressSummary(store(encodeProgress(doc)), t0)).toEqual({
      readable: true,
      blocked: false,
      newer: false,
      dueReviews: 1,
      answeredItems: 2,
      studied: [],
    });
  });
  it('a first visit shows nothing due', () => {
    expect(readProgressSummary(store(), t0)).toEqual({
      readable: true,
      blocked: false,
      newer: false,
      dueReviews: 0,
      answeredItems: 0,
      studied: [],
    });
  });
  it('unreadable data is reported as unreadable, not guessed at', () => {
    expect(readProgressSummary(store('{oops'), t0).readable).toBe(false);
  });
  it('marking a chapter studied writes a document the full engine reads', () => {
    const s = store();
    expect(markChapterStudied(s, 'optimising-ct', true)).toBe(true);
    expect(markChapterStudied(s, 'colorectal-nets', true)).toBe(true);
    expect(markChapterStudied(s, 'optimising-ct', false)).toBe(true);
    expect(readProgressSummary(s, t0).studied).toEqual(['colorectal-nets']);
    expect(openProgress(s, t0)).toMatchObject({ doc: { studied: { 'colorectal-nets': { on: true } } }, canSave: true });
    expect(studiedChapters(openProgress(s, t0).doc)).toEqual(['colorectal-nets']);
    expect(openProgress(s, t0).notice).toBeUndefined();
  });
  it('never writes over data it cannot read', () => {
    const s = store('{oops');
    expect(markChapterStudied(s, 'optimising-ct', true)).toBe(false);
    expect(s.data.get(progressKey)).toBe('{oops');
  });
  it('refuses something that is not a slug', () => {
    expect(() => markChapterStudied(store(), 'Optimising CT', true)).toThrow(RangeError);
  });
  it('storage the browser blocks is reported as blocked, and marking a chapter says so instead of throwing', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readProgressSummary(blocked, t0)).toMatchObject({ readable: false, blocked: true });
    expect(setChapterStudied(blocked, 'optimising-ct', true, t0)).toEqual({ ok: false, problem: 'blocked' });
    expect(saveProblemMessage('blocked')).toMatch(/not letting the site store progress/);
  });
  it('full storage is reported as full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(setChapterStudied(full, 'optimising-ct', true, t0)).toEqual({ ok: false, problem: 'full' });
    expect(saveProblemMessage('full')).toMatch(/storage is full/);
  });
  it('unreadable progress is reported as unreadable and left alone', () => {
    const s = store('{oops');
    expect(setChapterStudied(s, 'optimising-ct', true, t0)).toEqual({ ok: false, problem: 'unreadable' });
    expect(s.data.get(progressKey)).toBe('{oops');
  });
});

describe('found by fuzzing (issue 10)', () => {
  it('a chapter page does not edit stored progress whose parts are not the right shape (attempts: 0)', () => {
    const text = '{"version":3,"attempts":0,"cards":{},"flags":{},"studied":{},"session":null}';
    const s = store(text);
    expect(markChapterStudied(s, 'treatment', true, t0)).toBe(false);
    expect(s.data.get(progressKey)).toBe(text);
  });
});

describe('progress saved by a newer version of the site (issue 10)', () => {
  it('a chapter page leaves it untouched and says a newer version saved it, not that it is damaged', () => {
    const text = JSON.stringify({ version: 99, studied: { treatment: { on: true, at: 1 } } });
    const s = store(text);
    expect(readProgressSummary(s, t0)).toMatchObject({ readable: false, newer: true });
    const outcome = setChapterStudied(s, 'optimising-ct', true, t0);
    expect(outcome).toEqual({ ok: false, problem: 'newer' });
    expect(s.data.get(progressKey)).toBe(text);
    expect(saveProblemMessage('newer')).toMatch(/newer version of this site/);
  });
});
