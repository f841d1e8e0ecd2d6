import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeProgress, encodeProgress } from '../../../src/quiz-engine/progress/codec';
import { openProgress, saveProgress, noticeMessage } from '../../../src/quiz-engine/progress/store';
import { progressKey, currentProgressVersion } from '../../../src/quiz-engine/progress/keys';
import { studiedChapters, type ProgressDocument } from '../../../src/quiz-engine/progress/document';
import { mergeProgress } from '../../../src/quiz-engine/progress/merge';
import { exportProgressFile, importProgressFile } from '../../../src/quiz-engine/progress/exchange';
import { readProgressSummary, markChapterStudied } from '../../../src/quiz-engine/progress-summary';
import { recordCheckAnswer } from '../../../src/quiz-engine/check-answer-record';
import { progressArb, progressV1Arb } from '../quiz-engine/progress/arbitraries';
import { fuzz, timeoutFor } from './runs';
import { memoryStore } from '../quiz-engine/fixtures/progress';

/**
 * Fuzzing the progress codec, every migration, the store, import and merge. Stored values are
 * drawn from: any string, any JSON, valid documents of every version, and valid documents with
 * one field replaced by arbitrary JSON (the realistic damage).
 */
const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const same = (a: ProgressDocument, b: ProgressDocument) =>
  isDeepStrictEqual({ ...a, session: null }, { ...b, session: null });

const v2Arb = progressArb.map((doc) => ({ ...doc, version: 2, studied: studiedChapters(doc) }));
const validTextArb = fc.oneof(
  progressArb.map(encodeProgress),
  progressV1Arb.map((v1) => JSON.stringify(v1)),
  v2Arb.map((v2) => JSON.stringify(v2)),
);
/** A valid document of some version with one top-level or nested field replaced. */
const damagedTextArb = fc
  .tuple(fc.oneof(progressArb as fc.Arbitrary<unknown>, progressV1Arb, v2Arb), fc.jsonValue(), fc.nat(), fc.nat())
  .map(([doc, junk, i, j]) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const key = keys[i % keys.length] as string;
    const field = copy[key];
    if (Array.isArray(field) && field.length > 0 && typeof field[0] === 'object') {
      const inner = field[j % field.length] as Record<string, unknown>;
      const innerKeys = Object.keys(inner);
      inner[innerKeys[j % innerKeys.length] as string] = junk;
    } else copy[key] = junk;
    return JSON.stringify(copy);
  });
const storedTextArb = fc.oneof(
  fc.string(),
  fc.json(),
  validTextArb,
  damagedTextArb,
  fc.integer({ min: 4, max: 1e6 }).map((v) => JSON.stringify({ version: v })),
  // Any JSON as the version, e.g. {"toString": ""}, which String() cannot turn into text.
  fc.jsonValue().map((v) => JSON.stringify({ version: v, attempts: [], flagged: [] })),
);

/** Storage holding `initial` (if given) as the stored progress document. */
const storeWith = (initial?: string) => memoryStore(initial === undefined ? {} : { [progressKey]: initial });

