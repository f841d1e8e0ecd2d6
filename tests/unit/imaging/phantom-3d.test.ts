import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ellipsoid } from '../../../src/imaging/shapes';
import {
  FoldedLumen,
  GridBounded,
  HeightSurface,
  ProfiledTrunk,
  RoundedColumn,
  Warped,
} from '../../../src/imaging/shapes-organic';
import { bodyShape, cavityShape, diaphragmHeight } from '../../../src/imaging/anatomy-body';
import { liverShape } from '../../../src/imaging/anatomy-organs';
import { buildScene } from '../../../src/imaging/scene';
import { renderSlice, structuresNear } from '../../../src/imaging/render';
import { createTarget, paintShape } from '../../../src/imaging/rasterise';
import { boxToPixelRect, imagePlane, pixelToPatient } from '../../../src/imaging/planes';
import { regionAt } from '../../../src/imaging/regions';
import { mriSignal } from '../../../src/imaging/signal-models-mr';
import { sliceRequest, scanSeed } from '../../../src/imaging/case-scene';
import { startingWindow } from '../../../src/imaging/display';
import { FIELD_SIZE, noiseField } from '../../../src/imaging/noise';

const coord = fc.double({ min: -200, max: 200, noNaN: true });

/** Brute-force distance to a shape's surface along 26 directions (an upper bound of the true distance). */
function rayDistance(
  shape: { distance(x: number, y: number, z: number): number },
  p: readonly [number, number, number],
): number {
  const inside = shape.distance(...p) < 0;
  let best = Infinity;
  for (const dx of [-1, 0, 1])
    for (const dy of [-1, 0, 1])
      for (const dz of [-1, 0, 1]) {
        if (!dx && !dy && !dz) continue;
        const n = Math.hypot(dx, dy, dz);
        for (let t = 0.25; t < 120; t += 0.25) {
          const q: [number, number, number] = [p[0] + (dx / n) * t, p[1] + (dy / n) * t, p[2] + (dz / n) * t];
          if (shape.distance(...q) < 0 !== inside) {
            best = Math.min(best, t);
            break;
          }
        }
      }
  return best;
}

