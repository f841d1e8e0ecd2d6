import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from '../../../src/quiz-engine/progress/codec';
import {
  emptyProgress,
  recordAttempt,
  setFlag,
  type ProgressDocument,
} from '../../../src/quiz-engine/progress/document';
import { standingByChapter } from '../../../src/quiz-engine/progress/stats';
import { itemLookup } from '../../../src/quiz-engine/bank';
import { liveAttempts, reviewQueue } from '../../../src/quiz-engine/live-items';
import { sessionResults } from '../../../src/quiz-engine/session/results';
import { fixtureItems } from './fixtures/items';

/**
 * A learner answered an item that was later retired from the bank. Their stored progress
 * still names it: it must load, survive a save untouched, and be ignored by the review queue
 * and the standings, while the live item beside it keeps working.
 */
const retiredId = 'intro-prognostic-factors-1';
const day = 86_400_000;

function learnerDocument(): ProgressDocument {
  const live = fixtureItems[0]!;
  let doc = emptyProgress();
  doc = recordAttempt(doc, {
    itemId: retiredId,
    chapter: 'introduction-and-work-up',
    topics: ['prognosis'],
    at: 1_000,
    earned: 0,
    total: 1,
    correct: false,
    rating: 1,
    mode: 'practice',
  });
  doc = recordAttempt(doc, {
    itemId: live.id,
    chapter: live.chapter,
    topics: live.topics,
    at: 2_000,
    earned: 0,
    total: 1,
    correct: false,
    rating: 1,
    mode: 'practice',
  });
  return setFlag(doc, retiredId, true, 3_000);
}

describe('stored progress for a retired item id', () => {
  const lookup = itemLookup(fixtureItems);
  const isLive = (id: string) => lookup(id) !== undefined;
  const doc = learnerDocument();

  it('the fixture bank has no item with the retired id', () => {
    expect(lookup(retiredId)).toBeUndefined();
  });

  it('loads, and keeps the attempts, card and flag on save', () => {
    const decoded = decodeProgress(encodeProgress(doc));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.doc.attempts.filter((a) => a.itemId === retiredId)).toHaveLength(1);
    expect(decoded.doc.cards[retiredId]).toBeDefined();
    expect(decoded.doc.flags[retiredId]?.on).toBe(true);
    const again = decodeProgress(encodeProgress(decoded.doc));
    expect(again.ok && again.doc).toEqual(decoded.doc);
  });

  it('is left out of the review queue, while the live item is due', () => {
    const queue = reviewQueue(doc.cards, 10 * day, isLive);
    expect(queue).not.toContain(retiredId);
    expect(queue).toContain(fixtureItems[0]!.id);
  });

  it('is left out of the standings by chapter', () => {
    const chapters = standingByChapter(liveAttempts(doc.attempts, isLive)).map((s) => s.key);
    expect(chapters).not.toContain('introduction-and-work-up');
    expect(chapters).toContain(fixtureItems[0]!.chapter);
  });

  it('a saved quiz session naming it scores it as nothing, without breaking the results', () => {
    const live = fixtureItems[0]!.id;
    const session = {
      id: 's1',
      seed: 1,
      config: { mode: 'practice' },
      itemIds: [retiredId, live],
      entries: {},
      index: 0,
    } as unknown as Parameters<typeof sessionResults>[0];
    const results = sessionResults(session, lookup);
    expect(results.items.find((o) => o.itemId === retiredId)?.item).toBeUndefined();
    expect(results.byChapter.map((g) => g.key)).not.toContain('introduction-and-work-up');
  });
});
