import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeProgress, cardsFromAttempts } from '../../../../src/quiz-engine/progress/merge';
import {
  emptyProgress,
  recordAttempt,
  setFlag,
  setStudied,
  studiedChapters,
  type ProgressDocument,
} from '../../../../src/quiz-engine/progress/document';
import { buildSession } from '../../../../src/quiz-engine/session/session';
import { defaultSessionConfig } from '../../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../../src/quiz-engine/session/select';
import { progressArb } from './arbitraries';
import { fixtureItems } from '../fixtures/items';

/** Equal as data (key order aside), the session in progress left out. */
const same = (a: ProgressDocument, b: ProgressDocument) =>
  isDeepStrictEqual({ ...a, session: null }, { ...b, session: null });
const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);

describe('merging progress from another device', () => {
  it('is idempotent: merging a document into itself changes nothing', () => {
    fc.assert(fc.property(progressArb, (a) => same(mergeProgress(a, a), a)));
  });
  it('is commutative (apart from the session in progress)', () => {
    fc.assert(fc.property(progressArb, progressArb, (a, b) => same(mergeProgress(a, b), mergeProgress(b, a))));
  });
  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const once = mergeProgress(a, b);
        return same(mergeProgress(once, b), once);
      }),
    );
  });
  it('is associative: three devices merge to the same result in any grouping', () => {
    fc.assert(
      fc.property(progressArb, progressArb, progressArb, (a, b, c) =>
        same(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c))),
      ),
    );
  });
  it('never loses an answer: the merged attempts are the union by id', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const ids = new Set([...a.attempts, ...b.attempts].map((x) => x.id));
        const merged = mergeProgress(a, b);
        return merged.attempts.length === ids.size && merged.attempts.every((x) => ids.has(x.id));
      }),
    );
  });
  it('rebuilds cards from every answer on both devices', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = mergeProgress(a, b);
        return isDeepStrictEqual(merged.cards, cardsFromAttempts(merged.attempts));
      }),
    );
  });
  it('a flag cleared later on one device beats an older flag on the other', () => {
    const phone = setFlag(emptyProgress(), 'sb-ileal', true, t0);
    const laptop = setFlag(emptyProgress(), 'sb-ileal', false, t0 + 60_000);
    expect(mergeProgress(phone, laptop).flags['sb-ileal']).toEqual({ on: false, at: t0 + 60_000 });
  });
  it('a chapter un-marked later on one device stays un-marked after merging with an older mark', () => {
    const phone = setStudied(emptyProgress(), 'treatment', true, t0);
    const laptop = setStudied(setStudied(emptyProgress(), 'treatment', true, t0), 'treatment', false, t0 + 60_000);
    expect(studiedChapters(mergeProgress(phone, laptop))).toEqual([]);
    expect(studiedChapters(mergeProgress(laptop, phone))).toEqual([]);
  });
  it('a missed item answered on the phone and again right on the laptop: two reviews on one card', () => {
    const base = {
      itemId: 'sb-ileal',
      chapter: 'ileal-and-appendiceal-nets',
      topics: ['mesentery'],
      total: 1,
      mode: 'tutor' as const,
    };
    const phone = recordAttempt(emptyProgress(), {
      ...base,
      sessionId: 'p',
      at: t0,
      earned: 0,
      correct: false,
      rating: 1,
    });
    const laptop = recordAttempt(emptyProgress(), {
      ...base,
      sessionId: 'l',
      at: t0 + 3_600_000,
      earned: 1,
      correct: true,
      rating: 3,
    });
    const merged = mergeProgress(laptop, phone);
    expect(merged.attempts.map((a) => a.id)).toEqual(['p/sb-ileal', 'l/sb-ileal']);
    expect(merged.cards['sb-ileal']?.reps).toBe(2);
  });
  it('keeps this device’s session in progress and ignores an imported one', () => {
    const session = buildSession(fixtureItems, { ...defaultSessionConfig, count: 2 }, emptyHistory, t0);
    const other = buildSession(fixtureItems, { ...defaultSessionConfig, count: 3, seed: 9 }, emptyHistory, t0);
    expect(mergeProgress({ ...emptyProgress(), session }, { ...emptyProgress(), session: other }).session).toBe(
      session,
    );
    expect(mergeProgress(emptyProgress(), { ...emptyProgress(), session: other }).session).toBeNull();
  });
});
