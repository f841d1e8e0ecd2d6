import { describe, expect, it } from 'vitest';
import { growTree } from '../../../src/imaging/vessel-tree';
import { vesselStructures } from '../../../src/imaging/anatomy-vessels';
import { liverShape } from '../../../src/imaging/anatomy-organs';
import { gutStructures } from '../../../src/imaging/anatomy-gut';
import { Haustrum } from '../../../src/imaging/shapes-haustra';
import type { Vec3 } from '../../../src/imaging/shapes';

describe('grown vessel trees', () => {
  const inside = (p: Vec3) => Math.hypot(p[0], p[1], p[2]) < 80;
  const grow = (seed: number) =>
    growTree([0, 0, 0], [1, 0.2, 0], 4, { inside, minRadius: 1, lengthPerRadius: 8, curl: 0.15, seed });

  it('is deterministic, stays in its space, tapers and divides by Murray’s law', () => {
    const tree = grow(3);
    expect(grow(3)).toEqual(tree);
    expect(grow(4)).not.toEqual(tree);
    expect(tree.length).toBeGreaterThan(8);
    for (const b of tree) {
      for (const p of b.points.slice(1)) expect(inside(p)).toBe(true);
      for (let i = 1; i < b.radii.length; i++) expect(b.radii[i]!).toBeLessThan(b.radii[i - 1]!);
      expect(b.radii[0]!).toBeGreaterThanOrEqual(1);
    }
    // Children leave from their parent's end, and their radii cubed add up to the parent's.
    for (const parent of tree) {
      const end = parent.points[parent.points.length - 1]!;
      const children = tree.filter((c) => c !== parent && c.points[0] === end);
      if (children.length === 2) {
        const r = parent.radii[parent.radii.length - 1]!;
        expect(children[0]!.radii[0]! ** 3 + children[1]!.radii[0]! ** 3).toBeCloseTo(r ** 3, 6);
      }
    }
  });

  it('curves: a branch is not a straight rod', () => {
    const bent = grow(3).filter((b) => {
      if (b.points.length < 4) return false;
      const [a, m, z] = [b.points[0]!, b.points[2]!, b.points[b.points.length - 1]!];
      const d = [z[0] - a[0], z[1] - a[1], z[2] - a[2]];
      const l = Math.hypot(d[0]!, d[1]!, d[2]!);
      const t = ((m[0] - a[0]) * d[0]! + (m[1] - a[1]) * d[1]! + (m[2] - a[2]) * d[2]!) / (l * l);
      return Math.hypot(m[0] - a[0] - t * d[0]!, m[1] - a[1] - t * d[1]!, m[2] - a[2] - t * d[2]!) > 0.3;
    });
    expect(bent.length).toBeGreaterThan(3);
  });
});

describe('the intrahepatic trees', () => {
  const trees = vesselStructures().filter((s) => s.id.includes('-tree-'));

  it('run inside the liver, portal and hepatic, with branches at every liver level', () => {
    expect(trees.filter((s) => s.tissue === 'portal-vein').length).toBeGreaterThan(60);
    expect(trees.filter((s) => s.tissue === 'hepatic-vein').length).toBeGreaterThan(60);
    for (const s of trees) {
      const b = s.shape.box;
      const centre: Vec3 = [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2];
      // A branch's middle lies in the liver (its points keep 2 mm inside the surface).
      expect(liverShape.distance(...centre), s.id).toBeLessThan(4);
    }
    for (const z of [30, 50, 70, 82, 92, 110])
      expect(trees.filter((s) => s.shape.box.min[2] < z && s.shape.box.max[2] > z).length, `z ${z}`).toBeGreaterThan(9);
  });
});

describe('the colon', () => {
  it('haustral folds only narrow the tube, and fade out at the taeniae', () => {
    const h = new Haustrum([0, 0, 0], [0, 0, 30], 20, 8, 0);
    for (let z = -4; z <= 34; z += 2)
      for (let a = 0; a < 6.28; a += 0.4) {
        const x = 15 * Math.cos(a),
          y = 15 * Math.sin(a);
        const plain = Math.hypot(x, y) - 20;
        expect(h.distance(x, y, Math.min(30, Math.max(0, z)))).toBeGreaterThanOrEqual(plain - 1e-9);
      }
    // At the fold (z 0): between taeniae the lumen is narrowed by the full depth, at a taenia not at all.
    const ring = Array.from({ length: 72 }, (_, k) => (k * Math.PI) / 36).map((a) =>
      h.distance(15 * Math.cos(a), 15 * Math.sin(a), 0),
    );
    expect(Math.max(...ring)).toBeCloseTo(3, 1);
    expect(Math.min(...ring)).toBeLessThan(-4);
  });

  it('all colon walls are painted before any colon content (no ring of wall at each joint)', () => {
    const s = gutStructures('collapsed');
    const lastWall = s.map((x) => x.id).findLastIndex((id) => id.startsWith('colon-wall-'));
    const firstContent = s.findIndex((x) => x.id.startsWith('colon-content-'));
    expect(lastWall).toBeGreaterThan(0);
    expect(lastWall).toBeLessThan(firstContent);
  });
});
