import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { figureCaseSchema } from '../../../src/content/schemas';
import {
  SMALL_BOWEL_LOOPS,
  clearance,
  mesentericTargets,
  smallBowelCentrelines,
} from '../../../src/imaging/anatomy-gut';
import { buildScene } from '../../../src/imaging/scene';
import { SMA_POINTS, SMV_POINTS } from '../../../src/imaging/anatomy-vessels';
import { sceneFor } from '../../../src/imaging/case-scene';
import { imagePlane } from '../../../src/imaging/planes';
import { lesionSection } from '../../../src/imaging/regions';
import { renderSlice } from '../../../src/imaging/render';
import type { Vec3 } from '../../../src/imaging/shapes';

function loadCase(slug: string) {
  return figureCaseSchema.parse(parse(readFileSync(path.resolve('src/content/cases', `${slug}.yaml`), 'utf8')));
}

/** Distance from a point to the nearest small-bowel centreline (mm). */
function toCentreline(p: Vec3, loops: readonly (readonly Vec3[])[] = SMALL_BOWEL_LOOPS): number {
  let best = Infinity;
  for (const loop of loops)
    for (let i = 0; i + 1 < loop.length; i++) {
      const a = loop[i]!,
        b = loop[i + 1]!;
      const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
      const l2 = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2;
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / l2));
      best = Math.min(best, Math.hypot(p[0] - a[0] - t * ab[0], p[1] - a[1] - t * ab[1], p[2] - a[2] - t * ab[2]));
    }
  return best;
}

describe('the small-bowel model', () => {
  it('packs well over a metre of loops whose centrelines keep a fat plane between loops', () => {
    const length = SMALL_BOWEL_LOOPS.reduce((sum, loop) => sum + (loop.length - 1) * 6, 0);
    expect(length).toBeGreaterThan(1400);
    // Points of different loops, and of one loop more than a U-bend apart, stay their two
    // distended radii and 1 mm of fat apart (24 mm between ileal loops, 27 mm between jejunal).
    const points = SMALL_BOWEL_LOOPS.flatMap((loop, l) => loop.map((p, i) => ({ p, l, i })));
    for (let a = 0; a < points.length; a += 3)
      for (let b = a + 1; b < points.length; b++) {
        const A = points[a]!,
          B = points[b]!;
        if (A.l === B.l && Math.abs(A.i - B.i) <= 7) continue;
        const d = Math.hypot(A.p[0] - B.p[0], A.p[1] - B.p[1], A.p[2] - B.p[2]);
        expect(d, `loop ${A.l}:${A.i} and ${B.l}:${B.i}`).toBeGreaterThan(clearance(A.p, B.p) - 0.1);
        expect(d).toBeGreaterThan(23.9);
      }
  });

  it('collapsed loops drawn towards the mesenteric root still never touch one another', () => {
    const points = smallBowelCentrelines('collapsed').flatMap((loop, l) => loop.map((p, i) => ({ p, l, i })));
    for (let a = 0; a < points.length; a++)
      for (let b = a + 1; b < points.length; b++) {
        const A = points[a]!,
          B = points[b]!;
        if (A.l === B.l && Math.abs(A.i - B.i) <= 7) continue;
        const d = Math.hypot(A.p[0] - B.p[0], A.p[1] - B.p[1], A.p[2] - B.p[2]);
        expect(d, `loop ${A.l}:${A.i} and ${B.l}:${B.i}`).toBeGreaterThan(2 * 9.5 + 1);
      }
  });

  it('is a few long loops joined end to end, the placed Fig 4 segments in the middle of theirs', () => {
    expect(SMALL_BOWEL_LOOPS.length).toBeLessThanOrEqual(8);
    // The hand-placed segments were grown backwards too, so neither is the start of its loop.
    for (const start of [
      [-30, -58, -152],
      [-50, -62, -93],
    ] as const)
      for (const loop of SMALL_BOWEL_LOOPS) {
        const i = loop.findIndex((q) => q[0] === start[0] && q[1] === start[1] && q[2] === start[2]);
        if (i >= 0) expect(Math.min(i, loop.length - 1 - i), `${start.join(',')}`).toBeGreaterThan(0);
      }
  });

  it('collapsed loops near the mesenteric root are kinked towards it (Fig 5 tethering)', () => {
    const root: Vec3 = [-2, -30, -82];
    const collapsed = smallBowelCentrelines('collapsed');
    // Kinks: points pulled in by 8 mm or more that are pulled in most along their stretch.
    let kinks = 0;
    SMALL_BOWEL_LOOPS.forEach((loop, l) => {
      const pulls = loop.map((p, i) => {
        const q = collapsed[l]![i]!;
        return (
          Math.hypot(p[0] - root[0], p[1] - root[1], p[2] - root[2]) -
          Math.hypot(q[0] - root[0], q[1] - root[1], q[2] - root[2])
        );
      });
      pulls.forEach((v, i) => {
        if (v >= 8 && v >= (pulls[i - 1] ?? 0) && v > (pulls[i + 1] ?? 0)) kinks++;
      });
    });
    expect(kinks).toBeGreaterThanOrEqual(4);
  });

  it('distended loops: water lumen with a thin enhancing wall; collapsed loops are mostly wall', () => {
    const plane = imagePlane({ orientation: 'axial', positionMm: -128, width: 256, height: 256 });
    const fraction = (bowel: 'distended' | 'collapsed') => {
      const scene = buildScene({ anatomy: { bowel } });
      const slice = renderSlice(scene, {
        acquisition: { modality: 'ct', phase: 'late-arterial' },
        orientation: 'axial',
        positionMm: -128,
        width: 256,
        height: 256,
        seed: 1,
      });
      // Sample the loop of Fig 4's polyp (the hand-placed ileal segment at x −30, y −58): its
      // centre, and a ring 7 mm out (still lumen when distended, wall when collapsed).
      const at = (x: number, y: number) => {
        const c = Math.round((x - plane.origin[0]) / plane.pixelMm);
        const r = Math.round((y - plane.origin[1]) / plane.pixelMm);
        return slice.values[r * 256 + c]!;
      };
      return { centre: at(-30, -58), ring: (at(-37, -58) + at(-23, -58)) / 2 };
    };
    const distended = fraction('distended');
    expect(distended.centre).toBeLessThan(40); // water density
    const collapsed = fraction('collapsed');
    expect(collapsed.ring).toBeGreaterThan(60); // enhancing wall, not fluid
  });

  it('no main mesenteric vessel runs through a loop, and the mesenteric branches stay short', () => {
    // The SMA (radius up to 3.5 mm in the root) and SMV (up to 6 mm) as anatomy-vessels.ts paints
    // them, sampled every 2 mm, against loops up to 12.5 mm (distended) or 9.5 mm (collapsed) in
    // radius; a collapsed loop kinked towards the root may touch the SMA's edge with its wall.
    const along = (path: readonly Vec3[]) =>
      path.slice(1).flatMap((b, i) => {
        const a = path[i]!;
        const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / 2);
        return Array.from({ length: n }, (_, k): Vec3 => [
          a[0] + ((b[0] - a[0]) * k) / n,
          a[1] + ((b[1] - a[1]) * k) / n,
          a[2] + ((b[2] - a[2]) * k) / n,
        ]);
      });
    const sma = along(SMA_POINTS.slice(2));
    const smv = along(SMV_POINTS.slice(1));
    for (const [bowel, loopRadius] of [
      ['distended', 12.5],
      ['collapsed', 9.5],
    ] as const) {
      const loops = smallBowelCentrelines(bowel);
      for (const p of sma)
        expect(toCentreline(p, loops), `SMA ${p.join(',')} ${bowel}`).toBeGreaterThan(
          3.5 + loopRadius - (bowel === 'collapsed' ? 2.5 : 0),
        );
      for (const p of smv)
        expect(toCentreline(p, loops), `SMV ${p.join(',')} ${bowel}`).toBeGreaterThan(6 + loopRadius);
    }
    expect(mesentericTargets().length).toBeGreaterThan(12);
  });
});

