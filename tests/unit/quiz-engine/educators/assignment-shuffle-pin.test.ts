import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/quiz-engine/items/schema';
import { sessionFromAssignment } from '../../../../src/quiz-engine/educators/assignment-session';
import { buildSession } from '../../../../src/quiz-engine/session/session';
import { defaultSessionConfig } from '../../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../../src/quiz-engine/session/select';
import { randomSource, seededShuffle } from '../../../../src/quiz-engine/session/shuffle';
import { itemLookup } from '../../../../src/quiz-engine/bank';
import snapshot from './bank-snapshot-2026-12.json';

/**
 * An assignment link carries only a seed: every student's option order (and a seeded quiz's
 * item order) is recomputed from it by pure-rand. If an upgrade of pure-rand (or any change to
 * the shuffle) reorders them, links already sent to a class would open a different quiz from
 * the one the educator checked. These exact orders, for a fixed seed and a frozen bank
 * snapshot, must never change; if this test fails, the shuffle changed — version the link
 * format (assignmentLinkVersion) and keep the old shuffle for old links instead of updating it.
 */
const bank = snapshot as unknown as Item[];
const seed = 20260307;

describe('assignment links reproduce the exact shuffle they were made with', () => {
  it('the raw shuffle of ten letters for seed 20260307', () => {
    expect(seededShuffle([...'abcdefghij'], randomSource(seed))).toEqual([
      'f',
      'i',
      'g',
      'h',
      'j',
      'b',
      'd',
      'e',
      'c',
      'a',
    ]);
  });
  it('every item’s option order in an assignment session', () => {
    const session = sessionFromAssignment(
      { title: 'Week 1', itemIds: bank.map((i) => i.id), mode: 'tutor', seed },
      'pin',
      itemLookup(bank),
      0,
    );
    expect(session.itemIds).toEqual(bank.map((i) => i.id)); // the educator's order, never shuffled
    expect(session.order).toEqual({
      'sb-arterial-phase': { options: ['c', 'b', 'a', 'd'] },
      'sb-liver-hypervascular': { options: ['b', 'a', 'c'] },
      'mr-mri-sequences': { options: ['a', 'b', 'd', 'c'] },
      'or-ct-phases': { elements: ['arterial', 'unenhanced', 'portal', 'delayed'] },
      'ma-modalities': { responses: ['eus', 'pet', 'ct', 'us'] },
      'nu-recist-change': {},
      'hs-pancreatic-head': { regions: ['tail', 'head'] },
      'ca-liver-lesion': {
        'step:phase': ['b', 'c', 'a'],
        'step:other-follow-up': ['a', 'b', 'c'],
        'step:summary': ['b', 'a', 'c'],
      },
      'sb-colorectal': { options: ['a', 'c', 'b'] },
      'sb-ileal': { options: ['a', 'c', 'b'] },
    });
  });
  it('the item order of a seeded quiz drawn from the same bank', () => {
    const session = buildSession(bank, { ...defaultSessionConfig, count: 8, seed }, emptyHistory, 0);
    expect(session.itemIds).toEqual([
      'or-ct-phases',
      'sb-ileal',
      'sb-arterial-phase',
      'sb-colorectal',
      'sb-liver-hypervascular',
      'hs-pancreatic-head',
      'mr-mri-sequences',
      'nu-recist-change',
    ]);
  });
});
