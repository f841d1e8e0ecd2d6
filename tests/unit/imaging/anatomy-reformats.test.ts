import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ellipsoid, Tube } from '../../../src/imaging/shapes';
import { Gated, Difference } from '../../../src/imaging/shape-operations';
import { AORTA_X, diaphragmHeight } from '../../../src/imaging/anatomy-body';
import { liverShape } from '../../../src/imaging/anatomy-organs';
import { buildScene } from '../../../src/imaging/scene';
import { imagePlane, pixelToPatient } from '../../../src/imaging/planes';
import { regionAtPoint } from '../../../src/imaging/regions';
import { structuresNear } from '../../../src/imaging/render';

const coord = fc.double({ min: -150, max: 150, noNaN: true });

describe('Gated shapes', () => {
  const inner = new Ellipsoid([10, -5, 20], [12, 8, 15]);
  const gated = new Gated(inner, 6);

  it('answer exactly near the shape and with a positive box distance far from it', () => {
    fc.assert(
      fc.property(coord, coord, coord, (x, y, z) => {
        const exact = inner.distance(x, y, z);
        const d = gated.distance(x, y, z);
        // Near (and inside) the shape the exact answer; far away a positive distance to its box,
        // which never exceeds the true distance (the shape lies inside its box).
        if (exact < 6) expect(d).toBe(exact);
        else expect(d).toBeGreaterThan(0);
        if (d !== exact) expect(gated.bound(x, y, z)).toBe(d);
      }),
    );
  });

  it('carving with a gated cut keeps inside and outside where they were', () => {
    const base = new Ellipsoid([0, 0, 0], [80, 60, 50]);
    const cut = new Tube(
      [
        [-30, 0, 0],
        [30, 10, 5],
      ],
      6,
    );
    const plain = new Difference(base, cut);
    const fast = new Difference(base, new Gated(cut));
    fc.assert(
      fc.property(coord, coord, coord, (x, y, z) => {
        expect(fast.distance(x, y, z) < 0).toBe(plain.distance(x, y, z) < 0);
      }),
    );
  });
});

describe('the 3D body on reformats and at the liver levels', () => {
  const scene = buildScene();

  function labelsOn(plane: ReturnType<typeof imagePlane>, step = 4): Map<string, number> {
    const near = structuresNear(scene, plane, 1);
    const counts = new Map<string, number>();
    for (let r = 0; r < plane.height; r += step)
      for (let c = 0; c < plane.width; c += step) {
        const hit = regionAtPoint(near, pixelToPatient(plane, c, r));
        if (hit) counts.set(hit.label, (counts.get(hit.label) ?? 0) + 1);
      }
    return counts;
  }

  it('a default coronal reformat through the upper abdomen shows lung bases above the domes and the heart', () => {
    const plane = imagePlane({ orientation: 'coronal', positionMm: -15, width: 128, height: 128 });
    const labels = labelsOn(plane);
    const total = [...labels.values()].reduce((a, b) => a + b, 0);
    expect((labels.get('lung base') ?? 0) / total).toBeGreaterThan(0.04);
    expect(labels.get('heart') ?? 0).toBeGreaterThan(10);
  }, 20_000);

  it('the coeliac trunk and the SMA leave the aorta on the midline sagittal plane (Fig 5B)', () => {
    const plane = imagePlane({ orientation: 'sagittal', positionMm: 0, width: 128, height: 128 });
    const labels = labelsOn(plane, 2);
    expect(labels.get('aorta') ?? 0).toBeGreaterThan(20);
    expect(labels.get('coeliac trunk') ?? 0).toBeGreaterThan(0);
    expect(labels.get('superior mesenteric artery') ?? 0).toBeGreaterThan(0);
    expect(AORTA_X).toBeLessThan(12);
  }, 20_000);

  it('no kidney shows inside the liver outline at the hilum levels (z 50-56 mm)', () => {
    for (const z of [50, 54, 56]) {
      const plane = imagePlane({ orientation: 'axial', positionMm: z, width: 128, height: 128 });
      const labels = labelsOn(plane, 2);
      expect(labels.get('right kidney') ?? 0, `right kidney at z ${z}`).toBe(0);
    }
  }, 20_000);

  it('every axial liver level from 40 to 110 mm has the IVC in it', () => {
    for (const z of [40, 62, 82, 94, 102, 110]) {
      const plane = imagePlane({ orientation: 'axial', positionMm: z, width: 128, height: 128 });
      expect(labelsOn(plane, 2).get('inferior vena cava') ?? 0, `IVC at z ${z}`).toBeGreaterThan(2);
    }
  }, 20_000);

  it('the liver never rises above the domes', () => {
    for (let x = -130; x <= 60; x += 10)
      for (let y = -60; y <= 90; y += 10) {
        const top = diaphragmHeight(x, y);
        expect(liverShape.distance(x, y, top + 6)).toBeGreaterThan(0);
      }
  });
});
