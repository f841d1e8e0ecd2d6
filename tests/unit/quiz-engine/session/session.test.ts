import { describe, expect, it } from 'vitest';
import { buildSession, displayOrder, inDisplayOrder } from '../../../../src/quiz-engine/session/session';
import { defaultSessionConfig, examMinutes, type SessionConfig } from '../../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../../src/quiz-engine/session/select';
import { fixture, fixtureItems } from '../fixtures/items';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const config = (over: Partial<SessionConfig> = {}): SessionConfig => ({
  ...defaultSessionConfig,
  count: 5,
  seed: 2026,
  ...over,
});

describe('building a session', () => {
  it('draws the requested number of distinct items', () => {
    const session = buildSession(fixtureItems, config(), emptyHistory, t0);
    expect(session.itemIds).toHaveLength(5);
    expect(new Set(session.itemIds).size).toBe(5);
  });
  it('the same seed draws the same items in the same order, whatever the bank order', () => {
    const a = buildSession(fixtureItems, config(), emptyHistory, t0);
    const b = buildSession([...fixtureItems].reverse(), config(), emptyHistory, t0 + 5000);
    expect(b.itemIds).toEqual(a.itemIds);
    expect(b.order).toEqual(a.order);
  });
  it('another seed draws another order', () => {
    const a = buildSession(fixtureItems, config({ count: 10 }), emptyHistory, t0);
    const b = buildSession(fixtureItems, config({ count: 10, seed: 2027 }), emptyHistory, t0);
    expect(b.itemIds).not.toEqual(a.itemIds);
    expect([...b.itemIds].sort()).toEqual([...a.itemIds].sort());
  });
  it('asking for more items than match gives all that match', () => {
    expect(
      buildSession(fixtureItems, config({ count: 50, chapters: ['optimising-ct'] }), emptyHistory, t0).itemIds,
    ).toHaveLength(2);
  });
  it('nothing matching is an error the page can explain', () => {
    expect(() => buildSession(fixtureItems, config({ only: 'flagged' }), emptyHistory, t0)).toThrow(RangeError);
  });
  it('practice and tutor sessions have no deadline; an exam of 4 items defaults to 6 minutes (90 s each)', () => {
    expect(buildSession(fixtureItems, config(), emptyHistory, t0).deadline).toBeNull();
    const exam = buildSession(fixtureItems, config({ mode: 'exam', count: 4 }), emptyHistory, t0);
    expect(exam.deadline).toBe(t0 + 6 * 60_000);
  });
  it('an exam with a chosen limit uses it', () => {
    expect(buildSession(fixtureItems, config({ mode: 'exam', minutes: 20 }), emptyHistory, t0).deadline).toBe(
      t0 + 20 * 60_000,
    );
  });
  it('the default limit rounds up to whole minutes: 5 items × 90 s = 7.5 → 8 minutes', () => {
    expect(examMinutes({ count: 5 })).toBe(8);
  });
  it('a malformed configuration is refused by the schema', () => {
    expect(() => buildSession(fixtureItems, config({ count: 0 }), emptyHistory, t0)).toThrow();
  });
});

describe('option order', () => {
  it('shuffles the options of a choice item but keeps them all', () => {
    const item = fixture('sb-arterial-phase', 'single-best');
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => displayOrder(item, seed).options!.join('')));
    expect(orders.size).toBeGreaterThan(5);
    for (const order of orders) expect([...order].sort().join('')).toBe('abcd');
  });
  it('never starts an ordering item in the correct order', () => {
    const item = fixture('or-ct-phases', 'ordering');
    for (let seed = 0; seed < 300; seed += 1) {
      expect(displayOrder(item, seed).elements!.join()).not.toBe('unenhanced,arterial,portal,delayed');
    }
  });
  it('gives every single-best step of a case its own order', () => {
    const order = displayOrder(fixture('ca-liver-lesion', 'case'), 3);
    expect(Object.keys(order).sort()).toEqual(['step:other-follow-up', 'step:phase', 'step:summary']);
  });
  it('inDisplayOrder follows the stored order and keeps options the order does not know at the end', () => {
    const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(inDisplayOrder(options, ['c', 'a', 'b']).map((o) => o.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(inDisplayOrder(options, undefined).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the answer as shown', () => {
  it('an untouched ordering item is answered with the sequence on screen', async () => {
    const { responseAsShown } = await import('../../../../src/quiz-engine/session/session');
    const item = fixture('or-ct-phases', 'ordering');
    expect(responseAsShown(item, { elements: ['portal', 'unenhanced', 'delayed', 'arterial'] }, undefined)).toEqual({
      order: ['portal', 'unenhanced', 'delayed', 'arterial'],
    });
    expect(responseAsShown(item, {}, { order: ['delayed'] })).toEqual({ order: ['delayed'] });
    expect(responseAsShown(fixture('sb-ileal', 'single-best'), { options: ['a'] }, undefined)).toBeUndefined();
  });
});
