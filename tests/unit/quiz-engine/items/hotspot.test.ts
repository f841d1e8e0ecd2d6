import { describe, expect, it } from 'vitest';
import { chosenRegion, scoreHotspot } from '../../../../src/quiz-engine/items/hotspot/score';
import { validateHotspot } from '../../../../src/quiz-engine/items/hotspot/validate';
import { itemSchema } from '../../../../src/quiz-engine/items/schema';
import { fixture } from '../fixtures/items';

// Key "head": circle centred (0.4, 0.5), radius 0.1. Distractor "tail": rect x 0.6–0.8, y 0.3–0.4.
const item = fixture('hs-pancreatic-head', 'hotspot');

describe('hotspot scoring by click', () => {
  it('a click at the centre of the tumour earns the mark', () => {
    expect(scoreHotspot(item, { kind: 'point', x: 0.4, y: 0.5 })).toMatchObject({ earned: 1, total: 1, correct: true });
  });
  it('a click on the circle edge still counts (0.5, 0.5 is exactly one radius away)', () => {
    expect(scoreHotspot(item, { kind: 'point', x: 0.5, y: 0.5 }).correct).toBe(true);
  });
  it('a click just beyond the edge misses (0.47, 0.58 is 0.106 away)', () => {
    expect(scoreHotspot(item, { kind: 'point', x: 0.47, y: 0.58 }).correct).toBe(false);
  });
  it('a click on the tail is wrong, and the region hit is the tail', () => {
    expect(scoreHotspot(item, { kind: 'point', x: 0.7, y: 0.35 }).correct).toBe(false);
    expect(chosenRegion(item, { kind: 'point', x: 0.7, y: 0.35 })).toBe('tail');
  });
  it('a click on no region hits nothing', () => {
    expect(chosenRegion(item, { kind: 'point', x: 0.05, y: 0.05 })).toBeUndefined();
  });
  it('where regions overlap, a click inside the key counts as the key', () => {
    const overlapping = itemSchema.parse({
      ...item,
      regions: [
        {
          id: 'big',
          label: 'Whole pancreas',
          area: { shape: 'rect', x: 0.2, y: 0.3, w: 0.6, h: 0.4 },
          why: 'Too vague.',
        },
        ...item.regions,
      ],
    });
    if (overlapping.type !== 'hotspot') throw new Error('fixture');
    expect(scoreHotspot(overlapping, { kind: 'point', x: 0.4, y: 0.5 }).correct).toBe(true);
    expect(chosenRegion(overlapping, { kind: 'point', x: 0.25, y: 0.35 })).toBe('big');
  });
});

describe('hotspot scoring by region name (the keyboard path)', () => {
  it('choosing "Pancreatic head" earns the mark', () => {
    expect(scoreHotspot(item, { kind: 'region', region: 'head' }).correct).toBe(true);
  });
  it('choosing "Pancreatic tail" does not', () => {
    expect(scoreHotspot(item, { kind: 'region', region: 'tail' }).correct).toBe(false);
  });
});

describe('hotspot validation', () => {
  it('no region chosen is turned back', () => {
    expect(validateHotspot(item, { kind: 'region', region: '' })).toEqual({
      ok: false,
      message: 'Choose a region first.',
    });
  });
  it('a click off the panel is turned back', () => {
    expect(validateHotspot(item, { kind: 'point', x: 1.2, y: 0.5 }).ok).toBe(false);
    expect(validateHotspot(item, { kind: 'point', x: Number.NaN, y: 0.5 }).ok).toBe(false);
  });
  it('an unknown region is named', () => {
    expect(validateHotspot(item, { kind: 'region', region: 'spleen' })).toMatchObject({
      message: expect.stringContaining('"spleen"'),
    });
  });
});
