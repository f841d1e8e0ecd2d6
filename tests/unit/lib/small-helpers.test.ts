import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../src/lib/hash';
import { isRecord } from '../../../src/lib/is-record';
import { isSlug, slugPattern } from '../../../src/lib/slug';
import { verdictMark, verdictText } from '../../../src/lib/verdict';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('is unsigned and changes with the seed', () => {
    const a = fnv1a32('liver-1', 0x9e3779b9);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(2 ** 32);
    expect(a).not.toBe(fnv1a32('liver-1', 0x85ebca6b));
  });
});

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    for (const v of [null, undefined, [], 'x', 1, true]) expect(isRecord(v)).toBe(false);
  });
});

describe('slugs', () => {
  it('are lower-case words joined by single hyphens', () => {
    for (const s of ['a', 'ct-arterial-timing-1', 'x2']) expect(isSlug(s)).toBe(true);
    for (const s of ['', '-a', 'a-', 'a--b', 'A', 'a b', 'a_b']) expect(isSlug(s)).toBe(false);
    expect(slugPattern.flags).toBe('');
  });
});

describe('verdicts', () => {
  it('use one wording for right, partly right and not right', () => {
    expect(verdictText({ earned: 3, total: 3, correct: true })).toBe('Correct.');
    expect(verdictText({ earned: 2, total: 3, correct: false })).toBe('Partly right: 2 of 3 marks.');
    expect(verdictText({ earned: 0, total: 3, correct: false })).toBe('Not right.');
    expect(verdictMark({ earned: 3, total: 3, correct: true })).toBe('✓');
    expect(verdictMark({ earned: 1, total: 3, correct: false })).toBe('◐');
    expect(verdictMark({ earned: 0, total: 3, correct: false })).toBe('✗');
  });
});
