import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeProgress, encodeProgress } from '../../../../src/quiz-engine/progress/codec';
import { emptyProgress } from '../../../../src/quiz-engine/progress/document';
import { migrateV1toV2 } from '../../../../src/quiz-engine/progress/migrations';
import { cardsFromAttempts } from '../../../../src/quiz-engine/progress/merge';
import { progressArb, progressV1Arb } from './arbitraries';
import { buildSession } from '../../../../src/quiz-engine/session/session';
import { defaultSessionConfig } from '../../../../src/quiz-engine/session/config';
import { emptyHistory } from '../../../../src/quiz-engine/session/select';
import { setResponse, toggleFlag } from '../../../../src/quiz-engine/session/run';
import { fixtureItems } from '../fixtures/items';

describe('progress as text', () => {
  it('any progress document survives encoding and decoding unchanged', () => {
    fc.assert(
      fc.property(progressArb, (doc) => {
        const decoded = decodeProgress(encodeProgress(doc));
        return decoded.ok && decoded.fromVersion === 2 && isDeepStrictEqual(decoded.doc, doc);
      }),
    );
  });
  it('a session in progress, with answers and flags, survives too', () => {
    let session = buildSession(fixtureItems, { ...defaultSessionConfig, count: 10 }, emptyHistory, 1_000);
    session = setResponse(session, 'or-ct-phases', { order: ['arterial', 'unenhanced', 'portal', 'delayed'] });
    session = setResponse(session, 'hs-pancreatic-head', { kind: 'point', x: 0.4, y: 0.5 });
    session = toggleFlag(session, 'ca-liver-lesion');
    const doc = { ...emptyProgress(), session };
    const decoded = decodeProgress(encodeProgress(doc));
    expect(decoded.ok && decoded.doc).toEqual(doc);
  });
  it('text that is not JSON is reported, not thrown', () => {
    expect(decodeProgress('{"version": 2, "attem')).toMatchObject({ ok: false, reason: 'not-json' });
  });
  it('JSON without a version is not progress', () => {
    expect(decodeProgress('[1,2,3]')).toMatchObject({ ok: false, reason: 'not-progress' });
    expect(decodeProgress('{"version":"two"}')).toMatchObject({ ok: false, reason: 'not-progress' });
  });
  it('a document from a newer version is recognised as such', () => {
    expect(decodeProgress('{"version":3}')).toMatchObject({ ok: false, reason: 'newer' });
  });
  it('a damaged field is named', () => {
    const text = JSON.stringify({ ...emptyProgress(), attempts: [{ id: 'x', itemId: 'sb-ileal', at: 'yesterday' }] });
    const decoded = decodeProgress(text);
    expect(decoded).toMatchObject({ ok: false, reason: 'damaged' });
    expect(!decoded.ok && decoded.problem).toMatch(/attempts\.0/);
  });
  it('decoding never throws, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => typeof decodeProgress(text).ok === 'boolean'));
  });
});

describe('forward migration from version 1', () => {
  it('a version 1 document is read as version 2, noting where it came from', () => {
    const v1 = { version: 1, attempts: [{ itemId: 'sb-ileal', chapter: 'ileal-and-appendiceal-nets', topics: ['mesentery'], at: 5_000, earned: 0, total: 1, correct: false, mode: 'practice' }], flagged: ['sb-ileal'] };
    const decoded = decodeProgress(JSON.stringify(v1));
    expect(decoded.ok && decoded.fromVersion).toBe(1);
    if (!decoded.ok) return;
    expect(decoded.doc.attempts[0]).toMatchObject({ id: 'practice/5000/sb-ileal', rating: 1 });
    expect(decoded.doc.flags).toEqual({ 'sb-ileal': { on: true, at: 0 } });
    expect(decoded.doc.cards['sb-ileal']?.state).toBe(1);
    expect(decoded.doc.studied).toEqual([]);
  });
  it('keeps every answer, every flag and builds a card for every item answered (any v1 document)', () => {
    fc.assert(
      fc.property(progressV1Arb, (v1) => {
        const decoded = decodeProgress(JSON.stringify(v1));
        if (!decoded.ok) return false;
        const doc = decoded.doc;
        const distinct = new Set(v1.attempts.map((a) => `${a.mode}/${a.at}/${a.itemId}`));
        return (
          doc.attempts.length === distinct.size &&
          new Set(Object.keys(doc.flags)).size === new Set(v1.flagged).size &&
          Object.keys(doc.cards).sort().join() === [...new Set(v1.attempts.map((a) => a.itemId))].sort().join() &&
          isDeepStrictEqual(doc.cards, cardsFromAttempts(doc.attempts))
        );
      }),
    );
  });
  it('a migrated document then round-trips as version 2', () => {
    fc.assert(
      fc.property(progressV1Arb, (v1) => {
        const migrated = decodeProgress(JSON.stringify(v1));
        if (!migrated.ok) return false;
        const again = decodeProgress(encodeProgress(migrated.doc));
        return again.ok && again.fromVersion === 2 && isDeepStrictEqual(again.doc, migrated.doc);
      }),
    );
  });
  it('a damaged version 1 document is reported, not half-migrated', () => {
    expect(() => migrateV1toV2({ version: 1, attempts: 'none', flagged: [] })).toThrow();
    expect(decodeProgress(JSON.stringify({ version: 1, attempts: 'none', flagged: [] }))).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
