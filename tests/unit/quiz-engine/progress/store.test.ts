import { describe, expect, it } from 'vitest';
import {
  noticeMessage,
  openProgress,
  saveProgress,
  type KeyValueStore,
} from '../../../../src/quiz-engine/progress/store';
import {
  emptyProgress,
  recordAttempt,
  setStudied,
  studiedChapters,
} from '../../../../src/quiz-engine/progress/document';
import { progressKey } from '../../../../src/quiz-engine/progress/keys';
import { markChapterStudied, readProgressSummary } from '../../../../src/quiz-engine/progress-summary';
import { memoryStore, oneAttempt as someProgress, t0 } from '../fixtures/progress';

describe('progress in the browser’s storage', () => {
  it('a first visit starts with empty progress and no notice', () => {
    expect(openProgress(memoryStore(), t0)).toEqual({ doc: emptyProgress(), canSave: true });
  });
  it('what is saved is what is read back', () => {
    const store = memoryStore();
    expect(saveProgress(store, someProgress)).toEqual({ ok: true });
    expect(openProgress(store, t0).doc).toEqual(someProgress);
  });
  it('two open tabs do not erase each other: answers saved by one survive the other saving', () => {
    const store = memoryStore();
    // Both tabs open the same (empty) progress.
    const tabA = openProgress(store, t0).doc;
    const tabB = openProgress(store, t0).doc;
    const answeredInA = recordAttempt(tabA, {
      itemId: 'sb-ileal',
      chapter: 'ileal-and-appendiceal-nets',
      topics: ['ileal NET'],
      at: t0,
      earned: 1,
      total: 1,
      correct: true,
      rating: 3,
      mode: 'practice',
      sessionId: 'tab-a',
    });
    expect(saveProgress(store, answeredInA)).toEqual({ ok: true });
    const answeredInB = recordAttempt(tabB, {
      itemId: 'ct-phase',
      chapter: 'optimising-ct',
      topics: ['CT protocol'],
      at: t0 + 60_000,
      earned: 0,
      total: 1,
      correct: false,
      rating: 1,
      mode: 'tutor',
      sessionId: 'tab-b',
    });
    expect(saveProgress(store, setStudied(answeredInB, 'optimising-ct', true, t0 + 60_000))).toEqual({ ok: true });
    const after = openProgress(store, t0).doc;
    expect(after.attempts.map((a) => a.itemId).sort()).toEqual(['ct-phase', 'sb-ileal']);
    expect(Object.keys(after.cards).sort()).toEqual(['ct-phase', 'sb-ileal']);
    expect(studiedChapters(after)).toEqual(['optimising-ct']);
  });
  it('a chapter marked as studied in another tab survives a quiz tab saving', () => {
    const store = memoryStore();
    const quizTab = openProgress(store, t0).doc;
    store.setItem(progressKey, JSON.stringify(setStudied(emptyProgress(), 'treatment', true, t0)));
    expect(saveProgress(store, someProgress)).toEqual({ ok: true });
    expect(studiedChapters(openProgress(store, t0).doc)).toEqual(['treatment']);
    expect(openProgress(store, t0).doc.attempts).toHaveLength(1);
    expect(studiedChapters(quizTab)).toEqual([]);
  });
  it('corrupted data is kept aside under its own key, reported, and a fresh record started', () => {
    const store = memoryStore({ [progressKey]: '{"version":2,"attempts":[{"id":' });
    const opened = openProgress(store, t0);
    expect(opened.doc).toEqual(emptyProgress());
    expect(opened.canSave).toBe(true);
    expect(opened.notice).toMatchObject({
      kind: 'unreadable',
      keptUnder: 'gepnet:progress:unreadable:2026-03-02T09:00:00.000Z',
    });
    expect(store.data.get('gepnet:progress:unreadable:2026-03-02T09:00:00.000Z')).toBe(
      '{"version":2,"attempts":[{"id":',
    );
    expect(store.data.get(progressKey)).toBe('{"version":2,"attempts":[{"id":'); // untouched until the next save
  });
  it('the learner is told in plain words', () => {
    const opened = openProgress(memoryStore({ [progressKey]: 'garbage' }), t0);
    expect(opened.notice && noticeMessage(opened.notice)).toMatch(/could not be read .* kept aside, untouched/);
  });
  it('progress from a newer version is left in place, with its own message', () => {
    const store = memoryStore({ [progressKey]: '{"version":7}' });
    const opened = openProgress(store, t0);
    expect(opened.notice?.kind).toBe('newer');
    expect(opened.notice && noticeMessage(opened.notice)).toMatch(/newer version/);
  });
  it('if there is no room to keep a copy aside, the page will not overwrite the data', () => {
    const opened = openProgress(memoryStore({ [progressKey]: 'garbage' }, { failWrites: true }), t0);
    expect(opened).toMatchObject({ canSave: false, notice: { kind: 'unreadable', keptUnder: null } });
  });
  it('storage that is switched off is reported and the site goes on with empty progress', () => {
    const opened = openProgress(memoryStore({}, { failReads: true }), t0);
    expect(opened).toMatchObject({ doc: emptyProgress(), canSave: false, notice: { kind: 'unavailable' } });
  });
  it('a full store on save is reported, not thrown', () => {
    expect(saveProgress(memoryStore({}, { failWrites: true }), someProgress)).toEqual({
      ok: false,
      problem: 'QuotaExceededError',
    });
  });
  it('an older document is migrated and the learner told nothing was lost', () => {
    const store = memoryStore({ [progressKey]: JSON.stringify({ version: 1, attempts: [], flagged: [] }) });
    const opened = openProgress(store, t0);
    expect(opened.notice).toEqual({ kind: 'updated', fromVersion: 1 });
    expect(opened.doc.version).toBe(3);
  });

  describe('never overwriting what could not be read (issue 10)', () => {
    it('a newer-format document is never overwritten: saving refuses and says why', () => {
      const newer = JSON.stringify({ version: 99, attempts: [{ id: 'from-the-future' }] });
      const store = memoryStore({ [progressKey]: newer });
      const outcome = saveProgress(store, someProgress, t0);
      expect(store.data.get(progressKey)).toBe(newer);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.problem).toMatch(/newer version/);
    });
    it('a newer-format document makes the page read-only, with a message saying nothing will be saved', () => {
      const store = memoryStore({ [progressKey]: '{"version":99}' });
      const opened = openProgress(store, t0);
      expect(opened.canSave).toBe(false);
      expect(opened.notice && noticeMessage(opened.notice)).toMatch(/will not save/);
    });
    it('unreadable progress that appeared after the page opened is kept aside before a save replaces it', () => {
      const store = memoryStore();
      openProgress(store, t0);
      store.setItem(progressKey, '{"version":2,"attempts":[{"id":');
      expect(saveProgress(store, someProgress, t0 + 1000)).toEqual({ ok: true });
      expect(store.data.get('gepnet:progress:unreadable:2026-03-02T09:00:01.000Z')).toBe(
        '{"version":2,"attempts":[{"id":',
      );
      expect(openProgress(store, t0).doc.attempts).toHaveLength(1);
    });
    it('if unreadable progress cannot be kept aside, saving refuses rather than overwrite it', () => {
      const data = new Map([[progressKey, 'garbage']]);
      const store: KeyValueStore = {
        getItem: (key) => data.get(key) ?? null,
        setItem: (key, value) => {
          if (key !== progressKey) throw new Error('QuotaExceededError');
          data.set(key, value);
        },
      };
      const outcome = saveProgress(store, someProgress, t0);
      expect(outcome.ok).toBe(false);
      expect(data.get(progressKey)).toBe('garbage');
    });
  });

  it('un-marking a studied chapter sticks: a quiz tab saving its older copy does not mark it again', () => {
    const store = memoryStore();
    expect(markChapterStudied(store, 'treatment', true, t0)).toBe(true);
    const quizTab = openProgress(store, t0).doc; // read while the chapter was marked
    expect(markChapterStudied(store, 'treatment', false, t0 + 60_000)).toBe(true);
    expect(
      saveProgress(
        store,
        recordAttempt(quizTab, {
          itemId: 'ct-phase',
          chapter: 'optimising-ct',
          topics: ['CT protocol'],
          at: t0 + 120_000,
          earned: 1,
          total: 1,
          correct: true,
          rating: 3,
          mode: 'practice',
          sessionId: 'quiz-tab',
        }),
        t0 + 120_000,
      ),
    ).toEqual({ ok: true });
    expect(readProgressSummary(store, t0 + 120_000).studied).toEqual([]);
  });
});
