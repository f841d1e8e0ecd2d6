import { describe, expect, it } from 'vitest';
import { loadProgress, storeProgress } from '../../../src/components/quiz/browser-progress';
import { emptyProgress, recordAttempt } from '../../../src/quiz-engine/progress/document';
import { blockedMessage } from '../../../src/quiz-engine/progress/blocked';
import { encodeProgress } from '../../../src/quiz-engine/progress/codec';
import { currentProgressVersion, progressKey } from '../../../src/quiz-engine/progress/keys';
import type { KeyValueStore } from '../../../src/quiz-engine/progress/store';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);

function memoryStore(
  initial: Record<string, string> = {},
  options: { failWrites?: boolean; failReads?: boolean } = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => {
      if (options.failReads) throw new Error('SecurityError: storage is disabled');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (options.failWrites) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
  };
}

const answered = recordAttempt(emptyProgress(), {
  itemId: 'sb-ileal',
  chapter: 'ileal-and-appendiceal-nets',
  topics: ['mesentery'],
  at: t0,
  earned: 1,
  total: 1,
  correct: true,
  rating: 3,
  mode: 'practice',
  sessionId: 's1',
});

describe('the islands’ progress: load', () => {
  it('a first visit: empty progress, saving allowed, nothing to say', () => {
    expect(loadProgress(t0, memoryStore())).toEqual({ doc: emptyProgress(), canSave: true });
  });
  it('stored progress comes back without a notice', () => {
    const loaded = loadProgress(t0, memoryStore({ [progressKey]: encodeProgress(answered) }));
    expect(loaded.doc).toEqual(answered);
    expect(loaded.notice).toBeUndefined();
  });
  it('blocked storage: a warning, and the page does not save', () => {
    const loaded = loadProgress(t0, memoryStore({}, { failReads: true }));
    expect(loaded.canSave).toBe(false);
    expect(loaded.notice).toEqual({ message: blockedMessage, warning: true });
  });
  it('an unreadable copy is kept aside: a warning, and saving goes on', () => {
    const store = memoryStore({ [progressKey]: '{not json' });
    const loaded = loadProgress(t0, store);
    expect(loaded.canSave).toBe(true);
    expect(loaded.notice?.warning).toBe(true);
    expect(loaded.notice?.message).toMatch(/kept aside/);
    expect([...store.data.values()]).toContain('{not json');
  });
  it('a newer-format copy is read-only: a warning, saving off, the copy untouched', () => {
    const newer = JSON.stringify({ ...JSON.parse(encodeProgress(answered)), version: currentProgressVersion + 1 });
    const store = memoryStore({ [progressKey]: newer });
    const loaded = loadProgress(t0, store);
    expect(loaded.canSave).toBe(false);
    expect(loaded.notice?.warning).toBe(true);
    expect(loaded.notice?.message).toMatch(/newer version/);
    expect(storeProgress(answered, loaded.canSave, store)).toBeUndefined();
    expect(store.data.get(progressKey)).toBe(newer);
  });
});

describe('the islands’ progress: save', () => {
  it('saves and says nothing when it worked', () => {
    const store = memoryStore();
    expect(storeProgress(answered, true, store)).toBeUndefined();
    expect(loadProgress(t0, store).doc).toEqual(answered);
  });
  it('a full store: a sentence for the learner, never a throw', () => {
    const problem = storeProgress(answered, true, memoryStore({}, { failWrites: true }));
    expect(problem).toMatch(/^Your progress could not be saved \(QuotaExceededError\)\. Export it/);
  });
  it('a page that must not save writes nothing', () => {
    const store = memoryStore();
    expect(storeProgress(answered, false, store)).toBeUndefined();
    expect(store.data.size).toBe(0);
  });
});
