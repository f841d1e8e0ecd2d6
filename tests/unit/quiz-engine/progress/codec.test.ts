import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeProgress, encodeProgress } from '../../../../src/quiz-engine/progress/codec';
import { emptyProgress } from '../../../../src/quiz-engine/progress/document';
import { migrateV1toV2, migrateV2toV3 } from '../../../../src/quiz-engine/progress/migrations';
import { studiedChapters } from '../../../../src/quiz-engine/progress/document';
import { markChapterStudied } from '../../../../src/quiz-engine/progress-summary';
import { progressKey } from '../../../../src/quiz-engine/progress/keys';
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
        return decoded.ok && decoded.fromVersion === 3 && isDeepStrictEqual(decoded.doc, doc);
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
    expect(decodeProgress('{"version":4}')).toMatchObject({ ok: false, reason: 'newer' });
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
  it('a version 1 document is read as the current version, noting where it came from', () => {
    const v1 = {
      version: 1,
      attempts: [
        {
          itemId: 'sb-ileal',
          chapter: 'ileal-and-appendiceal-nets',
          topics: ['mesentery'],
          at: 5_000,
          earned: 0,
          total: 1,
          correct: false,
          mode: 'practice',
        },
      ],
      flagged: ['sb-ileal'],
    };
    const decoded = decodeProgress(JSON.stringify(v1));
    expect(decoded.ok && decoded.fromVersion).toBe(1);
    if (!decoded.ok) return;
    expect(decoded.doc.attempts[0]).toMatchObject({ id: 'practice/5000/sb-ileal', rating: 1 });
    expect(decoded.doc.flags).toEqual({ 'sb-ileal': { on: true, at: 0 } });
    expect(decoded.doc.cards['sb-ileal']?.state).toBe(1);
    expect(decoded.doc.studied).toEqual({});
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
  it('a migrated document then round-trips as the current version', () => {
    fc.assert(
      fc.property(progressV1Arb, (v1) => {
        const migrated = decodeProgress(JSON.stringify(v1));
        if (!migrated.ok) return false;
        const again = decodeProgress(encodeProgress(migrated.doc));
        return again.ok && again.fromVersion === 3 && isDeepStrictEqual(again.doc, migrated.doc);
      }),
    );
  });
  it('a damaged version 1 document is reported, not half-migrated', () => {
    expect(() => migrateV1toV2({ version: 1, attempts: 'none', flagged: [] })).toThrow();
    expect(decodeProgress(JSON.stringify({ version: 1, attempts: 'none', flagged: [] }))).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });
});

describe('forward migration from version 2 (studied chapters get times)', () => {
  const v2Arb = progressArb.map((doc) => ({ ...doc, version: 2, studied: studiedChapters(doc) }));
  it('each studied chapter becomes a mark at time 0, and everything else is unchanged', () => {
    const v2 = {
      version: 2,
      attempts: [],
      cards: {},
      flags: { x: { on: true, at: 5 } },
      studied: ['treatment', 'optimising-ct'],
      session: null,
    };
    const decoded = decodeProgress(JSON.stringify(v2));
    expect(decoded).toMatchObject({ ok: true, fromVersion: 2 });
    expect(decoded.ok && decoded.doc).toEqual({
      ...v2,
      version: 3,
      studied: { 'optimising-ct': { on: true, at: 0 }, treatment: { on: true, at: 0 } },
    });
  });
  it('any version 2 document keeps its answers, cards, flags, session and studied chapters', () => {
    fc.assert(
      fc.property(v2Arb, (v2) => {
        const decoded = decodeProgress(JSON.stringify(v2));
        if (!decoded.ok || decoded.fromVersion !== 2) return false;
        const { studied: _s, version: _v, ...rest } = decoded.doc;
        const { studied: _s2, version: _v2, ...restV2 } = v2;
        return isDeepStrictEqual(rest, restV2) && isDeepStrictEqual(studiedChapters(decoded.doc), v2.studied);
      }),
    );
  });
  it('a chapter page editing version 2 progress writes what the migration would, plus its change', () => {
    fc.assert(
      fc.property(v2Arb, (v2) => {
        const data = new Map([[progressKey, JSON.stringify(v2)]]);
        const store = {
          getItem: (k: string) => data.get(k) ?? null,
          setItem: (k: string, v: string) => void data.set(k, v),
        };
        if (!markChapterStudied(store, 'treatment', true, 5_000)) return false;
        const written = decodeProgress(data.get(progressKey) as string);
        const migrated = migrateV2toV3(v2) as { studied: Record<string, unknown> };
        return (
          written.ok &&
          written.fromVersion === 3 &&
          isDeepStrictEqual(written.doc.studied, { ...migrated.studied, treatment: { on: true, at: 5_000 } })
        );
      }),
    );
  });
  it('a damaged version 2 document is reported, not half-migrated', () => {
    expect(() =>
      migrateV2toV3({ version: 2, attempts: [], cards: {}, flags: {}, studied: 'all', session: null }),
    ).toThrow();
  });
});

describe('found by fuzzing (issue 10)', () => {
  it('a version that cannot be turned into text ({"toString":""}) is reported, not thrown', () => {
    const text = '{"version":{"toString":""},"attempts":[],"flagged":[]}';
    expect(() => decodeProgress(text)).not.toThrow();
    expect(decodeProgress(text)).toMatchObject({ ok: false, reason: 'not-progress' });
  });
});
