import { describe, expect, it } from 'vitest';
import { loadProgress, storeProgress } from '../../../src/components/quiz/browser-progress';
import { emptyProgress } from '../../../src/quiz-engine/progress/document';
import { blockedMessage } from '../../../src/quiz-engine/progress/blocked';
import { encodeProgress } from '../../../src/quiz-engine/progress/codec';
import { currentProgressVersion, progressKey } from '../../../src/quiz-engine/progress/keys';
import { memoryStore, oneAttempt as answered, t0 } from '../quiz-engine/fixtures/progress';

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