describe('fuzz: the progress codec and every migration', () => {
  it(
    'decoding never throws: any text either loads or comes back as a problem in words',
    () => {
      fc.assert(
        fc.property(storedTextArb, (text) => {
          const decoded = decodeProgress(text);
          return decoded.ok ? decoded.doc.version === currentProgressVersion : decoded.problem.length > 0;
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'any stored value either loads, or is kept aside (or left in place if newer) with a message; never thrown, never lost',
    () => {
      fc.assert(
        fc.property(storedTextArb, (text) => {
          const store = storeWith(text);
          const opened = openProgress(store, t0);
          const decoded = decodeProgress(text);
          if (decoded.ok) return opened.canSave && isDeepStrictEqual(opened.doc, decoded.doc);
          if (!opened.notice || noticeMessage(opened.notice).length === 0) return false;
          // Whatever happens next, the original text survives: in place, or under the aside key.
          saveProgress(store, opened.doc, t0 + 1);
          return [...store.data.values()].includes(text);
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'good data is never dropped: any current document round-trips exactly',
    () => {
      fc.assert(
        fc.property(progressArb, (doc) => {
          const decoded = decodeProgress(encodeProgress(doc));
          return decoded.ok && isDeepStrictEqual(decoded.doc, doc);
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'every version 1 document migrates keeping every distinct answer and flag',
    () => {
      fc.assert(
        fc.property(progressV1Arb, (v1) => {
          const decoded = decodeProgress(JSON.stringify(v1));
          if (!decoded.ok || decoded.fromVersion !== 1) return false;
          const distinct = new Set(v1.attempts.map((a) => `${a.mode}/${a.at}/${a.itemId}`));
          const flagged = Object.entries(decoded.doc.flags)
            .filter(([, f]) => f.on)
            .map(([id]) => id)
            .sort();
          return (
            decoded.doc.attempts.length === distinct.size && isDeepStrictEqual(flagged, [...new Set(v1.flagged)].sort())
          );
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'every version 2 document migrates keeping answers, cards, flags and studied chapters',
    () => {
      fc.assert(
        fc.property(v2Arb, (v2) => {
          const decoded = decodeProgress(JSON.stringify(v2));
          if (!decoded.ok || decoded.fromVersion !== 2) return false;
          return (
            isDeepStrictEqual(decoded.doc.attempts, v2.attempts) &&
            isDeepStrictEqual(decoded.doc.cards, v2.cards) &&
            isDeepStrictEqual(decoded.doc.flags, v2.flags) &&
            isDeepStrictEqual(studiedChapters(decoded.doc), [...new Set(v2.studied)].sort())
          );
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'the light pages never throw on stored data and never write over what they cannot read',
    () => {
      fc.assert(
        fc.property(storedTextArb, fc.boolean(), (text, mark) => {
          const store = storeWith(text);
          readProgressSummary(store, t0);
          const wrote = mark
            ? markChapterStudied(store, 'treatment', true, t0)
            : recordCheckAnswer(
                store,
                { itemId: 'cy-x', chapter: 'treatment', topics: [], earned: 1, total: 1, correct: true },
                t0,
              );
          if (!wrote) return store.data.get(progressKey) === text;
          const written = store.data.get(progressKey) as string;
          if (decodeProgress(text).ok || text === undefined) return decodeProgress(written).ok; // readable stays readable
          // A document the engine cannot read (damage deep inside) may be edited by a light page
          // only if it has the right outline, and then every other part is kept as it was.
          const before = JSON.parse(text) as Record<string, unknown>;
          const after = JSON.parse(written) as Record<string, unknown>;
          const changed = mark ? 'studied' : 'attempts';
          const migrated = before.version === 2 ? ['studied', 'version'] : ['version']; // v2 → v3 changes only these
          return Object.keys(before).every(
            (k) => k === changed || migrated.includes(k) || isDeepStrictEqual(before[k], after[k]),
          );
        }),
        fuzz,
      );
    },
    timeoutFor(),
  );
});

describe('fuzz: import and merge', () => {
  it(
    'merge is idempotent',
    () => {
      fc.assert(
        fc.property(progressArb, (a) => same(mergeProgress(a, a), a)),
        fuzz,
      );
    },
    timeoutFor(),
  );
  it(
    'merge is commutative',
    () => {
      fc.assert(
        fc.property(progressArb, progressArb, (a, b) => same(mergeProgress(a, b), mergeProgress(b, a))),
        fuzz,
      );
    },
    timeoutFor(4),
  );
  it(
    'merge is associative',
    () => {
      fc.assert(
        fc.property(progressArb, progressArb, progressArb, (a, b, c) =>
          same(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c))),
        ),
        fuzz,
      );
    },
    timeoutFor(6),
  );
  it(
    'importing an exported file is merging; importing it again changes nothing',
    () => {
      fc.assert(
        fc.property(progressArb, progressArb, (local, other) => {
          const text = exportProgressFile(other, t0).text;
          const once = importProgressFile(local, text);
          if (!once.ok || !same(once.doc, mergeProgress(local, other))) return false;
          const twice = importProgressFile(once.doc, text);
          return twice.ok && same(twice.doc, once.doc) && twice.summary.attemptsAdded === 0;
        }),
        fuzz,
      );
    },
    timeoutFor(6),
  );
  it(
    'importing any text never throws; what is refused comes with a message and changes nothing',
    () => {
      fc.assert(
        fc.property(
          progressArb,
          fc.oneof(
            storedTextArb,
            storedTextArb.map((p) => `{"format":"gep-net-imaging-progress","progress":${p}}`),
          ),
          (local, text) => {
            const outcome = importProgressFile(local, text);
            return outcome.ok
              ? outcome.doc.attempts.length >= local.attempts.length
              : outcome.message.endsWith('Nothing was changed.');
          },
        ),
        fuzz,
      );
    },
    timeoutFor(4),
  );
});

describe('fuzz: the generators are worth their runs', () => {
  it('the stored values include valid, damaged and foreign data', () => {
    const sample = fc.sample(storedTextArb, 400).map((t) => decodeProgress(t));
    expect(sample.some((d) => d.ok)).toBe(true);
    expect(sample.some((d) => !d.ok && d.reason === 'damaged')).toBe(true);
    expect(sample.some((d) => !d.ok && d.reason === 'newer')).toBe(true);
  });
});