describe('Fig 4 and Fig 5 sit on the bowel model', () => {
  it('Fig 4: the polyp and the wall thickening lie on loops, each seen only on its own panel', () => {
    const figure = loadCase('ileal-net-ct-enteroclysis');
    const scene = sceneFor(figure.scene);
    for (const lesion of figure.scene.lesions) expect(toCentreline(lesion.centreMm as Vec3)).toBeLessThan(12);
    for (const panel of figure.panels) {
      const plane = imagePlane({
        orientation: panel.view.plane,
        positionMm: panel.view.positionMm,
        width: 128,
        height: 128,
      });
      const own = panel.findLesion!;
      expect(lesionSection(scene, plane, own), `${own} on panel ${panel.letter}`).not.toBeNull();
      for (const other of figure.scene.lesions.filter((l) => l.id !== own))
        expect(lesionSection(scene, plane, other.id), `${other.id} on panel ${panel.letter}`).toBeNull();
    }
  });

  it('Fig 5: the nodes lie in the mesenteric fat, the primary on an ileal loop, loops close around the mass', () => {
    const figure = loadCase('ileal-net-mesenteric-desmoplastic-reaction');
    const byId = new Map(figure.scene.lesions.map((l) => [l.id, l.centreMm as Vec3]));
    const collapsed = smallBowelCentrelines('collapsed');
    expect(toCentreline(byId.get('node-upper')!, collapsed)).toBeGreaterThan(17);
    expect(toCentreline(byId.get('node-lower')!, collapsed)).toBeGreaterThan(17);
    expect(toCentreline(byId.get('primary')!, collapsed)).toBeLessThan(6);
    // Collapsed loops (about 9 mm in radius) come within a strand's length (22 mm) of the mass,
    // tethered towards it, but stay outside it.
    expect(toCentreline(byId.get('mesenteric-mass')!, collapsed)).toBeLessThan(18 + 9 + 6);
    expect(toCentreline(byId.get('mesenteric-mass')!, collapsed)).toBeGreaterThan(13 + 9);
  });
});