describe('organic shapes keep the conservative-bound contract', () => {
  const trunk = new ProfiledTrunk({
    rx: [
      [-100, 150],
      [100, 165],
    ],
    ryFront: [
      [-100, 110],
      [100, 120],
    ],
    ryBack: [
      [-100, 120],
      [100, 125],
    ],
    cy: [
      [-100, 10],
      [100, 10],
    ],
    zMin: -100,
    zMax: 100,
  });
  const shapes = {
    'profiled trunk': trunk,
    'warped ellipsoid': new Warped(new Ellipsoid([0, 0, 0], [60, 40, 50]), 4, 80, 0.5),
    'rounded column': new RoundedColumn([0, 0, 0], 24, 20, 13, 3),
    'grid-bounded warped ellipsoid': new GridBounded(new Warped(new Ellipsoid([0, 0, 0], [60, 40, 50]), 4, 80, 0.5)),
  };
  for (const [name, shape] of Object.entries(shapes)) {
    it(`${name}: |bound| never exceeds the distance to the surface found by marching rays`, () => {
      fc.assert(
        fc.property(coord, coord, fc.double({ min: -90, max: 90, noNaN: true }), (x, y, z) => {
          const b = shape.bound(x, y, z);
          if (Math.abs(b) < 0.5) return true;
          const d = rayDistance(shape, [x, y, z]);
          return Math.abs(b) <= d + 0.5 && Math.sign(b) === Math.sign(shape.distance(x, y, z));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the trunk narrows at the waist and widens at the pelvis, so a coronal section has curved flanks', () => {
    const halfWidth = (z: number) => {
      let x = 0;
      while (bodyShape.distance(x, 10, z) < 0) x += 1;
      return x;
    };
    expect(halfWidth(-120)).toBeLessThan(halfWidth(30) - 4);
    expect(halfWidth(-200)).toBeGreaterThan(halfWidth(-120) + 6);
  });

  it('a height surface is negative below it and positive above it', () => {
    const below = new HeightSurface((x) => 10 + 0.1 * x, true);
    expect(below.distance(0, 0, 0)).toBeLessThan(0);
    expect(below.distance(0, 0, 20)).toBeGreaterThan(0);
  });

  it('folds narrow a lumen periodically along its length and never widen it', () => {
    const lumen = new FoldedLumen(
      [
        [0, 0, 0],
        [100, 0, 0],
      ],
      10,
      3,
      10,
    );
    const edge = [0, 2.5, 5, 7.5, 10].map((x) => lumen.distance(50 + x, 9, 0));
    expect(Math.max(...edge)).toBeGreaterThan(0); // a fold reaches in past 9 mm from the axis
    expect(Math.min(...edge)).toBeLessThan(0); // between folds the lumen is 10 mm wide
    for (let x = 0; x <= 100; x += 1.3) expect(lumen.distance(x, 10.5, 0)).toBeGreaterThan(0);
  });
});

describe('painting agrees with the distance everywhere (no stair-steps)', () => {
  it('every pixel clearly inside or outside the stomach and bowel lumens is painted accordingly', () => {
    const scene = buildScene();
    const N = 512;
    for (const [orientation, positionMm] of [
      ['coronal', -14],
      ['axial', 94],
    ] as const) {
      const plane = imagePlane({ orientation, positionMm, width: N, height: N });
      for (const s of structuresNear(scene, plane, 2)) {
        if (!/^(stomach-content|duodenum-content|colon-content-[0-9]$)/.test(s.id)) continue;
        const target = createTarget(N, N, 0);
        paintShape(plane, s.shape, 1, 0, 0.9, target);
        const rect = boxToPixelRect(plane, s.shape.box);
        if (!rect) continue;
        for (let r = rect[1]; r < rect[3]; r++)
          for (let c = rect[0]; c < rect[2]; c++) {
            const d = s.shape.distance(...pixelToPatient(plane, c, r));
            if (d < -1.5 * plane.pixelMm)
              expect(
                target.values[r * N + c],
                `${s.id} ${orientation} ${positionMm} (${c}, ${r}) inside`,
              ).toBeGreaterThan(0.99);
            if (d > 1.5 * plane.pixelMm) expect(target.values[r * N + c], `${s.id} (${c}, ${r}) outside`).toBe(0);
          }
      }
    }
  }, 60_000);
});

describe('the phantom is one body in 3D', () => {
  it('the liver stays under the diaphragm domes and inside the cavity', () => {
    for (let x = -140; x <= 80; x += 6)
      for (let y = -90; y <= 110; y += 6)
        for (let z = 100; z <= 170; z += 3) {
          if (liverShape.distance(x, y, z) < 0) {
            // The bare area touches the diaphragm; the liver never rises into it by more than its 5 mm thickness.
            expect(z, `liver at ${x}, ${y}, ${z}`).toBeLessThan(diaphragmHeight(x, y) + 5);
            expect(cavityShape.distance(x, y, z)).toBeLessThan(0);
          }
        }
  });

  it('the lung bases lie above the diaphragm behind the liver, and air is found there on an axial slice', () => {
    const scene = buildScene();
    const plane = imagePlane({ orientation: 'axial', positionMm: 120, width: 128, height: 128 });
    let lung = 0;
    for (let r = 0; r < 128; r += 2)
      for (let c = 0; c < 128; c += 2) if (regionAt(scene, plane, c, r)?.label === 'lung base') lung++;
    expect(lung).toBeGreaterThan(20);
  }, 20_000); // a per-pixel hit test over the whole phantom: slow on a loaded machine

  it('no two small-bowel or colon segments that are not neighbours intersect (walls never cross)', () => {
    const scene = buildScene({ anatomy: { bowel: 'distended' } });
    const lumens = scene.structures.filter((s) => /^small-bowel-\d+-content-\d+$/.test(s.id));
    const walls = scene.structures.filter((s) => /^small-bowel-\d+-wall-\d+$/.test(s.id));
    expect(walls.length).toBeGreaterThan(100);
    // Sample points on the axis of every lumen piece: none may lie inside another loop's wall piece
    // unless that piece belongs to the same loop and is adjacent along it.
    const parse = (id: string) =>
      id
        .match(/^small-bowel-(\d+)-(?:wall|content)-(\d+)$/)!
        .slice(1)
        .map(Number) as [number, number];
    let checked = 0;
    for (const lumen of lumens.filter((_, i) => i % 7 === 0)) {
      const [loop, piece] = parse(lumen.id);
      const c = [
        (lumen.shape.box.min[0] + lumen.shape.box.max[0]) / 2,
        (lumen.shape.box.min[1] + lumen.shape.box.max[1]) / 2,
        (lumen.shape.box.min[2] + lumen.shape.box.max[2]) / 2,
      ] as const;
      for (const wall of walls) {
        const [l2, p2] = parse(wall.id);
        if (l2 === loop && Math.abs(p2 - piece) <= 8) continue;
        expect(wall.shape.distance(...c), `${lumen.id} centre inside ${wall.id}`).toBeGreaterThan(0);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('findings the legends name, at the default window', () => {
  const liverScene = buildScene({
    lesions: [
      {
        id: 'm',
        label: 'met',
        region: 'liver',
        centreMm: [-60, -10, 80],
        radiiMm: 14,
        tissue: 'net-liver-metastasis',
        targetCore: 0.45,
      },
    ],
  });
  const at = (values: Float32Array, plane: ReturnType<typeof imagePlane>, p: readonly [number, number, number]) => {
    // Mean of a 3×3 patch around the pixel nearest to p (axial plane).
    const c = Math.round((p[0] - plane.origin[0]) / plane.pixelMm - 0.5),
      r = Math.round((p[1] - plane.origin[1]) / plane.pixelMm - 0.5);
    let s = 0;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) s += values[(r + dr) * plane.width + c + dc]!;
    return s / 9;
  };

  it('hepatobiliary phase: the vessels are darker than the liver and the target centre is brighter than its rim', () => {
    const signal = mriSignal('t1-hepatobiliary');
    expect(signal['portal-vein']).toBeLessThan(0.7 * signal.liver);
    expect(signal['hepatic-vein']).toBeLessThan(0.7 * signal.liver);
    expect(signal['fibrous-core']).toBeGreaterThan(1.25 * signal['net-liver-metastasis']);
    expect(signal.bile).toBeGreaterThan(signal.liver * 0.9);
  });

  it('ADC: NET tissue restricts diffusion clearly below the liver', () => {
    const adc = mriSignal('adc');
    expect(adc['net-liver-metastasis']).toBeLessThan(adc.liver - 0.4);
    expect(adc['net-hypovascular']).toBeLessThan(adc.liver - 0.4);
  });

  it('T2: a NET metastasis is moderately bright (brighter than spleen, well below fluid) at the starting window', () => {
    const request = {
      acquisition: { modality: 'mri', sequence: 't2' } as const,
      orientation: 'axial' as const,
      positionMm: 80,
      width: 256,
      height: 256,
      seed: 3,
    };
    const slice = renderSlice(liverScene, request);
    const w = startingWindow(request.acquisition, slice.values);
    const white = w.level + w.width / 2;
    const lesion = at(slice.values, slice.plane, [-60 + 9, -10, 80]);
    expect(lesion / white).toBeGreaterThan(0.35);
    expect(lesion / white).toBeLessThan(0.8);
  });

  it('post-contrast T1: the desmoplastic mass is darker than enhancing bowel wall', () => {
    const signal = mriSignal('t1-portal-venous');
    expect(signal['desmoplastic-mass']).toBeLessThan(signal['gut-wall'] * 0.85);
  });
});

describe('scan-to-scan realism', () => {
  it('each acquisition of a case and each visit has its own noise seed', () => {
    const ct = (phase: 'late-arterial' | 'portal-venous') => ({ modality: 'ct', phase }) as const;
    expect(scanSeed(5, ct('late-arterial'), false)).not.toBe(scanSeed(5, ct('portal-venous'), false));
    expect(scanSeed(5, ct('late-arterial'), true)).not.toBe(scanSeed(5, ct('late-arterial'), false));
  });

  it('a follow-up view is repositioned by a few millimetres', () => {
    const view = {
      acquisition: { modality: 'ct', phase: 'portal-venous' },
      plane: 'axial',
      positionMm: 70,
      timepoint: 'follow-up',
    } as const;
    const request = sliceRequest(view as never, 1, 70, 64, 64);
    const baseline = sliceRequest({ ...view, timepoint: 'baseline' } as never, 1, 70, 64, 64);
    const shift = Math.hypot(
      ...[0, 1].map(
        (k) => pixelToPatient(imagePlane(request), 32, 32)[k]! - pixelToPatient(imagePlane(baseline), 32, 32)[k]!,
      ),
    );
    expect(shift).toBeGreaterThan(1.5);
    expect(shift).toBeLessThan(5);
    // ...and lies a little rolled on the table (a couple of degrees).
    const u = imagePlane(request).u;
    const rollDeg = (Math.atan2(u[1], u[0]) * 180) / Math.PI;
    expect(Math.abs(rollDeg)).toBeGreaterThan(1);
    expect(Math.abs(rollDeg)).toBeLessThan(5);
  });

  it('the MRI of a case is framed differently from its CT (another table, another field of view)', () => {
    const ct = { acquisition: { modality: 'ct', phase: 'portal-venous' }, plane: 'axial', positionMm: 20 } as const;
    const mri = { ...ct, acquisition: { modality: 'mri', sequence: 't2' } } as const;
    const a = imagePlane(sliceRequest(ct as never, 1, 20, 64, 64));
    const b = imagePlane(sliceRequest(mri as never, 1, 20, 64, 64));
    expect(a.pixelMm).not.toBeCloseTo(b.pixelMm, 3);
    expect(Math.abs(b.u[1])).toBeGreaterThan(0);
    expect(a.u[1]).toBe(0);
  });

  it('a rolled plane culls structures by its true footprint', () => {
    const plane = imagePlane({ orientation: 'axial', positionMm: 0, width: 64, height: 64, rollDeg: 10 });
    // A small box near a corner of the rolled image still maps to pixels that contain it.
    const p = pixelToPatient(plane, 2, 2);
    const rect = boxToPixelRect(plane, { min: [p[0] - 1, p[1] - 1, -1], max: [p[0] + 1, p[1] + 1, 1] });
    expect(rect).not.toBeNull();
    const [c0, r0, c1, r1] = rect!;
    expect(c0 <= 2 && 2 < c1 && r0 <= 2 && 2 < r1).toBe(true);
  });

  it('CT noise is band-pass: almost no power at the lowest frequencies, unlike smoothed (low-pass) noise', () => {
    // Variance of 16×16 block means measures the power near zero frequency.
    const blockVariance = (field: Float32Array) => {
      const means: number[] = [];
      for (let br = 0; br < 16; br++)
        for (let bc = 0; bc < 16; bc++) {
          let sum = 0;
          for (let r = 0; r < 16; r++)
            for (let c = 0; c < 16; c++) sum += field[(br * 16 + r) * FIELD_SIZE + bc * 16 + c]!;
          means.push(sum / 256);
        }
      const m = means.reduce((a, b) => a + b, 0) / means.length;
      return means.reduce((a, b) => a + (b - m) ** 2, 0) / means.length;
    };
    expect(blockVariance(noiseField(11, 'ct'))).toBeLessThan(0.5 * blockVariance(noiseField(11, 'white')));
    expect(blockVariance(noiseField(11, 'ct'))).toBeLessThan(0.1 * blockVariance(noiseField(11, 'fine')));
  });
});
