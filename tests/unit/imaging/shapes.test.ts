import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ellipsoid, Tube, HalfSpace, rotationFromDegrees } from '../../../src/imaging/shapes';
import { Union, Intersection } from '../../../src/imaging/shape-operations';

const coord = fc.double({ min: -80, max: 80, noNaN: true });

describe('analytic shapes', () => {
  it('a sphere of radius 10 mm is 5 mm outside at 15 mm from its centre and 10 mm inside at its centre', () => {
    const s = new Ellipsoid([0, 0, 0], [10, 10, 10]);
    expect(s.distance(15, 0, 0)).toBeCloseTo(5, 6);
    expect(s.distance(0, 0, 0)).toBeCloseTo(-10, 6);
  });

  it('an ellipsoid surface point has distance zero, whatever its rotation', () => {
    const e = new Ellipsoid([5, -3, 2], [30, 12, 20], rotationFromDegrees(20, -35, 60));
    // Local +y axis end point, mapped to patient space with the transpose of the rotation rows.
    const r = rotationFromDegrees(20, -35, 60);
    const p = [0, 1, 2].map((k) => [5, -3, 2][k]! + r[1][k]! * 12) as [number, number, number];
    expect(Math.abs(e.distance(...p))).toBeLessThan(1e-6);
  });

  it('an ellipsoid bound never claims more distance than there is (property)', () => {
    const e = new Ellipsoid([0, 0, 0], [40, 15, 25]);
    fc.assert(
      fc.property(coord, coord, coord, (x, y, z) => {
        // Brute-force distance to the surface by sampling it densely is expensive; instead check
        // against the centre-ray distance, which is an upper bound of the true distance outside.
        const g = Math.hypot(x / 40, y / 15, z / 25);
        const b = e.bound(x, y, z);
        if (g > 1) {
          const ray = Math.hypot(x, y, z) * (1 - 1 / g);
          return b <= ray + 1e-9 && b >= 0;
        }
        return b <= 0;
      }),
    );
  });

  it('a straight tube of radius 5 mm is exactly 3 mm outside at 8 mm from its axis', () => {
    const t = new Tube(
      [
        [0, 0, -50],
        [0, 0, 50],
      ],
      5,
    );
    expect(t.distance(8, 0, 10)).toBeCloseTo(3, 9);
    expect(t.bound(0, 6, 0)).toBeCloseTo(1, 9);
  });

  it('clipping a tube to a far box keeps nothing, to a near box keeps the nearby part', () => {
    const t = new Tube(
      [
        [0, 0, 0],
        [100, 0, 0],
        [200, 0, 0],
      ],
      5,
    );
    expect(t.clip({ min: [0, 500, 0], max: [10, 510, 10] })).toBeNull();
    const near = t.clip({ min: [190, -1, -1], max: [210, 1, 1] });
    expect(near).not.toBeNull();
    expect(near!.distance(200, 0, 0)).toBeCloseTo(-5, 9);
  });

  it('a union is inside either part; an intersection with a half-space cuts it', () => {
    const u = new Union([new Ellipsoid([-10, 0, 0], [8, 8, 8]), new Ellipsoid([10, 0, 0], [8, 8, 8])]);
    expect(u.distance(-10, 0, 0)).toBeLessThan(0);
    expect(u.distance(10, 0, 0)).toBeLessThan(0);
    expect(u.distance(0, 0, 0)).toBeGreaterThan(0);
    const half = new Intersection([u, new HalfSpace([1, 0, 0], 0)]);
    expect(half.distance(-10, 0, 0)).toBeLessThan(0);
    expect(half.distance(10, 0, 0)).toBeGreaterThan(0);
  });

  it('rejects a zero radius', () => {
    expect(() => new Ellipsoid([0, 0, 0], [0, 1, 1])).toThrow(RangeError);
    expect(() => new Tube([[0, 0, 0]], 2)).toThrow(RangeError);
  });
});
