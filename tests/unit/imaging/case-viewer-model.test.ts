import { describe, expect, it } from 'vitest';
import {
  clampIndex,
  dragWindow,
  judgeFind,
  nearestIndex,
  targetLesion,
} from '../../../src/components/cases/viewer-model';
import { arrowFor } from '../../../src/components/cases/annotation-geometry';

describe('case viewer rules', () => {
  it('the nearest stack index to 16 mm in [10, 12.5, 15, 17.5] is 15 mm (index 2)', () => {
    expect(nearestIndex([10, 12.5, 15, 17.5], 16)).toBe(2);
  });

  it('scrolling past either end of the stack stops at the end', () => {
    expect(clampIndex(-3, 10)).toBe(0);
    expect(clampIndex(12, 10)).toBe(9);
  });

  it('dragging right widens the window and dragging down raises the level', () => {
    const start = { width: 400, level: 50 };
    expect(dragWindow(start, 100, 0).width).toBeGreaterThan(400);
    expect(dragWindow(start, 0, 60).level).toBeGreaterThan(50);
    expect(dragWindow(start, -2000, 0).width).toBeGreaterThan(0);
  });

  it('the lesion to find is the declared one, else the first arrowed one', () => {
    expect(targetLesion({ findLesion: 'b', annotations: [{ type: 'arrow', lesion: 'a' }] })).toBe('b');
    expect(
      targetLesion({
        annotations: [
          { type: 'outline', lesion: 'x' },
          { type: 'arrow', lesion: 'a' },
        ],
      }),
    ).toBe('a');
    expect(targetLesion({ annotations: [] })).toBeUndefined();
  });

  it('a click on the target lesion is right; a click elsewhere names what was chosen', () => {
    expect(judgeFind({ lesionId: 'met', label: 'liver segment IV' }, 'met', 'metastasis').kind).toBe('found');
    const miss = judgeFind({ label: 'spleen' }, 'met', 'metastasis');
    expect(miss.kind).toBe('missed');
    expect(miss.message).toContain('spleen');
    expect(judgeFind(null, 'met', 'metastasis').message).toContain('outside the body');
  });

  it('an arrow points at the lesion edge and stays inside the image', () => {
    const a = arrowFor({ column: 500, row: 10, radiusPx: 8 }, 512, 512);
    expect(a.tailX).toBeLessThan(512);
    expect(a.tailY).toBeGreaterThan(0);
    expect(Math.hypot(a.tipX - 500, a.tipY - 10)).toBeCloseTo(11, 6);
  });

  it('an arrow at a necrotic centre (tip: core) ends inside the lesion, on its inner third', () => {
    const a = arrowFor({ column: 200, row: 200, radiusPx: 20 }, 512, 512, 46, undefined, 'core');
    expect(Math.hypot(a.tipX - 200, a.tipY - 200)).toBeLessThan(0.4 * 20);
    expect(Math.hypot(a.tailX - 200, a.tailY - 200)).toBeGreaterThan(20);
  });
});
