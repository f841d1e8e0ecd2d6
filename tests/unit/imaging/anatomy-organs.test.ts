import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/imaging/scene';
import { mriSignal } from '../../../src/imaging/signal-models-mr';
import type { Structure } from '../../../src/imaging/structures';

type P = [number, number, number];

function byId(structures: readonly Structure[], id: string): Structure {
  const s = structures.find((st) => st.id === id);
  if (!s) throw new Error(`no structure ${id}`);
  return s;
}

/** Points on a 2 mm grid inside a structure (bounded by its box). */
function insidePoints(s: Structure, step = 2): P[] {
  const out: P[] = [];
  const { min, max } = s.shape.box;
  for (let x = min[0]; x <= max[0]; x += step)
    for (let y = min[1]; y <= max[1]; y += step)
      for (let z = min[2]; z <= max[2]; z += step) if (s.shape.distance(x, y, z) < 0) out.push([x, y, z]);
  return out;
}

/** The structure painted last at a point (what the image shows there). */
function topAt(structures: readonly Structure[], p: P): string {
  let top = '';
  for (const s of structures) if (s.shape.distance(...p) < 0) top = s.id;
  return top;
}

describe('pancreatic region and biliary anatomy', () => {
  const normal = buildScene().structures;
  const dilated = buildScene({ anatomy: { intrahepaticDuctScale: 2.3 } }).structures;

  it('the gallbladder is shown as bile, not covered by the duodenum, colon or vessels', { timeout: 30_000 }, () => {
    const pts = insidePoints(byId(normal, 'gallbladder'));
    expect(pts.length).toBeGreaterThan(500);
    const shownAsBile = pts.filter((p) => topAt(normal, p) === 'gallbladder').length;
    expect(shownAsBile / pts.length).toBeGreaterThan(0.99);
  });

  it('the gallbladder lies lateral to the common bile duct and joins it through a cystic duct', () => {
    const gb = insidePoints(byId(normal, 'gallbladder'));
    const cbd = insidePoints(byId(normal, 'bile-duct-0'), 1);
    const mean = (ps: P[], k: number) => ps.reduce((a, p) => a + p[k]!, 0) / ps.length;
    expect(mean(gb, 0)).toBeLessThan(mean(cbd, 0) - 12);
    const gbShape = byId(normal, 'gallbladder-wall').shape;
    const cbdShape = byId(normal, 'bile-duct-0').shape;
    // Its ends touch the gallbladder neck and the duct.
    const cysticPts = insidePoints(byId(normal, 'bile-duct-1'), 1);
    expect(cysticPts.some((p) => gbShape.distance(...p) < 0)).toBe(true);
    expect(cysticPts.some((p) => cbdShape.distance(...p) < 0)).toBe(true);
  });

  it('the intrahepatic ducts form one joined tree that tapers towards the periphery', () => {
    for (const structures of [normal, dilated]) {
      const ducts = structures.filter((s) => s.id.startsWith('bile-duct-'));
      expect(ducts.length).toBeGreaterThan(10);
      const pts = ducts.map((d) => insidePoints(d, 1));
      // Every duct touches another one (no floating segments).
      ducts.forEach((d, i) => {
        const others = ducts.filter((_, j) => j !== i);
        expect(
          pts[i]!.some((p) => others.some((o) => o.shape.distance(...p) < 0.5)),
          `${d.id} is joined to the tree`,
        ).toBe(true);
      });
    }
    // Dilated ducts are wider than normal ones, and the tree has more visible branches.
    expect(dilated.filter((s) => s.id.startsWith('bile-duct-')).length).toBeGreaterThan(
      normal.filter((s) => s.id.startsWith('bile-duct-')).length,
    );
  });

  it('the pancreatic head lies right of the portal vein at the level of the body, and the splenic vein runs behind the body and tail', () => {
    const pancreas = byId(normal, 'pancreas').shape;
    // Upper head beside the portal vein (z 15): pancreas to the right (smaller x) of the vein.
    expect(pancreas.distance(-38, 9, 15)).toBeLessThan(0);
    for (const x of [30, 50, 70]) {
      // Along the body and tail, pancreas lies in front of (smaller y than) the splenic vein.
      const vein = byId(normal, 'splenic-vein').shape;
      let veinY = NaN;
      let veinZ = NaN;
      for (let z = 0; z <= 35 && Number.isNaN(veinY); z += 0.5)
        for (let y = -20; y <= 60; y += 0.5)
          if (vein.distance(x, y, z) < -3) {
            veinY = y;
            veinZ = z;
            break;
          }
      expect(Number.isNaN(veinY)).toBe(false);
      expect(pancreas.distance(x, veinY - 10, veinZ + 2)).toBeLessThan(0);
      expect(pancreas.distance(x, veinY + 6, veinZ)).toBeGreaterThan(0);
    }
  });

  it('bile is clearly brighter than liver in the hepatobiliary phase (biliary excretion)', () => {
    const hbp = mriSignal('t1-hepatobiliary');
    expect(hbp.bile).toBeGreaterThan(1.5 * hbp.liver);
  });
  it('the medial liver edge beside the IVC bulges at the caudate and falls back above and below it', () => {
    const liver = byId(buildScene().structures, 'liver').shape;
    // Medial-most liver x on the coronal plane y = 28 at height z.
    const medial = (z: number) => {
      let edge = -Infinity;
      for (let x = -60; x <= 30; x += 0.5) if (liver.distance(x, 28, z) <= 0) edge = x;
      return edge;
    };
    const mid = medial(70);
    expect(mid).toBeGreaterThan(medial(125) + 5);
    expect(mid).toBeGreaterThan(medial(25) + 5);
    // And not one vertical line through the caudate's height.
    const heights = [55, 62, 70, 78, 86].map(medial);
    expect(Math.max(...heights) - Math.min(...heights)).toBeGreaterThan(1.5);
  });

  it('the dilated right hepatic duct stays in an axial section through the hilar mass (z = 54)', () => {
    const scene = buildScene({ anatomy: { intrahepaticDuctScale: 2.3 } });
    const ducts = scene.structures.filter((st) => st.id.startsWith('bile-duct-'));
    for (const x of [-50, -58, -66])
      expect(ducts.some((d) => [-2, 2, 6, 10, 14].some((y) => d.shape.distance(x, y, 54) <= 0))).toBe(true);
  });
});
